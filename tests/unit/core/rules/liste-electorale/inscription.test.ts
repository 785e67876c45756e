import { describe, expect, it } from 'vitest';
import {
  decideInscription,
  parseListeElectoraleCase,
  type Canal,
  type InscriptionCase,
} from '../../../../../src/core/rules/liste-electorale';

function inscription(
  scrutinDate: string,
  demandeDate: string,
  canal: Canal = 'mairie',
  casL30 = false,
): InscriptionCase {
  return { kind: 'inscription', scrutinDate, demandeDate, canal, casL30 };
}

describe('kind inscription — published dates of 15 March 2026 (fiche §3.1, §7 case 7)', () => {
  it.each([
    // point of law, scrutin, demand, canal, L30, dateLimite, valable
    [
      'L17: in mairie on the 6th Friday itself, 6 February',
      '2026-02-06',
      'mairie',
      false,
      '2026-02-06',
      true,
    ],
    [
      'L17: in mairie on Monday 9 February, too late (§7 case 7)',
      '2026-02-09',
      'mairie',
      false,
      '2026-02-06',
      false,
    ],
    [
      'L17: by post, the reception date counts, received 6 February',
      '2026-02-06',
      'courrier',
      false,
      '2026-02-06',
      true,
    ],
    [
      'L17: by post received on Saturday 7 February, too late',
      '2026-02-07',
      'courrier',
      false,
      '2026-02-06',
      false,
    ],
    ['R5: online on the 6th Wednesday, 4 February', '2026-02-04', 'en-ligne', false, '2026-02-04', true],
    [
      'R5: online on Thursday 5 February, too late online',
      '2026-02-05',
      'en-ligne',
      false,
      '2026-02-04',
      false,
    ],
    ['L30: a move for work, on the 10th day, 5 March', '2026-03-05', 'mairie', true, '2026-03-05', true],
    ['L30: on the 9th day, 6 March, too late', '2026-03-06', 'mairie', true, '2026-03-05', false],
    ['L17: on the scrutin day itself, too late', '2026-03-15', 'mairie', false, '2026-02-06', false],
    ['L17: after the scrutin: serves the following ones', '2026-04-01', 'mairie', false, '2026-02-06', false],
  ] as const)('%s', (_point, demandeDate, canal, casL30, dateLimite, valable) => {
    const result = decideInscription(inscription('2026-03-15', demandeDate, canal, casL30));
    expect(result).toMatchObject({
      recevable: true,
      dateLimite,
      valablePourCeScrutin: valable,
      confidence: 'C',
    });
    expect(result.references.length).toBeGreaterThan(0);
  });

  it('a trop-tard demand says it serves the following scrutins (L17)', () => {
    expect(decideInscription(inscription('2026-03-15', '2026-02-09')).explication).toContain(
      'elle vaut pour les scrutins suivants',
    );
  });

  it.each([
    ['a plain courriel is irrecevable even months ahead', '2025-11-03', false],
    ['a plain courriel is irrecevable, even under L30', '2026-03-01', true],
  ] as const)('courriel: %s', (_point, demandeDate, casL30) => {
    const result = decideInscription(inscription('2026-03-15', demandeDate, 'courriel', casL30));
    expect(result).toMatchObject({ recevable: false, valablePourCeScrutin: false });
    expect(result.confidences.recevable).toBe('C');
    expect(result.explication).toContain('courriel est irrecevable');
  });

  it('references: L17 in mairie, R5 online, L30 for its cases', () => {
    expect(decideInscription(inscription('2026-03-15', '2026-01-05')).references).toEqual([
      'code électoral L17',
    ]);
    expect(decideInscription(inscription('2026-03-15', '2026-01-05', 'en-ligne')).references).toEqual([
      'code électoral R5',
    ]);
    expect(decideInscription(inscription('2026-03-15', '2026-01-05', 'mairie', true)).references).toEqual([
      'code électoral L30',
    ]);
  });
});

