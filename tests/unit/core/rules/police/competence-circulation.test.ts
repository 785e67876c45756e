import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOIES, decideCompetenceCirculation, parsePoliceCase } from '../../../../../src/core/rules/police';

describe('kind competence-circulation (CGCT L2213-1)', () => {
  it.each([
    // point of law, voie, agglomération, RGC, authority, préfet's opinion, confidence
    ['in agglomeration the maire on a voie communale', 'communale', true, false, 'maire', false, 'C'],
    [
      'in agglomeration the maire on a departmental road too',
      'departementale',
      true,
      false,
      'maire',
      false,
      'C',
    ],
    ['in agglomeration the maire on a national road too', 'nationale', true, false, 'maire', false, 'C'],
    [
      'in agglomeration, RGC: the maire after the préfet’s opinion (R411-8)',
      'departementale',
      true,
      true,
      'maire',
      true,
      'P',
    ],
    [
      'outside: 70 km/h on a departmental road is the PCD’s (§7 case 10)',
      'departementale',
      false,
      false,
      'president-conseil-departemental',
      false,
      'C',
    ],
    [
      'outside, departmental RGC: the PCD after the préfet’s opinion',
      'departementale',
      false,
      true,
      'president-conseil-departemental',
      true,
      'P',
    ],
    ['outside: voie communale, the maire', 'communale', false, false, 'maire', false, 'C'],
    [
      'outside: chemin rural, the maire (code rural L161-5)',
      'chemin-rural',
      false,
      false,
      'maire',
      false,
      'C',
    ],
    ['outside: national road, the préfet', 'nationale', false, false, 'prefet', false, 'P'],
    [
      'outside: national RGC, the préfet himself (no opinion to ask)',
      'nationale',
      false,
      true,
      'prefet',
      false,
      'P',
    ],
  ] as const)(
    '%s',
    (_point, voie, enAgglomeration, routeGrandeCirculation, autorite, avisPrefet, confidence) => {
      const result = decideCompetenceCirculation({
        kind: 'competence-circulation',
        voie,
        enAgglomeration,
        routeGrandeCirculation,
      });
      expect(result).toMatchObject({
        autorite,
        avisPrefet,
        confidence,
        maireCompetent: autorite === 'maire',
      });
      expect(result.references[0]).toBe('CGCT L2213-1');
      expect(result.references.includes('code de la route R411-8')).toBe(avisPrefet);
    },
  );

  it('cites the département’s police (CGCT L3221-4) and the chemin rural’s (code rural L161-5)', () => {
    const rd = decideCompetenceCirculation({
      kind: 'competence-circulation',
      voie: 'departementale',
      enAgglomeration: false,
      routeGrandeCirculation: false,
    });
    const cr = decideCompetenceCirculation({
      kind: 'competence-circulation',
      voie: 'chemin-rural',
      enAgglomeration: false,
      routeGrandeCirculation: false,
    });
    expect(rd.references).toContain('CGCT L3221-4');
    expect(rd.explication).toContain('autorité incompétente');
    expect(cr.references).toContain('code rural et de la pêche maritime L161-5');
  });

  it('in agglomeration the maire holds the police of every road, whatever else is true', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VOIES), fc.boolean(), (voie, routeGrandeCirculation) => {
        const result = decideCompetenceCirculation({
          kind: 'competence-circulation',
          voie,
          enAgglomeration: true,
          routeGrandeCirculation,
        });
        expect(result.autorite).toBe('maire');
      }),
    );
  });

  it.each([
    ['an unknown road', { voie: 'autoroute' }, 'voie attendue'],
    ['a boolean as a string', { enAgglomeration: 'oui' }, 'enAgglomeration attendu'],
    ['a missing field', { routeGrandeCirculation: undefined }, 'routeGrandeCirculation attendu'],
  ])('malformed: %s', (_point, patch, message) => {
    const parsed = parsePoliceCase({
      kind: 'competence-circulation',
      voie: 'communale',
      enAgglomeration: true,
      routeGrandeCirculation: false,
      ...patch,
    });
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
