import { formatEuros as euros } from '../rules/budget/money';
import { typeset } from '../rules/depouillement/french-text';
import type { Scalar } from '../scenario/format/schema';
import type { BinomeDecision } from './decisions';

/** The pack whose pairs take a plan of the year home. */
export const PLAN_PACK_ID = 'co-piloter';

export type Quarter = 't1' | 't2' | 't3' | 't4';

const QUARTERS: readonly { readonly id: Quarter; readonly label: string }[] = [
  { id: 't1', label: '1er trimestre (janvier à mars)' },
  { id: 't2', label: '2e trimestre (avril à juin)' },
  { id: 't3', label: '3e trimestre (juillet à septembre)' },
  { id: 't4', label: '4e trimestre (octobre à décembre)' },
];

/** `prevu`: the step stands as decided; `a-revoir`: the law finds it illegal or risky; `a-convenir`: not decided. */
export type StepStatus = 'prevu' | 'a-revoir' | 'a-convenir';

/** A project of the pack, as the plan lists it. */
export interface PlannedProject {
  readonly id: string;
  readonly label: string;
  /** What the budget carries, TTC, from the pack's variables. */
  readonly cost: number;
}

/** A step the law sets on the year's calendar, or a point of the plan the law asks to review. */
export interface LegalStep {
  readonly id: string;
  readonly heading: string;
  readonly status: StepStatus;
  /** What the pair decided, or why it is to be reviewed, in French. */
  readonly text: string;
  readonly reference: string;
  /** The law's explanation, for a step to review. */
  readonly note?: string;
}

export interface PlanQuarter {
  readonly id: Quarter;
  readonly label: string;
  readonly projects: readonly PlannedProject[];
  readonly steps: readonly LegalStep[];
}

/** The pair's plan of the year (pack « Co-piloter l’année »). */
export interface YearPlan {
  readonly quarters: readonly PlanQuarter[];
  /** Projects put off to next year. */
  readonly deferred: readonly PlannedProject[];
  /** Projects the pair did not place. */
  readonly undecided: readonly PlannedProject[];
  readonly total: number;
  readonly envelope: number;
  /** The total against the envelope, as a step: to review when the projects exceed it. */
  readonly budget: LegalStep;
  /** Every step to review, in the order of the year. */
  readonly toReview: readonly LegalStep[];
}

interface ProjectDef {
  readonly id: string;
  readonly label: string;
  /** The variable the pair's joint choice sets: `t1`…`t4` or `report`. */
  readonly variable: string;
  /** The variable holding its cost TTC. */
  readonly cost: string;
}

const PROJECTS: readonly ProjectDef[] = [
  { id: 'route', label: 'La sécurité routière devant l’école', variable: 'cpRoute', cost: 'coutRoute' },
  { id: 'toiture', label: 'La toiture de l’école', variable: 'cpToiture', cost: 'coutToiture' },
  { id: 'salle', label: 'L’accessibilité de la salle des fêtes', variable: 'cpSalle', cost: 'coutSalle' },
  { id: 'numerique', label: 'Les démarches en ligne', variable: 'cpNumerique', cost: 'coutNumerique' },
  { id: 'aire', label: 'L’aire de jeux', variable: 'cpAire', cost: 'coutAire' },
];

interface StepDef {
  readonly id: string;
  readonly heading: string;
  /** The advised decision that settles it. */
  readonly decision: string;
  /** The quarter it falls in, by the option decided (`*` for any). */
  readonly quarter: Readonly<Record<string, Quarter>>;
  readonly reference: string;
}

const STEPS: readonly StepDef[] = [
  {
    id: 'route',
    heading: 'Les travaux de voirie avant le vote du budget',
    decision: 'route-avant-vote',
    quarter: { attendre: 't2', '*': 't1' },
    reference: 'CGCT L1612-1',
  },
  {
    id: 'salle',
    heading: 'Le plan de financement de la salle des fêtes',
    decision: 'salle-financement',
    quarter: { '*': 't1' },
    reference: 'CGCT L1111-10',
  },
  {
    id: 'budget',
    heading: 'Le vote du budget primitif',
    decision: 'vote-budget',
    quarter: { '*': 't2' },
    reference: 'CGCT L1612-2',
  },
  {
    id: 'publicite',
    heading: 'La publicité des délibérations',
    decision: 'publicite-deliberations',
    quarter: { '*': 't2' },
    reference: 'CGCT L2131-1 ; CGCT L2121-25',
  },
  {
    id: 'toiture',
    heading: 'La consultation pour la toiture',
    decision: 'toiture-procedure',
    quarter: { '*': 't2' },
    reference: 'CCP R2122-8 ; CCP R2131-12 ; CCP L2152-7',
  },
];

const TO_AGREE = 'À convenir ensemble : ce point n’a pas été décidé pendant l’atelier.';

