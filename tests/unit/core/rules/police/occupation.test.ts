import { describe, expect, it } from 'vitest';
import { decideOccupation, parsePoliceCase } from '../../../../../src/core/rules/police';

describe('kind occupation (code de la voirie routière L113-2, CGCT L2213-6, CG3P L2125-1)', () => {
  it.each([
    [
      'a terrace without emprise in agglomeration: permis de stationnement from the maire',
      false,
      true,
      'permis-de-stationnement',
      'maire',
    ],
    [
      'a skip outside agglomeration: permis from the traffic-police authority',
      false,
      false,
      'permis-de-stationnement',
      'autorite-de-police-de-la-circulation',
    ],
    [
      'a pipe with emprise in agglomeration: permission de voirie from the road’s manager',
      true,
      true,
      'permission-de-voirie',
      'gestionnaire-de-la-voie',
    ],
    [
      'a pipe with emprise outside agglomeration: permission de voirie',
      true,
      false,
      'permission-de-voirie',
      'gestionnaire-de-la-voie',
    ],
  ] as const)('%s', (_point, emprise, enAgglomeration, titre, delivrePar) => {
    const result = decideOccupation({ kind: 'occupation', emprise, enAgglomeration });
    expect(result).toMatchObject({ titre, delivrePar, redevanceObligatoire: true, confidence: 'C' });
    expect(result.references).toContain('code de la voirie routière L113-2');
    expect(result.references).toContain('CG3P L2125-1');
    expect(result.references.includes('CGCT L2213-6')).toBe(!emprise);
    expect(result.explication).toContain('précaire et révocable');
  });

  it.each([
    ['emprise as a number', { emprise: 1 }, 'emprise attendu'],
    ['missing enAgglomeration', { enAgglomeration: undefined }, 'enAgglomeration attendu'],
    ['an unknown key', { redevance: 0 }, 'Clé non reconnue'],
  ])('malformed: %s', (_point, patch, message) => {
    const parsed = parsePoliceCase({ kind: 'occupation', emprise: false, enAgglomeration: true, ...patch });
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('an unknown kind names the three kinds', () => {
    const parsed = parsePoliceCase({ kind: 'fourriere' });
    expect(!parsed.ok && parsed.error).toContain('« competence-circulation », « arrete » ou « occupation »');
  });
});
