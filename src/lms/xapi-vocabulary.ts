/**
 * The IRIs the game's xAPI statements use: ADL's verbs (cmi5 §9.3 and the xAPI Serious Games profile), cmi5's
 * categories and extensions, and the game's own activity and extension IRIs.
 */

/** The game's own IRIs (they need not resolve: they only name things, stably). */
export const GAME_IRI = 'https://une-annee-en-mairie.fr/xapi';
/** A référentiel competence as an activity id: `…/competences/RNCP41781-BC01-01`. */
export const competenceIri = (competence: string) =>
  `${GAME_IRI}/competences/${encodeURIComponent(competence)}`;
/** A decision of a scenario: `…/scenarios/premier-jour/decisions/convocation`. */
export const decisionIri = (scenarioId: string, step: string) =>
  `${GAME_IRI}/scenarios/${encodeURIComponent(scenarioId)}/decisions/${encodeURIComponent(step)}`;
/** The seed a run was drawn with (its « code de session »: the trainer replays the same variant with it). */
export const SEED_EXTENSION = `${GAME_IRI}/extensions/seed`;
/** How a decision measures up, in the game's four words (conforme, acceptable, risque, illégal). */
export const VERDICT_EXTENSION = `${GAME_IRI}/extensions/verdict`;
/** The step a `progressed` statement reached. */
export const STEP_EXTENSION = `${GAME_IRI}/extensions/step`;
/** The scenario a statement belongs to (a year's AU plays several). */
export const SCENARIO_EXTENSION = `${GAME_IRI}/extensions/scenario`;

/** The ADL verbs the game uses (cmi5's own, `answered`, and the Serious Games profile's `progressed`). */
const ADL = 'http://adlnet.gov/expapi/verbs';
export const VERBS = {
  initialized: `${ADL}/initialized`,
  progressed: `${ADL}/progressed`,
  answered: `${ADL}/answered`,
  completed: `${ADL}/completed`,
  passed: `${ADL}/passed`,
  failed: `${ADL}/failed`,
  terminated: `${ADL}/terminated`,
} as const;
export type VerbName = keyof typeof VERBS;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/** The xAPI Serious Games profile's progress, in [0, 1]. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/seriousgames/extensions/progress';
/** An interaction's activity type, with its `interactionType` (a decision). */
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';
/** A competence's activity type. */
export const OBJECTIVE_TYPE = 'http://adlnet.gov/expapi/activities/objective';