function numberOf(value: Scalar | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function decisionStep(def: StepDef, decisions: readonly BinomeDecision[]): [Quarter, LegalStep] {
  const decided = decisions.find((decision) => decision.decision === def.decision);
  const base = { id: def.id, heading: def.heading };
  if (!decided)
    return [
      def.quarter['*'] ?? 't1',
      { ...base, status: 'a-convenir', text: TO_AGREE, reference: def.reference },
    ];
  const quarter = def.quarter[decided.decided] ?? def.quarter['*'] ?? 't1';
  const label = decided.decidedLabel.replace(/\.$/, '');
  if (decided.verdict === 'illegal' || decided.verdict === 'risque')
    return [
      quarter,
      {
        ...base,
        status: 'a-revoir',
        text: `À revoir ensemble : la décision prise pendant l’atelier (« ${label} ») ${
          decided.verdict === 'illegal' ? 'n’est pas conforme au droit' : 'expose à un risque juridique'
        }.`,
        reference: decided.reference,
        note: decided.explanation,
      },
    ];
  return [quarter, { ...base, status: 'prevu', text: `${label}.`, reference: decided.reference }];
}

/** Works placed before the vote although the pair chose to wait for it: the law asks for the council's leave. */
function earlyWorksStep(
  quarterOf: (id: string) => string,
  decisions: readonly BinomeDecision[],
): LegalStep[] {
  const route = decisions.find((decision) => decision.decision === 'route-avant-vote');
  if (quarterOf('route') !== 't1' || route?.decided !== 'attendre') return [];
  return [
    {
      id: 'route-calendrier',
      heading: 'Des travaux au 1er trimestre, avant le vote du budget',
      status: 'a-revoir',
      text: 'À revoir ensemble : vous avez choisi d’attendre le vote du budget, mais les travaux de voirie sont placés au 1er trimestre.',
      reference: 'CGCT L1612-1',
      note: 'Avant le vote du budget, une dépense d’investissement ne s’engage que sur autorisation du conseil, qui en précise le montant et l’affectation, dans la limite du quart des crédits d’investissement de l’an dernier hors dette (CGCT L1612-1) : faites voter cette autorisation, ou placez les travaux après le vote.',
    },
  ];
}

function budgetStep(total: number, envelope: number): LegalStep {
  const base = { id: 'enveloppe', heading: 'Les projets face à l’enveloppe', reference: 'CGCT L1612-4' };
  if (total <= envelope)
    return {
      ...base,
      status: 'prevu',
      text: `Les projets retenus coûtent ${euros(total)} pour une enveloppe de ${euros(envelope)} : il reste ${euros(envelope - total)}.`,
    };
  return {
    ...base,
    status: 'a-revoir',
    text: `À revoir ensemble : les projets retenus coûtent ${euros(total)}, soit ${euros(total - envelope)} de plus que l’enveloppe de ${euros(envelope)}.`,
    note: 'Le budget est voté en équilibre réel : chaque section en équilibre, les recettes et les dépenses évaluées de façon sincère (CGCT L1612-4). Reportez un projet, ou attendez qu’une recette soit sûre (une subvention accordée) pour l’inscrire par une décision modificative.',
  };
}

function typesetStep(step: LegalStep): LegalStep {
  return {
    ...step,
    heading: typeset(step.heading),
    text: typeset(step.text),
    ...(step.note === undefined ? {} : { note: typeset(step.note) }),
  };
}

/**
 * The pair's plan of the year (issue 18, pack « Co-piloter l’année »): the projects by quarter from the pair's
 * joint choices (`cp…` variables, `report` for next year), their total TTC against the pack's envelope, and the
 * steps the law sets on the calendar from the pair's judged decisions (`judgeChoices`). A decision the law finds
 * illegal or risky is not planned as decided but marked « à revoir » with the law's explanation, and so are
 * projects beyond the envelope (CGCT L1612-4) and works placed before the budget vote when the pair chose to
 * wait for it (CGCT L1612-1).
 */
export function yearPlan(
  decisions: readonly BinomeDecision[],
  vars: Readonly<Record<string, Scalar>>,
): YearPlan {
  const quarterOf = (id: string) => String(vars[PROJECTS.find((def) => def.id === id)?.variable ?? ''] ?? '');
  const projects = PROJECTS.map((def) => ({
    project: { id: def.id, label: typeset(def.label), cost: numberOf(vars[def.cost]) },
    placed: quarterOf(def.id),
  }));
  const placed = projects.filter((entry) => QUARTERS.some((quarter) => quarter.id === entry.placed));
  const total = placed.reduce((sum, entry) => sum + entry.project.cost, 0);
  const envelope = numberOf(vars['enveloppe']);
  const steps = STEPS.map((def) => decisionStep(def, decisions));
  const early = earlyWorksStep(quarterOf, decisions);
  const quarters = QUARTERS.map((quarter) => ({
    ...quarter,
    projects: placed.filter((entry) => entry.placed === quarter.id).map((entry) => entry.project),
    steps: [
      ...steps.filter(([when]) => when === quarter.id).map(([, step]) => step),
      ...(quarter.id === 't1' ? early : []),
    ].map(typesetStep),
  }));
  const budget = typesetStep(budgetStep(total, envelope));
  return {
    quarters,
    deferred: projects.filter((entry) => entry.placed === 'report').map((entry) => entry.project),
    undecided: projects
      .filter((entry) => entry.placed !== 'report' && !placed.includes(entry))
      .map((entry) => entry.project),
    total,
    envelope,
    budget,
    toReview: [budget, ...quarters.flatMap((quarter) => quarter.steps)].filter(
      (step) => step.status === 'a-revoir',
    ),
  };
}
