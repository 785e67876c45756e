import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { etatCivilRuleDomain } from '../../../../../src/core/rules/etat-civil';

const FIXTURES = join(process.cwd(), 'tests/fixtures/rules/etat-civil');

function readCase(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

function run(raw: unknown): unknown {
  const parsed = etatCivilRuleDomain.parseCase(raw);
  return parsed.ok ? etatCivilRuleDomain.evaluate(parsed.value) : { error: parsed.error };
}

/** What each case file must give on the contract's fields (the reason is checked to be French prose). */
const EXPECTED: Record<string, { decision: string; orientation: string | null; alternatives: string[] }> = {
  'contrat-frere-soeur-copie-integrale-1998.json': {
    decision: 'refuser',
    orientation: null,
    alternatives: ['extrait_sans_filiation', 'autorisation_procureur'],
  },
  'titulaire-mineur-copie-integrale.json': {
    decision: 'refuser',
    orientation: null,
    alternatives: ['extrait_sans_filiation', 'demande_par_representant_legal'],
  },
  'tiers-copie-integrale-1950-librement-communicable.json': {
    decision: 'delivrer',
    orientation: null,
    alternatives: [],
  },
  'tiers-copie-integrale-1951-encore-protegee.json': {
    decision: 'refuser',
    orientation: null,
    alternatives: ['extrait_sans_filiation', 'autorisation_procureur'],
  },
  'conjoint-naissance-etranger-scec.json': {
    decision: 'orienter',
    orientation: 'scec_nantes',
    alternatives: [],
  },
  'deces-autre-commune.json': { decision: 'orienter', orientation: 'mairie_du_lieu', alternatives: [] },
  'partenaire-pacs-extrait-avec-filiation.json': {
    decision: 'refuser',
    orientation: null,
    alternatives: ['extrait_sans_filiation', 'autorisation_procureur'],
  },
};

describe('the etat-civil rule domain', () => {
  it('answers to the name the rules command uses', () => {
    expect(etatCivilRuleDomain.id).toBe('etat-civil');
    expect(etatCivilRuleDomain.title).toMatch(/^État civil/);
  });

  it('reproduces the contract example of issue 7', () => {
    const out = run(readCase('contrat-frere-soeur-copie-integrale-1998.json'));
    expect(out).toMatchObject({
      decision: 'refuser',
      orientation: null,
      alternatives: ['extrait_sans_filiation', 'autorisation_procureur'],
      references: ['décret 2017-890 art. 30'],
    });
    expect(out).toHaveProperty('reason', expect.stringMatching(/^Un frère ou une sœur ne peut pas obtenir/));
  });

  it('has an expectation for every act case file but the malformed one (confidentiality cases: see below)', () => {
    const files = readdirSync(FIXTURES).filter(
      (name) => name.endsWith('.json') && name !== 'malformed.json' && !name.startsWith('confidentialite-'),
    );
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const out = run(readCase(file));
    expect(out).toMatchObject(expected);
    expect(out).toHaveProperty('reason', expect.stringMatching(/\S/));
    expect(out).toHaveProperty('references', expect.arrayContaining([expect.any(String)]));
  });

  it('reports a malformed case as one French message naming every faulty field', () => {
    const parsed = etatCivilRuleDomain.parseCase(readCase('malformed.json'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const path of ['form', 'actYear', 'today', 'requester', 'subjectMinor']) {
      expect(parsed.error).toContain(`${path} :`);
    }
    expect(parsed.error).toContain('date invalide');
  });

  it.each([
    ['not an object', [1, 2], '(racine)'],
    [
      'an unknown key',
      { ...(readCase('contrat-frere-soeur-copie-integrale-1998.json') as object), motif: 'x' },
      'motif',
    ],
    [
      'an act from the future',
      { ...(readCase('contrat-frere-soeur-copie-integrale-1998.json') as object), actYear: 2027 },
      'actYear : acte de 2027 postérieur',
    ],
    [
      'a year before the état civil',
      { ...(readCase('contrat-frere-soeur-copie-integrale-1998.json') as object), actYear: 1700 },
      'actYear : année antérieure à 1792',
    ],
  ])('refuses %s', (_label, raw, fragment) => {
    const parsed = etatCivilRuleDomain.parseCase(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(fragment);
  });

  it('erratum 4 — a neighbour asking about someone else’s birth is told nothing (case file)', () => {
    expect(run(readCase('confidentialite-voisin-naissance.json'))).toMatchObject({
      decision: 'ne_rien_dire',
      mayDisclose: false,
      scored: true,
      alternatives: ['demande_d_acte'],
      rules: ['confidentialite-guichet'],
      references: [
        'code général de la fonction publique L121-6 et L121-7 ; code pénal art. 226-13 ; code civil art. 9',
      ],
    });
  });

  it('erratum 4 — the person concerned may be told about her own file (case file)', () => {
    expect(run(readCase('confidentialite-dossier-de-la-personne.json'))).toMatchObject({
      decision: 'repondre',
      mayDisclose: true,
      scored: true,
    });
  });

  it('erratum 4 — refuses a confidentiality case with an unknown asker or an extra key', () => {
    const bad = etatCivilRuleDomain.parseCase({
      question: 'confidentialite',
      asker: 'voisin',
      about: 'x',
      y: 1,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) for (const path of ['asker :', 'about :']) expect(bad.error).toContain(path);
  });

  it('accepts the optional procureur’s authorisation', () => {
    const raw = {
      ...(readCase('contrat-frere-soeur-copie-integrale-1998.json') as object),
      procureurAuthorisation: true,
    };
    expect(run(raw)).toMatchObject({ decision: 'delivrer' });
  });
});
