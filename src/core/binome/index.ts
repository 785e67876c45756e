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
export { decodeResult, encodeResult, type BinomeResult } from './result-code';
export { roomDebrief, type RoomDebrief, type RoomDecision } from './room';
