import { describe, expect, it } from 'vitest';
import { advisedSteps, judgeChoices, type PairChoice } from '../../../../src/core/binome';
import { CONTRACT_PACK_ID, confidenceContract } from '../../../../src/core/binome/contract';
import { repoScenario } from '../../scenarios/scenario-kit';

const { scenario } = repoScenario(CONTRACT_PACK_ID);

const agreed = (decision: string, option: string): PairChoice => ({
  decision,
  advised: option,
  decided: option,
  explained: true,
});

const ORGANISATION = {
  ccDisponibilite: 'creneaux',
  ccDossiers: 'parapheur',
  ccAlerte: 'note',
  ccReunion: 'lundi',
};

const contractOf = (choices: readonly PairChoice[], vars: Record<string, string> = ORGANISATION) =>
  confidenceContract(judgeChoices(scenario, choices), vars);

const byId = (choices: readonly PairChoice[], vars?: Record<string, string>) =>
  Object.fromEntries(contractOf(choices, vars).map((clause) => [clause.id, clause]));

const LAWFUL = [
  agreed('delegation-signature', 'arrete'),
  agreed('etat-civil-titulaire', 'delegue'),
  agreed('delegation-suivi', 'compte-rendu'),
];

describe('the contrat de confiance', () => {
  it('has the clauses of the workshop in order, the law’s with their reference, and a revision clause last', () => {
    const clauses = contractOf(LAWFUL);
    expect(clauses.map((clause) => [clause.id, clause.kind, clause.status])).toEqual([
      ['delegation', 'droit', 'convenu'],
      ['etat-civil', 'droit', 'convenu'],
      ['suivi', 'droit', 'convenu'],
      ['disponibilite', 'organisation', 'convenu'],
      ['dossiers', 'organisation', 'convenu'],
      ['dire-non', 'organisation', 'convenu'],
      ['reunion', 'organisation', 'convenu'],
      ['revision', 'droit', 'convenu'],
    ]);
    for (const clause of clauses) {
      expect(clause.heading.length, clause.id).toBeGreaterThan(5);
      if (clause.kind === 'droit') expect(clause.reference, clause.id).toMatch(/^CGCT [LR]\d/);
      else expect(clause.reference, clause.id).toBeUndefined();
    }
  });

  it.each([
    [
      'delegation-signature',
      'arrete',
      'delegation',
      'convenu',
      'CGCT L2122-19 3°',
      /par arrêté.*désigné par son nom/,
    ],
    [
      'delegation-signature',
      'oral',
      'delegation',
      'a-revoir',
      'CGCT L2122-19 3°',
      /n’est pas conforme au droit/,
    ],
    ['delegation-signature', 'poste', 'delegation', 'a-revoir', 'CGCT L2122-19 3°', /risque juridique/],
    ['etat-civil-titulaire', 'delegue', 'etat-civil', 'convenu', 'CGCT R2122-10', /fonctionnaire titulaire/],
    [
      'etat-civil-titulaire',
      'elus',
      'etat-civil',
      'convenu',
      'CGCT R2122-10',
      /élu officier de l’état civil/,
    ],
    ['etat-civil-titulaire', 'tampon', 'etat-civil', 'a-revoir', 'CGCT R2122-10', /n’est pas conforme/],
    [
      'etat-civil-non-titulaire',
      'elus',
      'etat-civil',
      'convenu',
      'CGCT R2122-10',
      /reste signé par le maire/,
    ],
    ['etat-civil-non-titulaire', 'delegue', 'etat-civil', 'a-revoir', 'CGCT R2122-10', /n’est pas conforme/],
    ['etat-civil-non-titulaire', 'urgence', 'etat-civil', 'a-revoir', 'CGCT R2122-10', /n’est pas conforme/],
    ['delegation-suivi', 'compte-rendu', 'suivi', 'convenu', 'CGCT L2122-19 3°', /chaque semaine/],
    ['delegation-suivi', 'contreseing', 'suivi', 'convenu', 'CGCT L2122-19 3°', /contresigne/],
    ['delegation-suivi', 'dessaisi', 'suivi', 'a-revoir', 'CGCT L2122-19 3°', /risque juridique/],
  ] as const)('%s decided %s → clause %s %s (%s)', (decision, option, clause, status, reference, text) => {
    const written = byId([agreed(decision, option)])[clause];
    expect(written?.status).toBe(status);
    expect(written?.reference).toBe(reference);
    expect(written?.text).toMatch(text);
    // A clause to review carries the law's explanation; an agreed one does not need it.
    if (status === 'a-revoir') expect(written?.note).toMatch(/CGCT [LR]2122-1\d/);
    else expect(written?.note).toBeUndefined();
  });

  it.each([
    ['ccDisponibilite', 'disponibilite', 'quotidien', /chaque jour/],
    ['ccDisponibilite', 'disponibilite', 'demande', /à la demande/],
    ['ccDossiers', 'dossiers', 'courriel', /par courriel/],
    ['ccDossiers', 'dossiers', 'reunion', /réunion de la semaine/],
    ['ccAlerte', 'dire-non', 'oral', /sans écrit/],
    ['ccAlerte', 'dire-non', 'tiers', /centre de gestion/],
    ['ccReunion', 'reunion', 'vendredi', /vendredi/],
    ['ccReunion', 'reunion', 'besoin', /Pas de réunion fixe/],
  ] as const)('%s = %s → clause %s', (variable, clause, value, text) => {
    const written = byId(LAWFUL, { ...ORGANISATION, [variable]: value })[clause];
    expect(written?.status).toBe('convenu');
    expect(written?.text).toMatch(text);
  });

  it('leaves a point not decided « à convenir », whether a decision or a joint choice', () => {
    const clauses = byId([], { ...ORGANISATION, ccReunion: 'attente' });
    for (const id of ['delegation', 'etat-civil', 'suivi', 'reunion'])
      expect([clauses[id]?.status, clauses[id]?.text], id).toEqual([
        'a-convenir',
        'À convenir ensemble\u00a0: ce point n’a pas été décidé pendant l’atelier.',
      ]);
    expect(clauses['delegation']?.reference).toBe('CGCT L2122-19 3°');
  });

  it('has its own wording for every lawful option of the pack and every joint choice, never the option’s label', () => {
    for (const step of advisedSteps(scenario))
      for (const option of step.options) {
        const key = `${step.decision}.${option.id}`;
        const choice = agreed(step.decision, option.id);
        const [judged] = judgeChoices(scenario, [choice]);
        expect(judged, key).toBeDefined();
        if (!judged || judged.verdict === 'illegal' || judged.verdict === 'risque') continue;
        const written = contractOf([choice]).filter(
          (clause) => clause.kind === 'droit' && clause.status === 'convenu' && clause.id !== 'revision',
        );
        expect(written, key).toHaveLength(1);
        expect(written[0]?.text, key).not.toBe(judged.decidedLabel);
      }
    for (const step of Object.values(scenario.steps)) {
      if (step.type !== 'choice' || step.decision !== undefined) continue;
      for (const option of step.options)
        for (const effect of option.effects ?? []) {
          if (effect.type !== 'setVar' || effect.var === 'sgmStatut') continue;
          const clauses = contractOf(LAWFUL, { ...ORGANISATION, [effect.var]: String(effect.value) });
          expect(
            clauses.some((clause) => clause.kind === 'organisation' && clause.status === 'convenu'),
            `${effect.var}=${String(effect.value)}`,
          ).toBe(true);
          expect(
            clauses.filter((clause) => clause.status === 'a-convenir'),
            effect.var,
          ).toEqual([]);
        }
    }
  });

  it('is typeset in French: non-breaking spaces before « : ; ? ! », inside guillemets', () => {
    const texts = contractOf([agreed('delegation-signature', 'oral')]).flatMap((clause) => [
      clause.heading,
      clause.text,
      clause.note ?? '',
    ]);
    for (const text of texts) expect(text).not.toMatch(/ [:;?!»]|« /);
  });
});
