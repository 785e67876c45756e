/**
 * The count of a bureau de vote (code électoral L57 to L74, R41 to R71; L260 and R66-2, or loi 2025-444 under
 * 1 000 inhabitants, for municipal list ballots; the convocation decree for a presidential closing hour): pure rules the « Dépouillement » scenario calls as guards, and the `rules depouillement` domain.
 */
export {
  BALLOT_CAUSES,
  ballotCause,
  type BallotCause,
  type CauseEffect,
  type CauseId,
} from './ballot-causes';
export {
  BALLOT_MARKS,
  ELECTIONS,
  isBlankPaper,
  nameKey,
  resolveCandidate,
  type Ballot,
  type BallotMark,
  type CountContext,
  type Election,
  type Envelope,
} from './ballot';
export { markFinding, readBallot, type BallotReading, type Finding } from './ballot-reading';
export { depouillementCaseSchema, parseDepouillementCase, type DepouillementCase } from './case-schema';
export {
  certainNullity,
  classifyBallot,
  classifyEnvelope,
  classifyLooseBallot,
  motifOf,
  referencesOf,
  type Classement,
  type Classification,
} from './classification';
export { checkClosing, checkClosingHour, type ClosingRecord } from './closing';
export {
  LEGAL_CLOSING_TIME,
  PRESIDENTIAL_CLOSING_TIME,
  closingHourOf,
  formatClockTime,
  minutesOfDay,
  shiftClockTime,
  type ClockTime,
  type ClosingHour,
  type ClosingSource,
  type ElectionClosingData,
} from './closing-hour';
export {
  LIST_BALLOT_REFERENCE_ANY_SIZE,
  LIST_VOTING_POPULATION,
  listBallotRule,
  type ListBallotRegime,
  type ListBallotRule,
} from './list-ballots';
export { countUrn, type ClassifiedItem, type Origin, type UrnCount } from './count';
export {
  depouillementRuleDomain,
  evaluateDepouillement,
  type DepouillementClosing,
  type DepouillementDetail,
  type DepouillementResult,
} from './domain';
export type { Confidence, LegalRule, RuleCheck, Severity } from './legal-rule';
export { countLotWith, type CountedElsewhere } from './lot-count';
export { classifyNoted, parseLot, placeOf, urnOf, type NotedItem } from './notation';
export { PROCESS_RULES, check, type ProcessRule, type ProcessRuleId } from './process-rules';
export { PV_CHECKLIST, checkProcesVerbal, type PvContext, type PvRecord } from './proces-verbal';
export {
  MAX_PROXIES_MADE_IN_FRANCE,
  MAX_PROXIES_PER_MANDATAIRE,
  checkProxyEmargement,
  validateProxies,
  type Procuration,
  type ProxyValidity,
} from './proxies';
export {
  checkDeclaredPv,
  checkPvFigures,
  comparePvFigures,
  compareUrnWithEmargements,
  pvFiguresOf,
  type PvDiscrepancy,
  type PvFigures,
  type UrnComparison,
} from './reconciliation';
export {
  ENVELOPES_PER_PACKET,
  MIN_SCRUTATEURS_PER_TABLE,
  checkEnveloppesDeCentaine,
  checkTables,
  packetsOfHundred,
  tablesOfCounts,
  type CountingTable,
  type EnveloppeDeCentaine,
  type Scrutateur,
} from './tables';
export {
  MIN_TALLY_SHEETS,
  compareTallySheets,
  type TallyComparison,
  type TallyDifference,
  type TallySheet,
} from './tally-sheets';
