import { describe, expect, it } from 'vitest';
import {
  COUNTER_CONFIDENTIALITY_RULE,
  DISCLOSURE_SUBJECTS,
  decideCounterDisclosure,
  type DisclosureAsker,
  type DisclosureSubject,
} from '../../../../../src/core/rules/etat-civil';

const REFERENCE =
  'code général de la fonction publique L121-6 et L121-7 ; code pénal art. 226-13 ; code civil art. 9';

describe('confidentiality at the counter (erratum 4)', () => {
  it('erratum 4 — confidentiality at the counter is a certain, scored rule', () => {
    expect(COUNTER_CONFIDENTIALITY_RULE).toMatchObject({
      id: 'confidentialite-guichet',
      reference: REFERENCE,
      confidence: 'C',
      scored: true,
    });
  });

  // asker, subject, decision, may disclose
  const TABLE: readonly (readonly [DisclosureAsker, DisclosureSubject, string, boolean])[] = [
    ['tiers', 'evenement_vie_privee', 'ne_rien_dire', false],
    ['tiers', 'contenu_acte', 'ne_rien_dire', false],
    ['tiers', 'dossier_en_cours', 'ne_rien_dire', false],
    ['personne_concernee', 'evenement_vie_privee', 'repondre', true],
    ['personne_concernee', 'contenu_acte', 'repondre', true],
    ['personne_concernee', 'dossier_en_cours', 'repondre', true],
  ];

  it.each(TABLE)('erratum 4 — %s asking about %s: %s', (asker, about, decision, mayDisclose) => {
    const out = decideCounterDisclosure({ asker, about });
    expect(out.decision).toBe(decision);
    expect(out.mayDisclose).toBe(mayDisclose);
    expect(out.scored).toBe(true);
    expect(out.references).toEqual([REFERENCE]);
    expect(out.rules).toEqual(['confidentialite-guichet']);
  });

  it('erratum 4 — a third party is told nothing, not even orally, and pointed to a written request', () => {
    for (const about of DISCLOSURE_SUBJECTS) {
      const out = decideCounterDisclosure({ asker: 'tiers', about });
      expect(out.alternatives).toEqual(['demande_d_acte']);
      expect(out.reason).toContain('pas même à voix basse');
      for (const article of ['L121-6 et L121-7', 'art. 226-13', 'code civil art. 9'])
        expect(out.reason).toContain(article);
    }
  });

  it('erratum 4 — the person concerned is never refused information about herself', () => {
    expect(
      decideCounterDisclosure({ asker: 'personne_concernee', about: 'contenu_acte' }).alternatives,
    ).toEqual([]);
  });
});
