import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SSS_EUROPEAN_NOTICE_THRESHOLD,
  checkStandstill,
  commandePubliqueRuleDomain,
  decideProcedure,
  detectSplitting,
  formatEuros,
  isScorableAsLaw,
  procedureLabel,
  type Confidence,
  type Procedure,
  type Publicite,
} from '../../../../../src/core/rules/commande-publique';

function sss(launchDate: string, estimatedValueHT: number) {
  const decision = decideProcedure({ launchDate, nature: 'services', estimatedValueHT, categorie: 'sss' });
  if (!decision.ok) throw new Error(decision.error);
  return decision.value;
}

type Row = [string, number, Procedure, Publicite, boolean, Confidence];

describe('erratum 1 — school catering is a SSS: MAPA whatever the value (CCP R2123-1 3°)', () => {
  it.each<Row>([
    // Below the R2122-8 dispense threshold, which covers every contract, an SSS needs no competition either.
    ['2026-09-15', 59_999, 'sans_publicite', 'aucune_obligatoire', false, 'confirmed'],
    ['2026-03-15', 39_999, 'sans_publicite', 'aucune_obligatoire', false, 'confirmed'],
    ['2026-03-15', 40_000, 'adaptee', 'libre_adaptee', false, 'uncertain'],
    ['2026-09-15', 60_000, 'adaptee', 'libre_adaptee', false, 'uncertain'],
    ['2026-09-15', 90_000, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    ['2026-09-15', 215_999, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    // 216 000 € HT is the European threshold of ordinary services, not of an SSS.
    ['2026-09-15', 216_000, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    ['2026-09-15', 228_000, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    ['2027-09-20', 234_000, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    ['2025-06-15', 221_000, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    ['2026-09-15', 749_999.99, 'adaptee', 'boamp_ou_jal', false, 'uncertain'],
    // From 750 000 € HT the JOUE notice is compulsory, and the procedure stays adaptée.
    ['2026-09-15', 750_000, 'adaptee', 'boamp_et_joue', true, 'partial'],
    ['2026-09-15', 5_000_000, 'adaptee', 'boamp_et_joue', true, 'partial'],
  ])('%s, %d € HT: %s, %s, JOUE %s, publicity %s', (date, value, procedure, publicite, joue, confidence) => {
    expect(sss(date, value)).toMatchObject({
      procedure,
      publicite,
      categorie: 'sss',
      publiciteEuropeenneObligatoire: joue,
      publiciteConfidence: confidence,
    });
  });

  it('erratum 1 — the SSS threshold is 750 000 € HT, confirmed in the fact sheet', () => {
    expect(SSS_EUROPEAN_NOTICE_THRESHOLD.amountHT).toBe(750_000);
    expect(SSS_EUROPEAN_NOTICE_THRESHOLD.confidence).toBe('confirmed');
  });

  it('erratum 1 — the publicity of an SSS MAPA below 750 000 € HT is never scorable', () => {
    expect(isScorableAsLaw(sss('2026-09-15', 228_000).publiciteConfidence)).toBe(false);
    expect(isScorableAsLaw(sss('2026-09-15', 750_000).publiciteConfidence)).toBe(true);
  });

  it('erratum 1 — 228 000 € HT of school catering cites R2123-1 3°, not R2124-1, and explains the 750 000 € HT', () => {
    const decision = sss('2026-09-15', 228_000);
    expect(decision.references).toEqual(['CCP R2122-8', 'CCP R2123-1 3°', 'CCP L2152-7']);
    expect(decision.explanation).toContain('procédure adaptée quelle que soit la valeur');
    expect(decision.explanation).toContain(formatEuros(750_000));
    expect(decision.explanation).toContain('non noté');
    expect(procedureLabel(decision.procedure, decision.publicite, decision.categorie)).toBe(
      'une procédure adaptée (service social et autre service spécifique)',
    );
  });

  it('erratum 1 — the same 228 000 € HT of ordinary services still calls for a formalised procedure', () => {
    const decision = decideProcedure({
      launchDate: '2026-09-15',
      nature: 'services',
      estimatedValueHT: 228_000,
    });
    expect(decision.ok && decision.value).toMatchObject({
      procedure: 'formalisee',
      publicite: 'boamp_et_joue',
      categorie: 'standard',
      publiciteEuropeenneObligatoire: true,
      publiciteConfidence: 'confirmed',
    });
  });

  it('erratum 1 — no standstill period is due for an SSS awarded by MAPA (CCP R2182-1)', () => {
    const { procedure } = sss('2026-09-15', 228_000);
    const standstill = checkStandstill({ procedure, rejectionSentOn: '2026-11-16', electronic: true });
    expect(standstill.ok && standstill.value.required).toBe(false);
  });

  it('erratum 1 — an SSS is a contract of services: refused for works or supplies', () => {
    for (const nature of ['travaux', 'fournitures'] as const) {
      const decision = decideProcedure({
        launchDate: '2026-09-15',
        nature,
        estimatedValueHT: 228_000,
        categorie: 'sss',
      });
      expect(decision.ok).toBe(false);
    }
  });

  it.each([
    // Three yearly orders under the dispense threshold: splitting on the procedure, confirmed.
    ['2026-09-14', [57_000, 57_000, 57_000], true],
    // Three parts of one year under the 40 000 € HT dispense threshold of March 2026.
    ['2026-03-16', [36_000, 6_000, 10_000], true],
    // Each order already needs a MAPA: only the publicity would differ, and for an SSS it is not confirmed.
    ['2026-03-16', [52_000, 52_000, 52_000], false],
  ] as const)('erratum 1 — SSS splitting at %s over %j: %s', (date, amounts, splitting) => {
    const analysis = detectSplitting({
      nature: 'services',
      categorie: 'sss',
      orders: amounts.map((amountHT) => ({ date, amountHT })),
    });
    expect(analysis.ok && analysis.value.splitting).toBe(splitting);
  });

  it('erratum 1 — `rules commande-publique` on the 228 000 € HT school-catering case prints "procedure": "adaptee"', () => {
    const raw: unknown = JSON.parse(
      readFileSync(
        join(__dirname, '../../../../fixtures/rules/commande-publique/cantine-sss-2026-09-15.json'),
        'utf8',
      ),
    );
    const parsed = commandePubliqueRuleDomain.parseCase(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    const printed = JSON.stringify(commandePubliqueRuleDomain.evaluate(parsed.value));
    expect(printed).toContain('"estimatedValueHT":228000,"procedure":"adaptee"');
    expect(printed).toContain('"publiciteEuropeenneObligatoire":false');
  });
});
