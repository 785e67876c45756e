/**
 * The binôme mode's core (issue 18): the pair's advised decisions judged by the pack, the binôme profile, and
 * the result code a pair hands to the workshop's facilitator. Pure functions over plain data.
 */
export {
  advisedSteps,
  gaveWayOn,
  judgeChoices,
  pairChoicesOf,
  type BinomeDecision,
  type GaveWay,
  type PairChoice,
} from './decisions';
export { binomeProfile, type AxisId, type AxisLevel, type BinomeProfile, type ProfileAxis } from './profile';
export { decodeResult, encodeResult, isResultPack, type BinomeResult } from './result-code';
export {
  parseResultFile,
  resultFileOf,
  RESULT_FILE_FORMAT,
  RESULT_FILE_MAX_BYTES,
  RESULT_FILE_VERSION,
  type ReadResultFile,
  type ResultFile,
} from './result-file';
export { roomDebrief, type RoomDebrief, type RoomDecision } from './room';
