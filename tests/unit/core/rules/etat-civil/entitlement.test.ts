import { describe, expect, it } from 'vitest';
import {
  REQUESTERS,
  entitlement,
  isEntitled,
  isRestrictedForm,
  type ActForm,
  type ActType,
  type Requester,
} from '../../../../../src/core/rules/etat-civil';

/** Décret 2017-890 art. 30 and 32, written out independently of the implementation's list. */
const MAY_HAVE_FULL_COPY: Record<Requester, boolean> = {
  titulaire: true,
  conjoint: true,
  ascendant: true,
  descendant: true,
  representant_legal: true,
  procureur: true,
  professionnel_autorise: true,
  frere_soeur: false,
  oncle_tante: false,
  concubin: false,
  partenaire_pacs: false,
  tiers: false,
};

const RESTRICTED: [ActType, ActForm][] = [
  ['naissance', 'copie_integrale'],
  ['naissance', 'extrait_avec_filiation'],
  ['mariage', 'copie_integrale'],
  ['mariage', 'extrait_avec_filiation'],
];

const restrictedRows = RESTRICTED.flatMap(([act, form]) =>
  REQUESTERS.map((requester) => [act, form, requester, MAY_HAVE_FULL_COPY[requester]] as const),
);

describe('who may obtain a full copy or an extract with filiation (décret 2017-890 art. 30 and 32)', () => {
  it.each(restrictedRows)('%s, %s, %s → entitled %s', (act, form, requester, expected) => {
    expect(isEntitled({ act, form, requester, subjectMinor: false })).toBe(expected);
  });

  it.each(['frere_soeur', 'oncle_tante', 'concubin', 'tiers'] as const)(
    '%s is offered the extract without filiation or the procureur’s authorisation',
    (requester) => {
      const answer = entitlement({ act: 'naissance', form: 'copie_integrale', requester });
      expect(answer.entitled).toBe(false);
      expect(answer.alternatives).toEqual(['extrait_sans_filiation', 'autorisation_procureur']);
      expect(answer.rule.id).toBe('autres-demandeurs-autorisation-procureur');
      expect(answer.scored).toBe(true);
    },
  );

  it.each(REQUESTERS)('%s gets an extract without filiation of a birth or marriage act', (requester) => {
    for (const act of ['naissance', 'mariage'] as const) {
      const answer = entitlement({ act, form: 'extrait_sans_filiation', requester, subjectMinor: true });
      expect(answer.entitled).toBe(true);
      expect(answer.rule.id).toBe('extrait-sans-filiation-toute-personne');
    }
  });

  it.each(REQUESTERS)('%s gets a death act in any form', (requester) => {
    for (const form of ['copie_integrale', 'extrait_avec_filiation', 'extrait_sans_filiation'] as const) {
      const answer = entitlement({ act: 'deces', form, requester });
      expect(answer.entitled).toBe(true);
      expect(answer.rule.id).toBe('acte-deces-toute-personne');
    }
  });
});

describe('a minor subject', () => {
  it('cannot ask for his own full copy: his legal representative can', () => {
    const answer = entitlement({
      act: 'naissance',
      form: 'copie_integrale',
      requester: 'titulaire',
      subjectMinor: true,
    });
    expect(answer.entitled).toBe(false);
    expect(answer.rule.id).toBe('titulaire-mineur');
    expect(answer.alternatives).toEqual(['extrait_sans_filiation', 'demande_par_representant_legal']);
    expect(answer.reason).toContain('représentant légal');
  });
  it.each(['representant_legal', 'ascendant', 'procureur'] as const)('%s still may', (requester) => {
    expect(
      isEntitled({ act: 'naissance', form: 'extrait_avec_filiation', requester, subjectMinor: true }),
    ).toBe(true);
  });
  it('an adult or emancipated subject may', () => {
    expect(
      isEntitled({ act: 'mariage', form: 'copie_integrale', requester: 'titulaire', subjectMinor: false }),
    ).toBe(true);
  });
});

describe('the procureur’s authorisation', () => {
  it.each(['tiers', 'frere_soeur', 'concubin', 'partenaire_pacs'] as const)(
    'opens the full copy to %s',
    (requester) => {
      const answer = entitlement({
        act: 'naissance',
        form: 'copie_integrale',
        requester,
        procureurAuthorisation: true,
      });
      expect(answer.entitled).toBe(true);
      expect(answer.scored).toBe(true);
    },
  );
});

describe('the PACS partner (legal-facts §7.1)', () => {
  it('is treated as a third party, flagged uncertain and never scored', () => {
    const answer = entitlement({ act: 'naissance', form: 'copie_integrale', requester: 'partenaire_pacs' });
    expect(answer.entitled).toBe(false);
    expect(answer.scored).toBe(false);
    expect(answer.uncertain).toHaveLength(1);
    expect(answer.uncertain[0]).toMatchObject({ uncertain: true, rule: 'partenaire-pacs' });
  });
  it('is not uncertain for forms anyone may have', () => {
    const answer = entitlement({
      act: 'mariage',
      form: 'extrait_sans_filiation',
      requester: 'partenaire_pacs',
    });
    expect(answer).toMatchObject({ entitled: true, scored: true, uncertain: [] });
  });
});

describe('restricted forms', () => {
  it.each([
    ['naissance', 'copie_integrale', true],
    ['naissance', 'extrait_avec_filiation', true],
    ['naissance', 'extrait_sans_filiation', false],
    ['mariage', 'copie_integrale', true],
    ['mariage', 'extrait_avec_filiation', true],
    ['mariage', 'extrait_sans_filiation', false],
    ['deces', 'copie_integrale', false],
    ['deces', 'extrait_avec_filiation', false],
  ] as const)('%s %s → %s', (act, form, expected) => {
    expect(isRestrictedForm(act, form)).toBe(expected);
  });
});
