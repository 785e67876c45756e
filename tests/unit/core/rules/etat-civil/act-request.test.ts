import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIsoDate } from '../../../../../src/core/dates';
import {
  ACT_FORMS,
  ACT_TYPES,
  ETAT_CIVIL_RULES,
  EVENT_PLACES,
  REQUESTERS,
  decideActRequest,
  type ActDecision,
  type ActRequest,
  type Requester,
} from '../../../../../src/core/rules/etat-civil';

const base: ActRequest = {
  act: 'naissance',
  form: 'copie_integrale',
  actYear: 1998,
  today: '2026-11-23',
  eventPlace: 'commune',
  requester: 'frere_soeur',
  subjectMinor: false,
};

describe('the contract example of issue 7', () => {
  it('refuses a full copy of a 1998 birth act to a sibling and offers the alternatives', () => {
    const out = decideActRequest(base);
    expect(out.decision).toBe('refuser');
    expect(out.orientation).toBeNull();
    expect(out.alternatives).toEqual(['extrait_sans_filiation', 'autorisation_procureur']);
    expect(out.references).toEqual(['décret 2017-890 art. 30']);
    expect(out.reason).toMatch(/frère ou une sœur/);
    expect(out.scored).toBe(true);
  });
});

/** Expected decisions for a restricted form of an act held here, less than 75 years old, adult subject. */
const RESTRICTED_DECISION: Record<Requester, ActDecision> = {
  titulaire: 'delivrer',
  conjoint: 'delivrer',
  ascendant: 'delivrer',
  descendant: 'delivrer',
  representant_legal: 'delivrer',
  procureur: 'delivrer',
  professionnel_autorise: 'delivrer',
  frere_soeur: 'refuser',
  oncle_tante: 'refuser',
  concubin: 'refuser',
  partenaire_pacs: 'refuser',
  tiers: 'refuser',
};

const rows = ACT_TYPES.flatMap((act) =>
  ACT_FORMS.flatMap((form) =>
    REQUESTERS.map((requester) => {
      const restricted = act !== 'deces' && form !== 'extrait_sans_filiation';
      return [act, form, requester, restricted ? RESTRICTED_DECISION[requester] : 'delivrer'] as const;
    }),
  ),
);

describe('every requester × form × act for an act held by the commune', () => {
  it.each(rows)('%s, %s asked by %s → %s', (act, form, requester, expected) => {
    const out = decideActRequest({ ...base, act, form, requester });
    expect(out.decision).toBe(expected);
    expect(out.orientation).toBeNull();
    expect(out.entitled).toBe(expected === 'delivrer');
  });
});

describe('references', () => {
  it.each([
    ['naissance', 'décret 2017-890 art. 30'],
    ['mariage', 'décret 2017-890 art. 32'],
    ['deces', 'décret 2017-890 art. 33'],
  ] as const)('%s cites %s', (act, reference) => {
    expect(decideActRequest({ ...base, act }).references).toEqual([reference]);
  });
});

describe('the 75-year boundary', () => {
  it.each([
    [1950, '2026-11-23', 'delivrer'],
    [1951, '2026-11-23', 'refuser'],
    [1951, '2026-12-31', 'refuser'],
    [1951, '2027-01-01', 'delivrer'],
  ] as const)('a third party asking a full copy of %i on %s → %s', (actYear, today, expected) => {
    for (const act of ['naissance', 'mariage'] as const) {
      expect(decideActRequest({ ...base, act, actYear, today, requester: 'tiers' }).decision).toBe(expected);
    }
  });
  it('delivers under L213-2 with an information-only note on the 100-year reading', () => {
    const out = decideActRequest({ ...base, actYear: 1950, requester: 'oncle_tante' });
    expect(out.references).toEqual(['code du patrimoine L213-2']);
    expect(out.rules).toEqual(['registres-75-ans']);
    expect(out.scored).toBe(true);
    expect(out.uncertain.map((point) => point.rule)).toEqual(['registres-mineurs-100-ans']);
    expect(out.reason).toContain('1er janvier 2026');
  });
  it('has no 100-year note once a century has passed', () => {
    expect(decideActRequest({ ...base, actYear: 1900, requester: 'tiers' }).uncertain).toEqual([]);
  });
  it('frees the PACS partner of any doubt for an old act', () => {
    const out = decideActRequest({ ...base, actYear: 1930, requester: 'partenaire_pacs' });
    expect(out).toMatchObject({ decision: 'delivrer', scored: true });
  });
});

