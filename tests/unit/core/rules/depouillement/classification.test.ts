import { describe, expect, it } from 'vitest';
import {
  classifyBallot,
  classifyEnvelope,
  classifyLooseBallot,
  motifOf,
  referencesOf,
  type Ballot,
  type BallotMark,
  type CauseId,
  type Classification,
  type CountContext,
  type Envelope,
} from '../../../../../src/core/rules/depouillement';

const presidentielle: CountContext = {
  election: 'presidentielle',
  candidates: ['DURAND', 'LEROY', 'MOREAU'],
};
const municipale: CountContext = { election: 'municipale_liste', candidates: ['AGIR ENSEMBLE', 'CAP 2032'] };

const causes = (c: Classification): CauseId[] => c.findings.map((f) => f.cause);

describe('classifyBallot: one ballot alone in a regulatory envelope (L65, L66)', () => {
  it('counts a clean ballot for its candidate, without any finding', () => {
    const c = classifyBallot({ for: 'LEROY' }, presidentielle);
    expect(c).toEqual({ classement: 'vote', candidate: 'LEROY', findings: [], uncertain: false });
  });

  it('matches names without regard to case, accents or spacing, and credits the canonical spelling', () => {
    const context: CountContext = { election: 'presidentielle', candidates: ['LÉGER'] };
    expect(classifyBallot({ for: '  leger ' }, context)).toMatchObject({
      classement: 'vote',
      candidate: 'LÉGER',
    });
  });

  it('classes a blank paper as blanc (L65)', () => {
    const c = classifyBallot({ blank: true }, presidentielle);
    expect(c.classement).toBe('blanc');
    expect(causes(c)).toEqual(['papier-blanc']);
    expect(referencesOf(c)).toEqual(['code électoral L65']);
  });

  it.each<[BallotMark, CauseId, string]>([
    ['signature', 'electeur-identifie', 'code électoral L66'],
    ['annotation', 'signe-reconnaissance', 'code électoral L66'],
    ['couleur', 'papier-couleur', 'code électoral L66'],
    ['injure', 'mention-injurieuse', 'code électoral L66'],
  ])('a ballot marked %s is nul for %s in both elections, with certainty', (mark, cause, reference) => {
    for (const [context, name] of [
      [presidentielle, 'DURAND'],
      [municipale, 'CAP 2032'],
    ] as const) {
      const c = classifyBallot({ for: name, marks: [mark] }, context);
      expect(c.classement).toBe('nul');
      expect(causes(c)).toEqual([cause]);
      expect(referencesOf(c)).toEqual([reference]);
      expect(c.uncertain).toBe(false);
    }
  });

  it.each<[BallotMark, CauseId]>([
    ['rature', 'liste-nom-raye'],
    ['ajout', 'liste-nom-ajoute'],
    ['ordre_modifie', 'liste-ordre-modifie'],
  ])(
    'a municipal list ballot with %s is nul with certainty; without a population, both texts are cited',
    (mark, cause) => {
      const c = classifyBallot({ for: 'AGIR ENSEMBLE', marks: [mark] }, municipale);
      expect(c).toMatchObject({ classement: 'nul', uncertain: false });
      expect(causes(c)).toEqual([cause]);
      expect(referencesOf(c)).toEqual(['code électoral L260 et R66-2 ; loi 2025-444']);
    },
  );

  it.each<[BallotMark, number, string]>([
    ['rature', 999, 'loi 2025-444'],
    ['ajout', 1000, 'code électoral L260 et R66-2'],
    ['ordre_modifie', 1200, 'code électoral L260 et R66-2'],
  ])(
    'erratum 5 — a list ballot with %s in a commune of %i inhabitants is nul under %s',
    (mark, population, reference) => {
      const c = classifyBallot({ for: 'AGIR ENSEMBLE', marks: [mark] }, { ...municipale, population });
      expect(c).toMatchObject({ classement: 'nul', uncertain: false });
      expect(referencesOf(c)).toEqual([reference]);
    },
  );

  it.each<BallotMark>(['rature', 'ajout', 'ordre_modifie'])(
    'a presidential ballot with %s is classed nul but flagged uncertain (not settled by the fact sheet)',
    (mark) => {
      const c = classifyBallot({ for: 'MOREAU', marks: [mark] }, presidentielle);
      expect(c).toMatchObject({ classement: 'nul', uncertain: true });
      expect(causes(c)).toEqual(['modification-manuscrite']);
      expect(motifOf(c)).toContain('point incertain, non noté');
    },
  );

  it('counts a torn ballot for its candidate, flagged uncertain', () => {
    const c = classifyBallot({ for: 'DURAND', marks: ['dechire'] }, presidentielle);
    expect(c).toMatchObject({ classement: 'vote', candidate: 'DURAND', uncertain: true });
    expect(causes(c)).toEqual(['bulletin-dechire']);
  });

  it('a certain cause wins over an uncertain one: torn and signed is a certain nul', () => {
    const c = classifyBallot({ for: 'DURAND', marks: ['dechire', 'signature'] }, presidentielle);
    expect(c).toMatchObject({ classement: 'nul', uncertain: false });
    expect(causes(c)).toEqual(['electeur-identifie']);
  });

  it('lists every cause of nullity, once each, in the order found', () => {
    const c = classifyBallot({ for: 'CAP 2032', marks: ['rature', 'injure', 'rature'] }, municipale);
    expect(causes(c)).toEqual(['liste-nom-raye', 'mention-injurieuse']);
    expect(motifOf(c)).toBe('nom rayé sur un bulletin de liste\u00a0; mention injurieuse');
    expect(referencesOf(c)).toEqual(['code électoral L260 et R66-2 ; loi 2025-444', 'code électoral L66']);
  });

  it.each<[CountContext, string, string]>([
    [presidentielle, 'DUPONT', 'n’est pas un candidat en présence'],
    [municipale, 'LISTE FANTÔME', 'n’est pas une liste en présence'],
  ])('a ballot for a name not in presence is nul (insufficient designation)', (context, name, text) => {
    const c = classifyBallot({ for: name }, context);
    expect(c).toMatchObject({ classement: 'nul', uncertain: false });
    expect(causes(c)).toEqual(['designation-insuffisante']);
    expect(motifOf(c)).toContain(text);
  });

  it('a paper with neither a name nor blank designates nobody: nul', () => {
    expect(causes(classifyBallot({}, presidentielle))).toEqual(['designation-insuffisante']);
  });

  it.each<[BallotMark, CauseId, boolean]>([
    ['annotation', 'signe-reconnaissance', false],
    ['couleur', 'papier-couleur', false],
    ['ajout', 'modification-manuscrite', true],
  ])('a blank paper marked %s is no longer blank: nul for %s', (mark, cause, uncertain) => {
    const c = classifyBallot({ blank: true, marks: [mark] }, municipale);
    expect(c).toMatchObject({ classement: 'nul', uncertain });
    expect(causes(c)).toEqual([cause]);
  });

  it('a torn blank paper stays blanc, flagged uncertain', () => {
    expect(classifyBallot({ blank: true, marks: ['dechire'] }, presidentielle)).toMatchObject({
      classement: 'blanc',
      uncertain: true,
    });
  });
});

