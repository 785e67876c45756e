import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultKnowledge, validateScenario, type ScenarioError } from '../../../../src/core/scenario';
import { validateSource } from '../../../../src/core/scenario/format/parse';
import { compileSource, fieldIdOf } from '../../../../src/core/scenario/format/source-compile';
import { sourceSchema } from '../../../../src/core/scenario/format/source-schema';
import { compileVariants } from '../../../../src/core/scenario/format/source-variants';

type Source = Record<string, unknown> & {
  steps: Record<string, Record<string, unknown> & { options?: Record<string, unknown>[] }>;
  documents: Record<string, { fields: unknown[][] }>;
  variants?: Record<string, unknown>[];
  axes?: Record<string, unknown>;
};

/** The tutorial's source, which every check accepts, to change one thing at a time. */
const tutorial = JSON.parse(readFileSync('scenarios/premier-jour.json', 'utf8')) as Source;
const knowledge = defaultKnowledge();

function compiled(change: (source: Source) => void = () => undefined) {
  const source = structuredClone(tutorial);
  change(source);
  return validateSource(source, 'essai.json', knowledge);
}

function errorsOf(change: (source: Source) => void): ScenarioError[] {
  const result = compiled(change);
  return result.ok ? [] : result.error;
}

describe('scenario format 2: the compiler', () => {
  it('compiles the tutorial into the runtime form the validators accept', () => {
    const result = compiled();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validateScenario(result.value, 'essai.json', knowledge).ok).toBe(true);
  });

  it('moves each inline text to the text table under an id naming its place', () => {
    const result = compiled();
    if (!result.ok) throw new Error('tutorial refused');
    const { texts, steps, scoring, cast, documents } = result.value;
    const suite = steps['demande-suite'];
    expect(suite?.type).toBe('choice');
    if (suite?.type !== 'choice') return;
    expect(suite.prompt).toBe('demande-suite.prompt');
    expect(suite.options.map((option) => option.label)).toEqual([
      'demande-suite.option.delivrer',
      'demande-suite.option.completer',
      'demande-suite.option.nantes',
    ]);
    expect(texts['demande-suite.option.completer']).toMatch(/^Je lui fais compléter/);
    expect(scoring['suite-demande']?.options?.['completer']).toEqual({
      verdict: 'conforme',
      explanation: 'demande-suite.option.completer.why',
    });
    expect(cast['maire']?.name).toBe('cast.maire');
    expect(documents?.['cni']?.fields[0]).toEqual({
      id: 'nom',
      label: 'doc.cni.nom',
      value: 'doc.cni.nom.v',
    });
    expect(texts['doc.cni.nom.v']).toBe('FABRE');
  });

  it('gives a dialogue its speaker’s role, and a timed choice’s verdict to `timeout`', () => {
    const result = compiled((source) => {
      delete source.steps['accueil']?.['role'];
    });
    if (!result.ok) throw new Error('tutorial refused');
    expect(result.value.steps['accueil']).toMatchObject({ speaker: 'maire', role: 'maire' });
    expect(result.value.scoring['naissance-dans-delai']?.options?.['timeout']?.verdict).toBeDefined();
  });

  it('names a document field written as a pair by its label, without accents or punctuation', () => {
    expect(fieldIdOf('Nom')).toBe('nom');
    expect(fieldIdOf('Date de naissance')).toBe('date-de-naissance');
    expect(fieldIdOf('Qualité du demandeur (lien)')).toBe('qualite-du-demandeur-lien');
    expect(fieldIdOf('  Prénoms ')).toBe('prenoms');
  });

  it('refuses a format 1 file with one message saying how to convert it', () => {
    const old: unknown = JSON.parse(readFileSync('tests/fixtures/format-1/premier-jour.json', 'utf8'));
    const result = validateSource(old, 'ancien.json', knowledge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]).toMatchObject({ path: 'format' });
    expect(result.error[0]?.message).toContain('npm run cli -- upgrade');
  });
});