describe('orientation takes precedence when the commune does not hold the act', () => {
  it('sends even the person concerned to the mairie of the place of birth', () => {
    const out = decideActRequest({ ...base, requester: 'titulaire', eventPlace: 'autre_commune' });
    expect(out).toMatchObject({
      decision: 'orienter',
      orientation: 'mairie_du_lieu',
      entitled: true,
      alternatives: [],
    });
    expect(out.references).toEqual(['code civil art. 55', 'décret 2017-890 art. 30']);
  });
  it('sends an event abroad to the SCEC in Nantes', () => {
    const out = decideActRequest({ ...base, act: 'mariage', requester: 'conjoint', eventPlace: 'etranger' });
    expect(out).toMatchObject({ decision: 'orienter', orientation: 'scec_nantes' });
  });
  it('tells a sibling what he will be offered there', () => {
    const out = decideActRequest({ ...base, eventPlace: 'autre_commune' });
    expect(out).toMatchObject({ decision: 'orienter', entitled: false });
    expect(out.alternatives).toEqual(['extrait_sans_filiation', 'autorisation_procureur']);
  });
  it('orients a death act held elsewhere', () => {
    const out = decideActRequest({ ...base, act: 'deces', eventPlace: 'autre_commune' });
    expect(out).toMatchObject({ decision: 'orienter', orientation: 'mairie_du_lieu', entitled: true });
  });
});

describe('the minor subject', () => {
  it('cannot ask himself; the extract without filiation or his legal representative remain', () => {
    const out = decideActRequest({ ...base, actYear: 2014, requester: 'titulaire', subjectMinor: true });
    expect(out.decision).toBe('refuser');
    expect(out.alternatives).toEqual(['extrait_sans_filiation', 'demande_par_representant_legal']);
    expect(out.rules).toEqual(['titulaire-mineur']);
  });
  it('is served through his legal representative', () => {
    const out = decideActRequest({
      ...base,
      actYear: 2014,
      requester: 'representant_legal',
      subjectMinor: true,
    });
    expect(out.decision).toBe('delivrer');
  });
  it('may have an extract without filiation himself', () => {
    const out = decideActRequest({
      ...base,
      form: 'extrait_sans_filiation',
      actYear: 2014,
      requester: 'titulaire',
      subjectMinor: true,
    });
    expect(out.decision).toBe('delivrer');
  });
});

describe('uncertain and authorised cases', () => {
  it('never scores the PACS partner’s refusal', () => {
    const out = decideActRequest({ ...base, requester: 'partenaire_pacs' });
    expect(out).toMatchObject({ decision: 'refuser', scored: false });
    expect(out.uncertain[0]?.rule).toBe('partenaire-pacs');
  });
  it('delivers to a third party with the procureur’s authorisation', () => {
    const out = decideActRequest({ ...base, requester: 'tiers', procureurAuthorisation: true });
    expect(out).toMatchObject({ decision: 'delivrer', alternatives: [] });
  });
  it('states what the request must contain', () => {
    expect(decideActRequest(base).requestMustState).toContain('nom et prénom usuel de ses parents');
  });
});

const anyRequest = fc.record({
  act: fc.constantFrom(...ACT_TYPES),
  form: fc.constantFrom(...ACT_FORMS),
  actYear: fc.integer({ min: 1792, max: 2026 }),
  today: fc
    .record({
      year: fc.integer({ min: 2026, max: 2040 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ year, month, day }) => makeIsoDate(year, month, day)),
  eventPlace: fc.constantFrom(...EVENT_PLACES),
  requester: fc.constantFrom(...REQUESTERS),
  subjectMinor: fc.boolean(),
  procureurAuthorisation: fc.boolean(),
});

describe('properties', () => {
  it('an extract without filiation of an act held by the commune is always delivered', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const out = decideActRequest({ ...request, form: 'extrait_sans_filiation', eventPlace: 'commune' });
        return out.decision === 'delivrer' && out.scored;
      }),
    );
  });
  it('a death act is always delivered or oriented', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const { decision } = decideActRequest({ ...request, act: 'deces' });
        return decision === 'delivrer' || decision === 'orienter';
      }),
    );
  });
  it('orients exactly when the commune does not hold the act, and only then names an orientation', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const out = decideActRequest(request);
        const oriented = out.decision === 'orienter';
        return oriented === (request.eventPlace !== 'commune') && oriented === (out.orientation !== null);
      }),
    );
  });
  it('offers alternatives exactly when the requester is not entitled', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const out = decideActRequest(request);
        const offersExtract = out.alternatives.includes('extrait_sans_filiation');
        return out.entitled ? out.alternatives.length === 0 : offersExtract;
      }),
    );
  });
  it('always explains itself with a reference and known rules; an unscored decision says why', () => {
    const ids = new Set(ETAT_CIVIL_RULES.map((rule) => rule.id));
    fc.assert(
      fc.property(anyRequest, (request) => {
        const out = decideActRequest(request);
        return (
          out.reason.length > 0 &&
          out.references.length > 0 &&
          out.rules.every((id) => ids.has(id)) &&
          (out.scored || out.uncertain.length > 0)
        );
      }),
    );
  });
  it('is plain JSON', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const out = decideActRequest(request);
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);
      }),
    );
  });
});
