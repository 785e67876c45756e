import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, pairChoicesOf } from '../../../src/core/binome';
import { advanceRun, autoplay, startRun, viewOf } from '../../../src/core/scenario';
import { expectJointChoices, expectLegalPointsStaged } from './binome-pack-kit';
import { choose, evidenceOf, markOf, playGoodBotExcept, repoScenario, submit } from './scenario-kit';

const ID = 'contrat-de-confiance';
const { scenario, program } = repoScenario(ID);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;
/** The points the law frames: private cards, a discussion, an advised decision, the law. */
const LEGAL = ['delegation', 'etat-civil', 'suivi'];
/** The points of organisation: private cards where they make sense, then the pair's joint choice. */
const JOINT: Readonly<Record<string, string>> = {
  statut: 'sgmStatut',
  'disponibilite-choix': 'ccDisponibilite',
  'dossiers-choix': 'ccDossiers',
  'dire-non-choix': 'ccAlerte',
  'reunion-choix': 'ccReunion',
};
const REFERENCE = /CGCT [LR]2122-1\d/;

describe('pack « Contrat de confiance »: its shape', () => {
  it('gives each legal point a private card for each seat, a discussion and the law', () => {
    expectLegalPointsStaged(scenario, LEGAL);
  });

  it('leaves the points of organisation unjudged: joint choices with no advice, decision or verdict', () => {
    expectJointChoices(scenario, JOINT, true);
  });
});

describe('pack « Contrat de confiance »: scoring', () => {
  it.each([
    ['titulaire', 'etat-civil-titulaire'],
    ['non-titulaire', 'etat-civil-non-titulaire'],
  ])(
    'a SGM %s: the état civil is judged by its own decision; the good pair scores 20/20',
    (status, decision) => {
      const run = playGoodBotExcept(program, 0, { statut: choose(status) });
      expect(run.snapshot.status).toBe('done');
      expect(run.snapshot.context.vars['sgmStatut']).toBe(status);
      const { evidence } = run.snapshot.context;
      expect(evidence.map((item) => item.step)).toEqual([
        'delegation-signature',
        decision,
        'delegation-suivi',
      ]);
      expect(evidence.every((item) => item.verdict === 'conforme' && item.role === 'maire')).toBe(true);
      expect(markOf(scenario, evidence)).toBe(20);
    },
    SLOW,
  );

  it(
    'the careless pair scores far less, each mistake explained with its reference',
    () => {
      const careless = autoplay(program, { seed: 0 }, 'careless', 0);
      expect(careless.stoppedBecause).toBeNull();
      const { evidence } = careless.snapshot.context;
      expect(evidence).toHaveLength(3);
      expect(markOf(scenario, evidence)).toBeLessThan(4);
      for (const item of evidence) {
        expect(item.verdict, item.step).not.toBe('conforme');
        expect(item.explanation, item.step).toMatch(REFERENCE);
      }
    },
    SLOW,
  );

  it('cites the CGCT in every scored reference and explanation, never the unverified mention of the SGM in L2122-19', () => {
    for (const [id, decision] of Object.entries(scenario.scoring)) {
      expect(decision.reference, id).toMatch(REFERENCE);
      for (const [option, outcome] of Object.entries(decision.options ?? {})) {
        const why = scenario.texts[outcome.explanation] ?? '';
        expect(why, `${id}.${option}`).toMatch(REFERENCE);
        // legal-facts.md §0 bis 9: a mention of the SGM in L2122-19 by the loi 2023-1380 is [M], not to be scored.
        expect(why, `${id}.${option}`).not.toMatch(/2023-1380/);
      }
    }
  });

  it('judges the état civil by the SGM’s status: only a titulaire may receive it (CGCT R2122-10)', () => {
    const verdict = (decision: string, option: string) =>
      scenario.scoring[decision]?.options?.[option]?.verdict;
    expect(verdict('etat-civil-titulaire', 'delegue')).toBe('conforme');
    expect(verdict('etat-civil-non-titulaire', 'delegue')).toBe('illegal');
    expect(verdict('etat-civil-non-titulaire', 'urgence')).toBe('illegal');
    expect(verdict('etat-civil-titulaire', 'tampon')).toBe('illegal');
    expect(verdict('delegation-signature', 'oral')).toBe('illegal');
    expect(verdict('delegation-signature', 'poste')).toBe('risque');
  });

  it(
    'an illegal act is illegal whoever pushed for it: the SGM advising well does not save an illegal decision',
    () => {
      let snapshot = startRun(program, { seed: 7 });
      for (let guard = 0; guard < 60; guard += 1) {
        const stepId = viewOf(program, snapshot)?.stepId;
        if (stepId === 'etat-civil-non-titulaire-decision') break;
        snapshot =
          stepId === 'statut'
            ? advanceRun(program, snapshot, choose('non-titulaire')).snapshot
            : autoplay(program, { seed: 7 }, 'good', 7, 1, snapshot).snapshot;
      }
      const advised = advanceRun(program, snapshot, submit({ conseil: 'elus', explication: 'R2122-10' }));
      expect(advised.accepted).toBe(true);
      const overruled = advanceRun(program, advised.snapshot, choose('delegue'));
      expect(evidenceOf(overruled.snapshot, 'etat-civil-non-titulaire')?.verdict).toBe('illegal');
      const followed = advanceRun(program, advised.snapshot, choose('elus'));
      expect(evidenceOf(followed.snapshot, 'etat-civil-non-titulaire')?.verdict).toBe('conforme');
    },
    SLOW,
  );

  it(
    'gives the pair a result code tagged CC that decodes to its choices',
    () => {
      const run = playGoodBotExcept(program, 7, { statut: choose('non-titulaire') });
      const choices = pairChoicesOf(run.snapshot.context);
      expect(choices).toHaveLength(3);
      const code = encodeResult(scenario, 7, choices);
      expect(code).toMatch(/^CC1-7-/);
      const decoded = decodeResult(code ?? '', [scenario]);
      expect(decoded.ok && decoded.value.choices).toEqual(choices);
    },
    SLOW,
  );
});
