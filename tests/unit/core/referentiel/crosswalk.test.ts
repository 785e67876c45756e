import { describe, expect, it } from 'vitest';
import {
  CROSSWALK,
  blocById,
  blocsOf,
  competenceById,
  competencesOf,
  correspondingIds,
  sourcesOf,
} from '../../../../src/core/referentiel';

describe('crosswalk RNCP41781 → RNCP41406 and DU', () => {
  it('has exactly one row per RNCP41781 competence', () => {
    expect(Object.keys(CROSSWALK).sort()).toEqual(
      competencesOf()
        .map((c) => c.id)
        .sort(),
    );
  });

  it.each(Object.entries(CROSSWALK))('%s points only at existing, distinct targets', (_id, entry) => {
    for (const id of entry.RNCP41406) expect(competenceById(id)?.certification).toBe('RNCP41406');
    for (const id of entry.DU) expect(blocById(id)?.certification).toBe('DU');
    expect(new Set(entry.RNCP41406).size).toBe(entry.RNCP41406.length);
    expect(new Set(entry.DU).size).toBe(entry.DU.length);
    // Every competence is taught somewhere in the DU.
    expect(entry.DU.length).toBeGreaterThan(0);
  });

  it('maps the services à la population to DU bloc 3 and the gestion des services to DU bloc 2', () => {
    // The DU numbers these two blocs the other way round from RNCP41781.
    expect(correspondingIds('RNCP41781-BC02-03', 'DU')).toEqual(['DU-ARTOIS-B3']);
    expect(correspondingIds('RNCP41781-BC03-01', 'DU')).toEqual(['DU-ARTOIS-B2']);
  });

  it('maps the three electoral competences onto the single RNCP41406 electoral competence', () => {
    expect(sourcesOf('RNCP41406-BC02-16', 'RNCP41406')).toEqual([
      'RNCP41781-BC02-06',
      'RNCP41781-BC02-07',
      'RNCP41781-BC02-08',
    ]);
  });

  it('reaches every DU bloc but the concours preparation', () => {
    const reached = blocsOf('DU').filter((bloc) => sourcesOf(bloc.id, 'DU').length > 0);
    expect(reached.map((bloc) => bloc.code)).toEqual(['B1', 'B2', 'B3', 'B4']);
  });

  it('leaves the archiving competence without an RNCP41406 counterpart, and answers [] for an unknown ID', () => {
    expect(correspondingIds('RNCP41781-BC01-04', 'RNCP41406')).toEqual([]);
    expect(correspondingIds('RNCP41781-BC09-01', 'DU')).toEqual([]);
  });
});
