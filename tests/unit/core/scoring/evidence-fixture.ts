import type { Evidence } from '../../../../src/core/scoring';

/** A valid evidence with sensible defaults; tests override what they measure. */
export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    scenarioId: 'conseil-mars',
    step: 'convocation',
    date: '2027-03-02',
    role: 'sgm',
    competences: ['RNCP41781-BC01-01'],
    verdict: 'conforme',
    weight: 2,
    choice: 'Convocation envoyée le 2 mars.',
    explanation: 'La convocation doit partir trois jours francs au moins avant la séance.',
    reference: 'CGCT L2121-11',
    ...overrides,
  };
}

/**
 * The worked example of docs/SCORING.md, decision by decision: a trainer can redo it by hand and the tests
 * check the same numbers.
 */
export const WORKED_EXAMPLE: readonly Evidence[] = [
  makeEvidence({ step: 'convocation', competences: ['RNCP41781-BC01-01'], verdict: 'conforme', weight: 3 }),
  makeEvidence({
    step: 'ordre-du-jour',
    competences: ['RNCP41781-BC01-02'],
    verdict: 'acceptable',
    weight: 2,
  }),
  makeEvidence({
    step: 'deliberation',
    date: '2027-03-10',
    competences: ['RNCP41781-BC01-03', 'RNCP41781-BC01-10'],
    verdict: 'risque',
    weight: 2,
  }),
  makeEvidence({ step: 'classement', date: '2027-03-12', competences: ['RNCP41781-BC01-04'], weight: 1 }),
  makeEvidence({
    scenarioId: 'etat-civil-copie',
    step: 'delivrance',
    date: '2027-03-15',
    role: 'sgm',
    competences: ['RNCP41781-BC02-03', 'RNCP41781-BC02-01'],
    verdict: 'illegal',
    weight: 3,
    choice: 'Copie intégrale délivrée au voisin du titulaire.',
    explanation:
      'Une copie intégrale ne se délivre qu’au titulaire, à ses ascendants, descendants, conjoint…',
    reference: 'décret 2017-890 art. 30',
  }),
  makeEvidence({
    scenarioId: 'etat-civil-copie',
    step: 'accueil',
    date: '2027-03-15',
    competences: ['RNCP41781-BC02-01'],
    verdict: 'conforme',
    weight: 2,
  }),
  makeEvidence({
    scenarioId: 'liste-electorale',
    step: 'inscription',
    date: '2027-03-20',
    competences: ['RNCP41781-BC02-06'],
    verdict: 'conforme',
    weight: 3,
  }),
];
