import { judgeChoices, pairChoicesOf } from '../../core/binome';
import { yearDashboard, type DashboardMeter } from '../../core/binome/dashboard';
import { yearPlan, type LegalStep, type StepStatus } from '../../core/binome/plan';
import { formatEuros } from '../../core/rules/budget/money';
import { typeset } from '../../core/rules/depouillement/french-text';
import type { ScenarioFile } from '../../core/scenario';
import type { MeterChange, ScenarioContext } from '../../core/scenario/runtime/context';
import { seatName, type Pair } from './binome-presenter';

/** One meter of the dashboard as a line of text: its name, its value, where it goes. */
export interface DashboardLine {
  readonly meter: string;
  readonly label: string;
  /** « 64 / 100 », kept on one line. */
  readonly value: string;
  /** « en hausse de 4 depuis le début de l’année (une hausse est une charge) ». */
  readonly trend: string;
  /** The last cause, when a choice moved it. */
  readonly lastReason: string;
}

/** One step of the plan as the screen shows it. */
export interface PlanStepLine {
  readonly id: string;
  readonly status: StepStatus;
  /** Empty for a step that stands; « À revoir », « À convenir » otherwise. */
  readonly statusLabel: string;
  readonly heading: string;
  readonly text: string;
  readonly note: string;
  readonly reference: string;
}

/** One quarter of the plan: the projects the pair placed there and the law's steps that fall in it. */
export interface PlanQuarterLine {
  readonly id: string;
  readonly label: string;
  /** « La toiture de l’école : 141 600 € ». */
  readonly projects: readonly string[];
  readonly steps: readonly PlanStepLine[];
}

/** The printable plan of the year, as the plan screen shows it. */
export interface PlanModel {
  readonly heading: string;
  readonly parties: string;
  readonly preamble: string;
  /** Empty when nothing is to review; else how many points to take up again. */
  readonly reviewLine: string;
  readonly budget: PlanStepLine;
  readonly quarters: readonly PlanQuarterLine[];
  /** « Reporté en 2028 : … », or empty. */
  readonly deferredLine: string;
  /** « Pas encore placé : … », or empty. */
  readonly undecidedLine: string;
  readonly dashboard: readonly DashboardLine[];
}

const STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  prevu: '',
  'a-revoir': 'À revoir',
  'a-convenir': 'À convenir',
};

function stepLine(step: LegalStep): PlanStepLine {
  return {
    id: step.id,
    status: step.status,
    statusLabel: STATUS_LABELS[step.status],
    heading: step.heading,
    text: step.text,
    note: step.note ?? '',
    reference: step.reference,
  };
}

function trendLine(meter: DashboardMeter): string {
  const moved = meter.delta === 0 ? 'stable' : `${meter.trend} de ${Math.abs(meter.delta)}`;
  const burden = meter.burden ? ' (une hausse est une charge)' : '';
  return `${moved} depuis le début de l’année${burden}`;
}

/** The year's dashboard as lines of text (values and trends in words, never colour alone). */
export function presentDashboard(changes: readonly MeterChange[]): DashboardLine[] {
  return yearDashboard(changes).map((meter) => ({
    meter: meter.meter,
    label: meter.label,
    value: `${meter.value}\u00a0/\u00a0100`,
    trend: trendLine(meter),
    lastReason: meter.reasons[0] ?? '',
  }));
}

/** Labels inside a sentence: « les démarches en ligne, l’aire de jeux ». */
const listed = (names: readonly string[]) =>
  names.map((name) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`).join(', ');

/** The pair's plan of the year, from the pack « Co-piloter l’année » and the finished run's context. */
export function presentPlan(pack: ScenarioFile, pair: Pair, context: ScenarioContext): PlanModel {
  const plan = yearPlan(judgeChoices(pack, pairChoicesOf(context), context.vars), context.vars);
  const commune = String(context.vars['commune'] ?? '');
  const year = String(context.vars['annee'] ?? '');
  const next = String(context.vars['anneeSuivante'] ?? '');
  const count = plan.toReview.length;
  return {
    heading: year === '' ? 'Plan de l’année' : `Plan de l’année ${year}`,
    parties: typeset(
      `Préparé par ${seatName(pair, 'maire')} et ${seatName(pair, 'sgm')}${commune === '' ? '' : `, à la mairie de ${commune}`}.`,
    ),
    preamble: typeset(
      'Ce plan n’est pas un acte : c’est votre feuille de route. Les projets, le budget et les marchés se décident en conseil municipal et par les actes du maire.',
    ),
    reviewLine:
      count === 0
        ? ''
        : typeset(
            `${count} point(s) à revoir : le droit ne permet pas de les tenir tels que vous les avez décidés. Reprenez-les ensemble.`,
          ),
    budget: stepLine(plan.budget),
    quarters: plan.quarters.map((quarter) => ({
      id: quarter.id,
      label: quarter.label,
      projects: quarter.projects.map((project) => typeset(`${project.label} : ${formatEuros(project.cost)}`)),
      steps: quarter.steps.map(stepLine),
    })),
    deferredLine:
      plan.deferred.length === 0
        ? ''
        : typeset(`Reporté en ${next} : ${listed(plan.deferred.map((project) => project.label))}.`),
    undecidedLine:
      plan.undecided.length === 0
        ? ''
        : typeset(`Pas encore placé : ${listed(plan.undecided.map((project) => project.label))}.`),
    dashboard: presentDashboard(context.meterChanges),
  };
}