describe('scenario format 2: errors point into the source', () => {
  it('a markup in an option’s label, at the option', () => {
    const errors = errorsOf((source) => {
      const option = source.steps['demande-suite']?.options?.[2];
      if (option) option['label'] = 'Voir <b>Nantes</b>';
    });
    expect(errors.map((error) => error.path)).toContain('steps.demande-suite.options[2].label');
  });

  it('an unknown variable in an explanation, at the explanation', () => {
    const errors = errorsOf((source) => {
      const option = source.steps['demande-suite']?.options?.[0];
      if (option) option['explanation'] = 'Née à {villeInconnue}.';
    });
    expect(errors.find((error) => error.message.includes('villeInconnue'))?.path).toBe(
      'steps.demande-suite.options[0].explanation',
    );
  });

  it('a scored option without verdict, at that option', () => {
    const errors = errorsOf((source) => {
      const option = source.steps['demande-suite']?.options?.[2];
      if (option) delete option['verdict'];
    });
    expect(errors.find((error) => error.message.includes('« nantes »'))?.path).toBe(
      'steps.demande-suite.options[2]',
    );
  });

  it('a timed choice without the timeout’s verdict, at its timer', () => {
    const errors = errorsOf((source) => {
      const timer = source.steps['naissance-dans-delai']?.['timer'] as Record<string, unknown>;
      delete timer['verdict'];
    });
    expect(errors.find((error) => error.message.includes('minuteur'))?.path).toBe(
      'steps.naissance-dans-delai.timer',
    );
  });

  it('a verdict on a choice that measures no decision, at the step’s decision', () => {
    const errors = errorsOf((source) => {
      delete source.steps['demande-suite']?.['decision'];
    });
    expect(errors.find((error) => error.message.includes('pas de « decision »'))?.path).toBe(
      'steps.demande-suite.decision',
    );
  });

  it('a competence the scenario does not list, in the decision of its step', () => {
    const errors = errorsOf((source) => {
      const decision = source.steps['demande-suite']?.['decision'] as { competences: string[] };
      decision.competences = ['RNCP41781-BC03-01'];
    });
    expect(errors.map((error) => error.path)).toContain('steps.demande-suite.decision.competences[0]');
  });

  it('a text in a document field, at its pair', () => {
    const errors = errorsOf((source) => {
      const fields = source.documents['cni']?.fields;
      if (fields) fields[0] = ['Nom', '<script>FABRE</script>'];
    });
    expect(errors.map((error) => error.path)).toContain('documents.cni.fields[0][1]');
  });
});

describe('scenario format 2: variants from axes', () => {
  const header = JSON.parse(readFileSync('scenarios/premier-jour.json', 'utf8')) as Record<string, unknown>;
  const withAxes = (
    axes: Record<string, { id: string; vars: Record<string, number> }[]>,
    variants?: unknown,
  ) => sourceSchema.parse({ ...header, variants, axes });

  it('without written variants, every combination is a variant, first axis slowest', () => {
    const source = withAxes({
      visiteur: [
        { id: 'fille', vars: { a: 1 } },
        { id: 'voisin', vars: { a: 2 } },
      ],
      defaut: [
        { id: 'aucun', vars: { b: 1 } },
        { id: 'date', vars: { b: 2 } },
        { id: 'nom', vars: { b: 3 } },
      ],
    });
    const { variants, problems } = compileVariants(source);
    expect(problems).toEqual([]);
    expect(variants?.map((variant) => variant.id)).toEqual([
      'fille.aucun',
      'fille.date',
      'fille.nom',
      'voisin.aucun',
      'voisin.date',
      'voisin.nom',
    ]);
    expect(variants?.[4]?.vars).toEqual({ a: 2, b: 2 });
  });

  it('holds each combination once, whatever the sizes of the axes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), (sizes) => {
        const axes = Object.fromEntries(
          sizes.map((size, axis) => [
            `axe${axis}`,
            Array.from({ length: size }, (_, value) => ({ id: `v${value}`, vars: { [`x${axis}`]: value } })),
          ]),
        );
        const variants = compileVariants(withAxes(axes)).variants ?? [];
        expect(variants).toHaveLength(sizes.reduce((product, size) => product * size, 1));
        expect(new Set(variants.map((variant) => JSON.stringify(variant.vars))).size).toBe(variants.length);
      }),
    );
  });

  it('written variants keep their order and ids, and take the values they pick', () => {
    const axes = {
      visiteur: [
        { id: 'fille', vars: { a: 1 } },
        { id: 'voisin', vars: { a: 2 } },
      ],
    };
    const source = withAxes(axes, [
      { id: 'mars', label: 'Mars', pick: { visiteur: 'voisin' }, vars: { b: 3 } },
      { id: 'juin', label: 'Juin', pick: { visiteur: 'fille' } },
    ]);
    const { variants } = compileVariants(source);
    expect(variants?.map(({ id, vars }) => ({ id, vars }))).toEqual([
      { id: 'mars', vars: { a: 2, b: 3 } },
      { id: 'juin', vars: { a: 1 } },
    ]);
  });

  it('a variant that picks no known value of an axis is refused at its pick', () => {
    const source = withAxes({ visiteur: [{ id: 'fille', vars: { a: 1 } }] }, [
      { id: 'mars', label: 'Mars', pick: { visiteur: 'cousin' } },
    ]);
    expect(compileVariants(source).problems.map((problem) => problem.path)).toEqual([
      'variants[0].pick.visiteur',
    ]);
  });

  it('compiles the guichet’s hand-combined variants with their ids and variables unchanged', () => {
    const source = sourceSchema.parse(
      JSON.parse(readFileSync('scenarios/guichet-etat-civil.json', 'utf8')) as unknown,
    );
    expect(Object.keys(source.axes ?? {}).length).toBeGreaterThanOrEqual(6);
    const result = compileSource(source);
    expect(result.problems).toEqual([]);
    const variants = result.compiled['variants'] as { id: string; vars: Record<string, unknown> }[];
    expect(variants.map((variant) => variant.id)).toContain('octobre-2026');
    expect(variants.every((variant) => Object.keys(variant.vars).length === 46)).toBe(true);
  });
});
