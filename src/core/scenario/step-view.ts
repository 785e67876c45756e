import type { Role } from '../scoring/evidence';
import type { StageObjects } from './format/stage-schema';
import type { NetworkContact, NetworkView } from './network';

/**
 * What the current step of a scenario asks the player, with every text resolved to French.
 * Produced by the core from (scenario, snapshot); rendered by the overlay views, which send back
 * a {@link ScenarioEvent}. Plain JSON.
 */
export type StepView =
  DialogueView | ChoiceView | InspectView | FormView | ClassifyView | AllocateView | RankView | EndView;

/** Common to every step. */
interface StepViewBase {
  /** Step (state) identifier, stable for a scenario version. */
  readonly stepId: string;
  /** Who is expected to act: the binôme mode routes by it. */
  readonly role: Role;
  /** Background or room key of the assets registry, if the step sets one. */
  readonly scene?: string;
  /** Optional speaker shown with a portrait. */
  readonly speaker?: SpeakerView;
  /** Optional timer the shell runs; the player can pause, extend or switch it off. */
  readonly timer?: TimerView;
  /** Documents shown beside the step (read-only), for steps that are not inspections. */
  readonly documents?: readonly DocumentView[];
  /** Whom the player may ask about the decision at hand, and the answers so far (absent when none applies). */
  readonly network?: NetworkView;
}

export interface SpeakerView {
  readonly id: string;
  /** Display name, e.g. « Mme Garnier, maire ». */
  readonly name: string;
  /** Portrait key of the assets registry. */
  readonly portrait: string;
}

export interface TimerView {
  /** Seconds given by the scenario before `timer.expire` is due. */
  readonly seconds: number;
  /** French text said when time runs out (narrator and subtitle). */
  readonly expireLabel: string;
}

export interface DocumentField {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

export interface DocumentView {
  readonly id: string;
  /** E.g. « Carte nationale d'identité ». */
  readonly title: string;
  /** Visual family: identite | acte | courrier | formulaire | tableau | pv | note. */
  readonly kind: string;
  readonly fields: readonly DocumentField[];
  /** Free paragraphs under the fields. */
  readonly body: readonly string[];
}

export interface DialogueView extends StepViewBase {
  readonly kind: 'dialogue';
  readonly lines: readonly string[];
  /** A private card of the binôme mode: only this seat may read it (the other is handed the screen after). */
  readonly privateTo?: 'maire' | 'sgm';
}

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
}

export interface ChoiceView extends StepViewBase {
  readonly kind: 'choice';
  readonly prompt: string;
  readonly options: readonly ChoiceOption[];
  /** True when the choice is a maire ↔ SGM exchange (a moment of tension of the binôme mode). */
  readonly exchange: boolean;
  /** Advise-then-decide (binôme mode): the SGM advises first, then the élu decides. */
  readonly advice?: AdviceView;
}

/**
 * Where an advise-then-decide step stands. While `phase` is `conseil`, the view's `role` is `sgm` and the step
 * waits for a `user.submit` of `{ conseil: optionId, explication?: text }`; then `phase` is `decision`, the role
 * is the élu's and the step waits for `user.choose`.
 */
export interface AdviceView {
  readonly phase: 'conseil' | 'decision';
  /** The question put to the SGM. */
  readonly prompt: string;
  /** The situation, as the debrief names it. */
  readonly topic: string;
  /** The advice given, once given. */
  readonly given?: { readonly optionId: string; readonly label: string; readonly explanation: string };
}

/** Compare documents and mark the fields that are wrong or inconsistent (Papers, Please). */
export interface InspectView extends StepViewBase {
  readonly kind: 'inspect';
  readonly prompt: string;
  readonly documents: readonly DocumentView[];
}

export type FormFieldType = 'text' | 'number' | 'amount' | 'date' | 'select' | 'multi';

export interface FormFieldView {
  readonly id: string;
  readonly label: string;
  readonly type: FormFieldType;
  /** For select and multi. */
  readonly options?: readonly ChoiceOption[];
  readonly help?: string;
  /** Unit shown after the input, e.g. « € HT », « jours ». */
  readonly unit?: string;
}

export interface FormView extends StepViewBase {
  readonly kind: 'form';
  readonly prompt: string;
  readonly fields: readonly FormFieldView[];
}

export interface ClassifyItem {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

/** Sort items into bins (ballots, documents, agenda items…). */
export interface ClassifyView extends StepViewBase {
  readonly kind: 'classify';
  readonly prompt: string;
  readonly bins: readonly ChoiceOption[];
  readonly items: readonly ClassifyItem[];
  /** The handled objects the canvas draws for the items and bins, when the scenario stages the step. */
  readonly stage?: { readonly objects: StageObjects };
}

export interface AllocateLine {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** Pre-filled amount, if any. */
  readonly initial?: number;
}

export interface AllocateGroup {
  readonly id: string;
  readonly label: string;
  /** Lines whose amounts are summed into this group's total. */
  readonly lines: readonly AllocateLine[];
}

/** Amounts by line with live totals per group (a budget by chapter and section). */
export interface AllocateView extends StepViewBase {
  readonly kind: 'allocate';
  readonly prompt: string;
  readonly unit: string;
  readonly groups: readonly AllocateGroup[];
  /**
   * Sections whose balance is shown live, as the budget engine judges it: `left` the spending group, `right` the
   * revenue group (a surplus balances, CGCT L1612-6 et L1612-7).
   */
  readonly balances: readonly { readonly label: string; readonly left: string; readonly right: string }[];
}

export interface RankCriterion {
  readonly id: string;
  readonly label: string;
  /** Weight in percent. */
  readonly weight: number;
}

export interface RankOffer {
  readonly id: string;
  readonly label: string;
  readonly facts: readonly DocumentField[];
}

/** Score offers against weighted criteria. */
export interface RankView extends StepViewBase {
  readonly kind: 'rank';
  readonly prompt: string;
  readonly offers: readonly RankOffer[];
  readonly criteria: readonly RankCriterion[];
  /** Each score is an integer from `min` to `max`. */
  readonly scale: { readonly min: number; readonly max: number };
}

export interface EndView extends StepViewBase {
  readonly kind: 'end';
  readonly title: string;
  readonly lines: readonly string[];
}

/** A value submitted by a step's view. */
export type SubmittedValue = string | number | boolean | readonly string[];

/**
 * Events a scenario accepts, named by origin. `user.submit` carries the step's answers keyed by:
 * form → field id; classify → item id (value: bin id); allocate → line id (value: amount);
 * rank → `offerId.criterionId` (value: score); inspect → `documentId.fieldId` (value: true when marked).
 */
export type ScenarioEvent =
  | { readonly type: 'user.advance' }
  | { readonly type: 'user.choose'; readonly optionId: string }
  | { readonly type: 'user.submit'; readonly values: Readonly<Record<string, SubmittedValue>> }
  | { readonly type: 'timer.expire' }
  | { readonly type: 'network.ask'; readonly contact: NetworkContact };
