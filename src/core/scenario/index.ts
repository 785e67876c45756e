/** The scenario engine: file format and validation, the XState runtime, sessions, bots. */
export type { StepView, ScenarioEvent, SubmittedValue } from './step-view';
export type * from './step-view';
export type { ScenarioSessionPort, SendOutcome, InputProblem, ScenarioCue } from './session-port';
export { scenarioSchema } from './format/schema';
export type { ScenarioFile, StepDef, DecisionDef } from './format/schema';
export { STAGE_OBJECTS, type StageObjects } from './format/stage-schema';
export type { ScenarioError } from './format/errors';
export { formatScenarioError } from './format/errors';
export type { ScenarioKnowledge } from './format/knowledge';
export { parseScenarioText, validateScenario } from './format/parse';
export {
  loadCatalogue,
  defaultKnowledge,
  isScenarioPath,
  NON_SCENARIO_FOLDERS,
  WORLD_VARS,
  DEFAULT_WORLD_VARS,
  METERS,
  type Catalogue,
  type ScenarioSource,
} from './catalogue';
export type { ScenarioContext, ScenarioInput, MeterChange } from './runtime/context';
export {
  compileScenario,
  startRun,
  advanceRun,
  sendToRun,
  refusalOf,
  replayRun,
  seedPerVariant,
  viewOf,
  stepKeyOf,
  type ScenarioProgram,
  type ScenarioSnapshot,
  type Replay,
  type RunRefusal,
  type RunStep,
  type RunAdvance,
} from './runtime/run';
export { cuesOf, type CueEmitted } from './runtime/cues';
export { openScenarioSession, scenarioPort, type RunHolder, type ScenarioSession } from './runtime/session';
export { autoplay, type AutoplayResult } from './runtime/autoplay';
export { botEvent, modelAnswer, type BotStrategy } from './runtime/bots';
export { checkSubmission, type SubmissionRefusal } from './runtime/submission';
export { branchGuards, calculators, assessors } from './vocabulary';
export {
  CONTACTS,
  NETWORK_CONTACTS,
  isNetworkContact,
  legalTexts,
  networkSubject,
  networkView,
  type AnswerStatus,
  type NetworkAnswerView,
  type NetworkAsk,
  type NetworkContact,
  type NetworkContactView,
  type NetworkSubject,
  type NetworkView,
} from './network';
