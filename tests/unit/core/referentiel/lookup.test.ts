import { describe, expect, it } from 'vitest';
import {
  CERTIFICATIONS,
  blocById,
  blocsOf,
  certificationById,
  competenceById,
  competencesOf,
  competencesOfBloc,
  isCertificationId,
  isKnownCompetenceId,
} from '../../../../src/core/referentiel';

describe('référentiel lookups', () => {
  it('counts 30 RNCP41781 competences: 10 in BC01, 8 in BC02, 12 in BC03', () => {
    expect(competencesOf()).toHaveLength(30);
    expect(blocsOf().map((bloc) => [bloc.code, bloc.competences.length])).toEqual([
      ['BC01', 10],
      ['BC02', 8],
      ['BC03', 12],
    ]);
  });

  it('counts 47 RNCP41406 competences and five DU blocs', () => {
    expect(competencesOf('RNCP41406')).toHaveLength(47);
    expect(blocsOf('DU')).toHaveLength(5);
  });

  it('has unique IDs across every référentiel', () => {
    const ids = CERTIFICATIONS.flatMap((c) => [
      ...c.blocs.map((b) => b.id),
      ...c.blocs.flatMap((b) => b.competences.map((k) => k.id)),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a competence by ID, with its bloc', () => {
    const competence = competenceById('RNCP41781-BC02-03');
    expect(competence?.blocId).toBe('RNCP41781-BC02');
    expect(competence?.wording.startsWith('Délivrer les actes d’état-civil')).toBe(true);
    expect(competenceById('RNCP41406-BC03-15')?.wording).toBe(
      'Gérer le domaine public et privé de la collectivité',
    );
  });

  it('lists the competences of a bloc in order, and none for a DU or unknown bloc', () => {
    expect(competencesOfBloc('RNCP41781-BC02').map((c) => c.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((rank) => `RNCP41781-BC02-0${rank}`),
    );
    expect(competencesOfBloc('DU-ARTOIS-B1')).toEqual([]);
    expect(competencesOfBloc('RNCP41781-BC04')).toEqual([]);
  });

  it('finds blocs of every référentiel by ID', () => {
    expect(blocById('RNCP41406-BC02')?.title).toBe(
      'Informer et communiquer auprès des administrés en utilisant des outils métiers, numériques et consultatifs',
    );
    expect(blocById('DU-ARTOIS-B2')?.hours).toBe(120);
    expect(blocById('BC01')).toBeUndefined();
  });

  it.each([
    ['RNCP41781-BC01-01', true],
    ['RNCP41781-BC03-12', true],
    ['RNCP41781-BC03-13', false],
    ['RNCP41781-BC04-01', false],
    ['rncp41781-bc01-01', false],
    ['RNCP41781-BC01-1', false],
    ['RNCP41406-BC01-01', false],
    ['DU-ARTOIS-B1', false],
    ['', false],
  ])('isKnownCompetenceId(%j) is %s for the scored référentiel', (id, known) => {
    expect(isKnownCompetenceId(id)).toBe(known);
  });

  it('accepts RNCP41406 IDs only when asked about RNCP41406', () => {
    expect(isKnownCompetenceId('RNCP41406-BC02-19', 'RNCP41406')).toBe(true);
    expect(isKnownCompetenceId('RNCP41781-BC01-01', 'RNCP41406')).toBe(false);
  });

  it.each([
    ['RNCP41781', true],
    ['RNCP41406', true],
    ['DU', true],
    ['du', false],
    ['RNCP37067', false],
  ])('isCertificationId(%j) is %s', (value, expected) => {
    expect(isCertificationId(value)).toBe(expected);
  });

  it('gives each référentiel its title', () => {
    expect(certificationById('RNCP41781').title).toBe('Secrétaire général de mairie');
    expect(certificationById('DU').level).toBeNull();
  });
});
