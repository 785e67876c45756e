import type { ScenarioFile, StepDef } from '../scenario/format/schema';
import { textOf } from '../scenario/runtime/values';
import type { Scalar } from '../scenario/format/schema';
import type { Verdict } from '../scoring/evidence';

type AdvisedStep = Extract<StepDef, { type: 'choice' }> & { readonly decision: string };

/** Who gave way on a decision: the élu (followed the advice against the pull of their card), the SGM, nobody. */
export type GaveWay = 'elu' | 'sgm' | 'aucun';

/** What a pair did on one advised decision: plain data, the same whether read from a run or from a result code. */
export interface PairChoice {
  readonly decision: string;
  readonly advised: string;
  readonly decided: string;
  /** The SGM explained the advice. */
  readonly explained: boolean;
}

/** One advised decision as the pair's debrief shows it, judged by the pack's scoring. */
export interface BinomeDecision extends PairChoice {
  /** The situation, e.g. « Un habitant en colère au guichet ». */
  readonly topic: string;
  readonly advisedLabel: string;
  readonly decidedLabel: string;
  readonly agreed: boolean;
  readonly gaveWay: GaveWay;
  /** How the law judges the act decided, whoever wanted it. */
  readonly verdict: Verdict;
  /** Why, in French, for the decided option. */
  readonly explanation: string;
  readonly reference: string;
}

/** The advised decisions of a pack, in the order of its file: the order a result code numbers them in. */
export function advisedSteps(scenario: ScenarioFile): AdvisedStep[] {
  return Object.values(scenario.steps).filter(
    (step): step is AdvisedStep =>
      step.type === 'choice' && step.advice !== undefined && step.decision !== undefined,
  );
}

/**
 * Who gave way: when the élu decides against the advice, the SGM yields (the élu decides); when the élu follows
 * an advice that goes against the option their private card pushed towards, the élu yields.
 */
export function gaveWayOn(choice: PairChoice, pressure: string | undefined): GaveWay {
  if (choice.decided !== choice.advised) return 'sgm';
  if (pressure !== undefined && choice.decided !== pressure) return 'elu';
  return 'aucun';
}

/**
 * The debrief of the pair's choices, judged by the pack's own scoring (so a result code decoded by the facilitator
 * gives the same verdicts as the pair's run). A choice naming an unknown decision or option is left out.
 */
export function judgeChoices(
  scenario: ScenarioFile,
  choices: readonly PairChoice[],
  vars: Readonly<Record<string, Scalar>> = scenario.vars ?? {},
): BinomeDecision[] {
  const steps = new Map(advisedSteps(scenario).map((step) => [step.decision, step]));
  return choices.flatMap((choice) => {
    const step = steps.get(choice.decision);
    const scoring = scenario.scoring[choice.decision];
    const outcome = scoring?.options?.[choice.decided];
    const advised = step?.options.find((option) => option.id === choice.advised);
    const decided = step?.options.find((option) => option.id === choice.decided);
    if (!step?.advice || !scoring || !outcome || !advised || !decided) return [];
    const t = (id: string) => textOf(scenario, id, vars);
    return [
      {
        ...choice,
        topic: t(step.advice.topic),
        advisedLabel: t(advised.label),
        decidedLabel: t(decided.label),
        agreed: choice.advised === choice.decided,
        gaveWay: gaveWayOn(choice, step.advice.pressure),
        verdict: outcome.verdict,
        explanation: t(outcome.explanation),
        reference: outcome.reference ?? scoring.reference,
      },
    ];
  });
}

/** The pair's choices in a run's context, in the order they were decided. */
export function pairChoicesOf(context: {
  readonly advice: Readonly<Record<string, { readonly optionId: string; readonly explanation: string }>>;
  readonly choices: Readonly<Record<string, string>>;
}): PairChoice[] {
  return Object.entries(context.advice).flatMap(([decision, advice]) => {
    const decided = context.choices[decision];
    return decided === undefined
      ? []
      : [{ decision, advised: advice.optionId, decided, explained: advice.explanation !== '' }];
  });
}
