import { describe, expect, it } from 'vitest';
import {
  executoryDate,
  isExecutoryOn,
  publicationMode,
  type ActFormalities,
} from '../../../../../src/core/rules/conseil/publication';

describe('publication mode (CGCT L2131-1)', () => {
  it.each([
    [1_200, null, 'electronique', false],
    [1_200, 'affichage', 'affichage', true],
    [3_499, 'papier', 'papier', true],
    [3_500, 'affichage', 'electronique', false],
    [3_500, null, 'electronique', false],
  ] as const)('%i inhabitants, council chose %s → %s', (population, choice, mode, chosenByCouncil) => {
    expect(publicationMode(population, choice)).toEqual({ mode, chosenByCouncil, reference: 'CGCT L2131-1' });
  });
});

describe('executory date (CGCT L2131-1)', () => {
  it.each<[ActFormalities, string | null]>([
    [
      {
        nature: 'reglementaire',
        publishedOn: '2026-10-19',
        transmissible: true,
        transmittedOn: '2026-10-20',
      },
      '2026-10-20',
    ],
    [
      {
        nature: 'reglementaire',
        publishedOn: '2026-10-21',
        transmissible: true,
        transmittedOn: '2026-10-20',
      },
      '2026-10-21',
    ],
    [{ nature: 'reglementaire', publishedOn: '2026-10-19', transmissible: true }, null],
    [{ nature: 'reglementaire', transmissible: true, transmittedOn: '2026-10-20' }, null],
    [
      { nature: 'niReglementaireNiIndividuel', publishedOn: '2026-12-31', transmissible: false },
      '2026-12-31',
    ],
    [{ nature: 'individuel', publishedOn: '2026-10-19', transmissible: false }, null],
    [
      { nature: 'individuel', notifiedOn: '2026-10-22', transmissible: true, transmittedOn: '2026-10-20' },
      '2026-10-22',
    ],
  ])('%o → %s', (act, date) => {
    expect(executoryDate(act)).toBe(date);
  });

  it('is exécutoire from that day on', () => {
    const act: ActFormalities = {
      nature: 'reglementaire',
      publishedOn: '2026-12-30',
      transmissible: true,
      transmittedOn: '2027-01-02',
    };
    expect(isExecutoryOn(act, '2027-01-01')).toBe(false);
    expect(isExecutoryOn(act, '2027-01-02')).toBe(true);
    expect(isExecutoryOn({ ...act, transmittedOn: null }, '2027-06-01')).toBe(false);
  });
});