describe('classifyEnvelope: the envelope and its content (L65, L66)', () => {
  const cases: [string, Envelope, Classification['classement'], CauseId[], boolean][] = [
    ['empty envelope', { ballots: [] }, 'blanc', ['enveloppe-vide'], false],
    [
      'two identical ballots',
      { ballots: [{ for: 'LEROY' }, { for: 'leroy' }] },
      'vote',
      ['bulletins-identiques'],
      false,
    ],
    [
      'three identical ballots',
      { ballots: [{ for: 'LEROY' }, { for: 'LEROY' }, { for: 'LEROY' }] },
      'vote',
      ['bulletins-identiques'],
      false,
    ],
    [
      'two different ballots',
      { ballots: [{ for: 'LEROY' }, { for: 'MOREAU' }] },
      'nul',
      ['bulletins-differents'],
      false,
    ],
    [
      'identical ballots, one annotated',
      { ballots: [{ for: 'LEROY' }, { for: 'LEROY', marks: ['annotation'] }] },
      'nul',
      ['signe-reconnaissance'],
      false,
    ],
    [
      'different ballots, one signed',
      { ballots: [{ for: 'LEROY', marks: ['signature'] }, { for: 'DURAND' }] },
      'nul',
      ['electeur-identifie', 'bulletins-differents'],
      false,
    ],
    [
      'a ballot and a non-candidate ballot',
      { ballots: [{ for: 'LEROY' }, { for: 'DUPONT' }] },
      'nul',
      ['designation-insuffisante'],
      false,
    ],
    [
      'two blank papers',
      { ballots: [{ blank: true }, { blank: true }] },
      'blanc',
      ['papier-blanc', 'papiers-blancs-multiples'],
      false,
    ],
    [
      'a blank paper and a ballot',
      { ballots: [{ blank: true }, { for: 'DURAND' }] },
      'nul',
      ['papier-blanc-et-bulletin'],
      true,
    ],
    [
      'non-regulatory envelope',
      { nonRegulatory: true, ballots: [{ for: 'DURAND' }] },
      'nul',
      ['enveloppe-non-reglementaire'],
      false,
    ],
    [
      'empty non-regulatory envelope',
      { nonRegulatory: true, ballots: [] },
      'nul',
      ['enveloppe-non-reglementaire'],
      false,
    ],
    [
      'non-regulatory envelope with a blank paper',
      { nonRegulatory: true, ballots: [{ blank: true }] },
      'nul',
      ['enveloppe-non-reglementaire'],
      false,
    ],
    [
      'torn identical ballots',
      { ballots: [{ for: 'DURAND', marks: ['dechire'] }, { for: 'DURAND' }] },
      'vote',
      ['bulletin-dechire', 'bulletins-identiques'],
      true,
    ],
  ];

  it.each(cases)('%s', (_label, envelope, classement, expectedCauses, uncertain) => {
    const c = classifyEnvelope(envelope, presidentielle);
    expect(c.classement).toBe(classement);
    expect(causes(c)).toEqual(expectedCauses);
    expect(c.uncertain).toBe(uncertain);
  });

  it('says « listes différentes » in a municipal election', () => {
    const c = classifyEnvelope({ ballots: [{ for: 'AGIR ENSEMBLE' }, { for: 'CAP 2032' }] }, municipale);
    expect(motifOf(c)).toBe('bulletins de listes différentes (AGIR ENSEMBLE, CAP 2032)');
  });

  it('identical list ballots count once in a municipal election too', () => {
    const c = classifyEnvelope({ ballots: [{ for: 'CAP 2032' }, { for: 'CAP 2032' }] }, municipale);
    expect(c).toMatchObject({ classement: 'vote', candidate: 'CAP 2032' });
    expect(motifOf(c)).toBe('2 bulletins CAP 2032\u00a0: comptés pour un seul');
  });
});

describe('classifyLooseBallot: a ballot found in the urn without an envelope (L66)', () => {
  it.each<[string, Ballot]>([
    ['a clean ballot', { for: 'DURAND' }],
    ['a blank paper', { blank: true }],
    ['a torn ballot', { for: 'DURAND', marks: ['dechire'] }],
  ])('%s is a certain nul', (_label, ballot) => {
    const c = classifyLooseBallot(ballot, presidentielle);
    expect(c).toMatchObject({ classement: 'nul', uncertain: false });
    expect(causes(c)).toEqual(['sans-enveloppe']);
    expect(motifOf(c)).toBe('bulletin trouvé dans l’urne sans enveloppe');
  });

  it('also names the ballot’s own causes', () => {
    const c = classifyLooseBallot({ for: 'DURAND', marks: ['injure'] }, presidentielle);
    expect(causes(c)).toEqual(['sans-enveloppe', 'mention-injurieuse']);
  });
});
