import { describe, expect, it } from 'vitest';
import { defaultKnowledge, validateScenario, type ScenarioError } from '../../../../src/core/scenario';
import { repoCatalogue } from './repo-scenarios';

/** The tutorial as the validators read it (compiled), a scenario every check accepts, changed one thing at a time. */
const base = JSON.parse(JSON.stringify(repoCatalogue().scenarios['premier-jour'])) as Record<
  string,
  unknown
> & {
  texts: Record<string, string>;
  variants: { id: string; label: string; vars: Record<string, unknown> }[];
  vars: Record<string, unknown>;
};
const knowledge = defaultKnowledge();

function errorsOf(change: (scenario: typeof base) => void): ScenarioError[] {
  const scenario = structuredClone(base);
  change(scenario);
  const result = validateScenario(scenario, 'essai.json', knowledge);
  return result.ok ? [] : result.error;
}

/** The errors of the scenario with one more text, `essai`. */
function textErrors(text: string, vars: Record<string, unknown> = {}): ScenarioError[] {
  return errorsOf((scenario) => {
    scenario.texts['essai'] = text;
    for (const variant of scenario.variants) Object.assign(variant.vars, vars);
  });
}

describe('the world check (erratum 7: the world is one)', () => {
  it('accepts the tutorial as it is', () => {
    expect(errorsOf(() => undefined)).toEqual([]);
  });

  it('erratum 7 — the world check refuses a scenario that renames the technical agent', () => {
    const errors = textErrors('Dans la cour, l’agent technique, M. Daniel Roche, vous fait signe.');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: 'texts.essai',
      expected: 'M. Didier Caron',
      found: '"M. Daniel Roche"',
    });
    expect(errors[0]?.message).toBe(
      'Le monde de Saint-Aubin-sur-Loire donne ce rôle (« agent technique ») à M. Didier Caron ' +
        '(agent technique polyvalent (voirie, bâtiments, espaces verts)) : écrivez {agentTechnique}.',
    );
  });

  it.each([
    [
      'a variant',
      (s: typeof base) =>
        s.variants[0] ? (s.variants[0].vars['agentTechnique'] = 'M. Daniel Roche') : undefined,
      'variants[0].vars.agentTechnique',
    ],
    [
      'the defaults, with another value',
      (s: typeof base) => (s.vars['commune'] = 'Saint-Aubin'),
      'vars.commune',
    ],
    [
      'a computed variable',
      (s: typeof base) => ((s['computed'] as Record<string, unknown>)['maire'] = 'M. X'),
      'computed.maire',
    ],
    [
      'a setVar effect',
      (s: typeof base) => {
        const steps = s['steps'] as Record<string, { effects?: unknown[] }>;
        const first = steps['accueil'];
        if (first) first.effects = [{ type: 'setVar', var: 'bureauDeVote', value: 'la salle du conseil' }];
      },
      'steps.accueil.effects[0].var',
    ],
  ])('erratum 7 (a) — a world variable set by %s is refused', (_label, change, path) => {
    const errors = errorsOf(change);
    expect(errors.map((error) => error.path)).toEqual([path]);
    expect(errors[0]?.message).toMatch(/est une variable du monde .* un scénario la lit, il ne la fixe pas/);
  });

  it('erratum 7 (a) — a default equal to the world’s is dead data, not a contradiction', () => {
    expect(errorsOf((s) => (s.vars['commune'] = 'Saint-Aubin-sur-Loire'))).toEqual([]);
  });

  it.each([
    ['after the role', 'L’agent technique, M. Daniel Roche, répare la porte.', 'M. Daniel Roche'],
    ['before the role', 'M. Didier Morel, agent technique, vous appelle.', 'M. Didier Morel'],
    [
      'without civility, before the role',
      'Sandrine Pichon, l’ATSEM de l’école, vous sourit.',
      'Sandrine Pichon',
    ],
    ['with the civility only', 'Mme Pichon, ATSEM, vous sourit.', 'Mme Pichon'],
    ['an adjoint by his delegation', 'M. Jean-Marc Tessier, premier adjoint, signe.', 'M. Jean-Marc Tessier'],
    ['the maire', 'La maire, Mme Sophie Marchand, ouvre la séance.', 'Mme Sophie Marchand'],
    ['the same surname, another first name', 'M. Daniel Caron, agent technique, passe.', 'M. Daniel Caron'],
  ])('erratum 7 (b) — a person in a world role named otherwise is refused: %s', (_label, text, found) => {
    const errors = textErrors(text);
    expect(errors.map((error) => [error.path, error.found])).toEqual([
      ['texts.essai', JSON.stringify(found)],
    ]);
  });

  it.each([
    ['the world variable', '{agentTechnique}, agent technique, vous appelle.'],
    ['the surname alone', 'M. Caron, l’agent technique, vous appelle.'],
    ['the full name', 'L’ATSEM, Mme Laura Petit, accompagne les enfants.'],
    ['someone spoken to', 'Madame la maire, M. Benali attend au guichet.'],
    ['a namesake in another role', 'M. Bernard Caron, scrutateur, compte les bulletins.'],
    ['the maire of another commune', 'Le maire de Varennes-sur-Aubance appelle.'],
    ['an adjointe by her delegation', 'Mme Sophie Marchand, adjointe chargée des écoles, arrive.'],
  ])('erratum 7 (b) — no false alarm: %s', (_label, text) => {
    expect(textErrors(text)).toEqual([]);
  });

  it.each([
    [
      'the salle du conseil',
      'L’unique bureau de vote de {commune}, installé dans la salle du conseil, ouvre.',
      'salle du conseil',
    ],
    ['the school', 'Le bureau de vote est à l’école Jules-Verne cette année.', 'école Jules-Verne'],
  ])(
    'erratum 7 (c) — the polling station elsewhere than the world’s is refused: %s',
    (_label, text, found) => {
      const errors = textErrors(text);
      expect(errors.map((error) => [error.path, error.found])).toEqual([
        ['texts.essai', JSON.stringify(found)],
      ]);
      expect(errors[0]?.message).toContain(
        'le bureau de vote est dans la salle des fêtes : écrivez {bureauDeVote}',
      );
    },
  );

  it.each([
    [
      'the world variable',
      'L’unique bureau de vote de {commune}, installé dans {bureauDeVote}, ouvre à 8 h.',
    ],
    ['the members going back to the mairie', 'Les membres du bureau de vote signent le procès-verbal.'],
  ])('erratum 7 (c) — no false alarm: %s', (_label, text) => {
    expect(textErrors(text)).toEqual([]);
  });

  it.each([
    ['last year’s rate', 'Taux du foncier bâti de l’an dernier : 36,40 %.', '36,40 %'],
    ['a year’s rate', 'En 2024, le taux du foncier bâti était de 39,2 %.', '39,2 %'],
    ['a rate from a variant', 'Taux TFPB : {tauxTFPB|nombre} %.', '36,40 %'],
  ])('erratum 7 (d) — a figure quoted with another value is refused: %s', (_label, text, found) => {
    const errors = textErrors(text, { tauxTFPB: 36.4 });
    expect(errors.map((error) => [error.path, error.found])).toEqual([
      ['texts.essai', JSON.stringify(found)],
    ]);
    expect(errors[0]?.message).toContain('taux de la taxe foncière sur les propriétés bâties');
  });

  it('erratum 7 (d) — a document field is read as « label : value »', () => {
    const errors = errorsOf((scenario) => {
      scenario.texts['doc.tfpb'] = 'Taxe foncière sur les propriétés bâties (TFPB)';
      scenario.texts['doc.tfpb.v'] = 'base 890 000 € ; taux de l’an dernier 36,40 %';
      const documents = scenario['documents'] as Record<string, { fields: unknown[] }>;
      documents['cni']?.fields.push({ id: 'tfpb', label: 'doc.tfpb', value: 'doc.tfpb.v' });
    });
    expect(errors.map((error) => [error.path, error.found])).toEqual([
      ['documents.cni.fields[4]', '"36,40 %"'],
    ]);
  });

  it.each([
    ['the world variable', 'Taux TFPB {dernierExercice} : {tauxFoncierBati|nombre} %.'],
    ['two rates in one sentence', 'TFPB 2025 : 39,2 % ; TFPNB 2025 : 48,2 %.'],
    ['an older year’s rate', 'En 2023, le foncier bâti était à 38,5 %.'],
  ])('erratum 7 (d) — no false alarm: %s', (_label, text) => {
    expect(textErrors(text)).toEqual([]);
  });

  it.each([
    [
      'the maternity ward of the commune',
      '« Née à la maternité de {commune}. »',
      'maternité de Saint-Aubin-sur-Loire',
    ],
    ['its short name', 'Il est né à la maternité de Saint-Aubin.', 'maternité de Saint-Aubin'],
    ['a « communal » clinic', 'La clinique communale est fermée le dimanche.', 'clinique communale'],
  ])('erratum 7 (e) — a place the commune does not have is refused: %s', (_label, text, found) => {
    const errors = textErrors(text);
    expect(errors.map((error) => [error.path, error.found])).toEqual([
      ['texts.essai', JSON.stringify(found)],
    ]);
    expect(errors[0]?.message).toContain('on y va à la maternité du centre hospitalier de Saumur');
  });

  it('erratum 7 (e) — no false alarm on the maternity ward where it is', () => {
    expect(textErrors('Elle est née à {maternite}, à {communeMaternite}.')).toEqual([]);
  });
});
