import { describe, expect, it } from 'vitest';
import { decideArrete, parsePoliceCase, type ArreteCase } from '../../../../../src/core/rules/police';

function arrete(patch: Partial<ArreteCase>): ArreteCase {
  return {
    kind: 'arrete',
    objet: 'bruit',
    portee: 'reglementaire',
    population: 1200,
    modePubliciteDelibere: null,
    ...patch,
  };
}

describe('kind arrete — transmission to the préfet (CGCT L2131-2 2°)', () => {
  it.each([
    ['temporary parking for works: not transmitted (§7 case 11)', 'stationnement', false],
    ['traffic: not transmitted', 'circulation', false],
    [
      'an association’s temporary drinks licence: not transmitted',
      'debit-boissons-temporaire-association',
      false,
    ],
    ['anti-noise arrêté: transmitted (§7 case 11)', 'bruit', true],
    ['péril: a police decision, transmitted', 'peril', true],
    ['any other police decision: transmitted', 'autre', true],
  ] as const)('%s', (_point, objet, transmitted) => {
    for (const portee of ['reglementaire', 'individuel'] as const) {
      const result = decideArrete(arrete({ objet, portee }));
      expect(result.transmissionPrefet).toBe(transmitted);
      expect(result.confidences.transmissionPrefet).toBe('C');
      expect(result.references).toContain('CGCT L2131-2');
    }
  });
});

describe('kind arrete — publicity (CGCT L2131-1)', () => {
  it.each([
    [
      'réglementaire, no deliberation: electronic since 1 July 2022',
      'reglementaire',
      1200,
      null,
      'publication',
      'electronique',
      'C',
    ],
    [
      'réglementaire, the council chose posting',
      'reglementaire',
      1200,
      'affichage',
      'publication',
      'affichage',
      'C',
    ],
    ['réglementaire, the council chose paper', 'reglementaire', 1200, 'papier', 'publication', 'papier', 'C'],
    [
      'réglementaire, 3 499 inhabitants: the choice still holds',
      'reglementaire',
      3499,
      'affichage',
      'publication',
      'affichage',
      'C',
    ],
    [
      'réglementaire, exactly 3 500 inhabitants: electronic whatever chosen',
      'reglementaire',
      3500,
      'affichage',
      'publication',
      'electronique',
      'P',
    ],
    ['individuel: notified, no publication mode', 'individuel', 1200, 'affichage', 'notification', null, 'C'],
  ] as const)('%s', (_point, portee, population, modePubliciteDelibere, publicite, mode, mark) => {
    const result = decideArrete(arrete({ portee, population, modePubliciteDelibere }));
    expect(result).toMatchObject({ publicite, modePublication: mode });
    expect(result.confidences.modePublication).toBe(mark);
    expect(result.references.includes('CGCT R2131-1')).toBe(mode === 'electronique');
  });

  it('at 3 500 inhabitants says the choice is closed', () => {
    expect(decideArrete(arrete({ population: 3500, modePubliciteDelibere: 'papier' })).explication).toContain(
      'moins de 3 500 habitants',
    );
  });
});

describe('kind arrete — sanction (code pénal R610-5)', () => {
  it.each([
    ['breach of a police générale arrêté: 150 € at most, not 38 € (§0.3, §7 case 12)', 'bruit', 150, 'C'],
    ['another police générale arrêté: 150 €', 'autre', 150, 'C'],
    ['traffic: a sanction of its own, not scored', 'circulation', null, 'M'],
    ['parking: a sanction of its own, not scored', 'stationnement', null, 'M'],
    ['péril: a sanction of its own (CCH), not scored', 'peril', null, 'M'],
    ['drinks licence: not scored', 'debit-boissons-temporaire-association', null, 'M'],
  ] as const)('%s', (_point, objet, amende, mark) => {
    const result = decideArrete(arrete({ objet }));
    expect(result.amendeMaxEuros).toBe(amende);
    expect(result.confidences.amendeMaxEuros).toBe(mark);
    expect(result.references.includes('code pénal R610-5')).toBe(amende !== null);
    // A null answer claims nothing: the case's mark stays that of what it answers.
    expect(result.confidence).toBe('C');
  });

  it('the case’s mark is the weakest answered one (3 500 inhabitants: P)', () => {
    expect(decideArrete(arrete({ population: 3500 })).confidence).toBe('P');
  });
});

describe('kind arrete — malformed', () => {
  it.each([
    ['an unknown objet', { objet: 'chiens' }, 'objet attendu'],
    ['an unknown portee', { portee: 'general' }, 'portee attendue'],
    ['population as a string', { population: '1200' }, 'population attendue'],
    ['negative population', { population: -5 }, 'au moins 1 habitant'],
    [
      'missing modePubliciteDelibere (null is required when no deliberation)',
      { modePubliciteDelibere: undefined },
      'modePubliciteDelibere attendu',
    ],
    ['an unknown mode', { modePubliciteDelibere: 'radio' }, 'modePubliciteDelibere attendu'],
  ])('%s', (_point, patch, message) => {
    const parsed = parsePoliceCase({ ...arrete({}), ...patch });
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
