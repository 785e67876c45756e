export type { Evidence, Role, Verdict } from './evidence';
export { ROLES, VERDICTS } from './evidence';
export type { ScoredDecision, Tally } from './points';
export {
  BLOC_PASS_MARK,
  EMPTY_TALLY,
  VERDICT_FACTORS,
  evidencePoints,
  isValidatedMark,
  markOutOf20,
  ratioOf,
  sumTallies,
  tally,
} from './points';
export type { Mastery } from './mastery';
export { MASTERY_LEVELS, MASTERY_THRESHOLDS, masteryOf } from './mastery';
export { EVIDENCE_WEIGHTS, validateEvidence, validateEvidenceList } from './validate';
export type { BlocScore, CompetenceScore, Scorecard } from './scorecard';
export { scoreEvidence } from './scorecard';