describe('kind inscription — computed dates are never presented as certain (fiche §6.6)', () => {
  it.each([
    // point, scrutin, demand, canal, L30, dateLimite, valable, mark of the verdict
    [
      '6th Friday before Sunday 11 April 2027, demand in January: verdict robust',
      '2027-04-11',
      '2027-01-05',
      'mairie',
      false,
      '2027-03-05',
      true,
      'P',
    ],
    [
      'a demand 3 days after the computed limit: uncertain',
      '2027-04-11',
      '2027-03-08',
      'mairie',
      false,
      '2027-03-05',
      false,
      'M',
    ],
    [
      'a demand on the computed limit: uncertain',
      '2027-04-11',
      '2027-03-05',
      'mairie',
      false,
      '2027-03-05',
      true,
      'M',
    ],
    [
      'a demand 2 months late: verdict robust',
      '2027-04-11',
      '2027-04-09',
      'mairie',
      false,
      '2027-03-05',
      false,
      'P',
    ],
    [
      'L30 online: the fiche does not say the téléprocédure serves L30',
      '2026-03-15',
      '2026-03-01',
      'en-ligne',
      true,
      '2026-03-05',
      true,
      'M',
    ],
  ] as const)('%s', (_point, scrutin, demande, canal, casL30, dateLimite, valable, mark) => {
    const result = decideInscription(inscription(scrutin, demande, canal, casL30));
    expect(result).toMatchObject({ dateLimite, valablePourCeScrutin: valable, confidence: 'M' });
    expect(result.confidences.dateLimite).toBe('M');
    expect(result.confidences.valablePourCeScrutin).toBe(mark);
    expect(result.explication).toContain('Incertain');
  });
});

describe('kind inscription — calendar edges (calendar days, no extension)', () => {
  it.each([
    [
      'year end: 6th Friday before 10 January 2027 is 4 December 2026',
      '2027-01-10',
      'mairie',
      false,
      '2026-12-04',
    ],
    [
      'year end: L30 10th day before 10 January 2027 is 31 December 2026',
      '2027-01-10',
      'mairie',
      true,
      '2026-12-31',
    ],
    [
      'leap year: L30 10th day before Sunday 10 March 2024 is 29 February',
      '2024-03-10',
      'mairie',
      true,
      '2024-02-29',
    ],
    [
      'leap year: 6th Friday before Sunday 6 April 2036 is Friday 29 February',
      '2036-04-06',
      'mairie',
      false,
      '2036-02-29',
    ],
    [
      'leap year: 6th Wednesday before Sunday 8 April 2040 is Wednesday 29 February',
      '2040-04-08',
      'en-ligne',
      false,
      '2040-02-29',
    ],
    [
      'month end: 6th Friday before Sunday 14 June 2026 is Friday 8 May 2026',
      '2026-06-14',
      'mairie',
      false,
      '2026-05-08',
    ],
  ] as const)('%s', (_point, scrutin, canal, casL30, dateLimite) => {
    expect(decideInscription(inscription(scrutin, '2020-01-01', canal, casL30)).dateLimite).toBe(dateLimite);
  });

  it('a deadline on a public holiday (Friday 25 December 2026) is not extended to the next working day', () => {
    const result = decideInscription(inscription('2027-01-31', '2026-12-28'));
    expect(result).toMatchObject({ dateLimite: '2026-12-25', valablePourCeScrutin: false });
    expect(result.explication).toContain('aucun texte ne la reporte');
    expect(result.regleDeCalcul).toContain('sans report au jour ouvré suivant');
  });
});

describe('kind inscription — malformed cases give one French message', () => {
  it.each([
    ['impossible date 2026-02-30', { scrutinDate: '2026-02-30' }, 'scrutinDate : date du scrutin impossible'],
    ['a scrutin not on a Sunday (L55)', { scrutinDate: '2026-03-14' }, 'le scrutin a lieu un dimanche'],
    ['a date as a number', { demandeDate: 20260209 }, 'demandeDate : date de la demande attendue'],
    ['an unknown canal', { canal: 'fax' }, 'canal attendu'],
    ['casL30 as a string', { casL30: 'non' }, 'casL30 attendu : true ou false'],
    ['an unknown key', { commune: 'Saint-Aubin' }, 'Clé non reconnue'],
  ])('%s', (_point, patch, message) => {
    const raw = { ...inscription('2026-03-15', '2026-02-01'), ...patch };
    const parsed = parseListeElectoraleCase(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('a missing field is named', () => {
    const parsed = parseListeElectoraleCase({ kind: 'inscription', scrutinDate: '2026-03-15' });
    expect(!parsed.ok && parsed.error).toMatch(/demandeDate.*canal.*casL30/);
  });
});
