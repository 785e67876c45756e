import { budgetVisa, type BudgetVisa } from './budget-visa';
import { COUNCIL_SIZE_RULE, legalCouncilSize } from './composition';
import { convocationTiming, type ConvocationTiming } from './convocation';
import type { CouncilCase } from './council-case';
import { INTERESTED_MEMBER_RULE } from './interested-member';
import { reviewProxies, PROXY_RULE, type ProxyReview } from './proxies';
import { checkQuorum, membersCountingForQuorum, QUORUM_RULE, type QuorumCheck } from './quorum';
import { judgeUrgencyChoice, type UrgencyJudgement } from './urgency';
import { MAJORITY_RULE, voteOutcome, type VoteResult } from './vote';

/** What `rules conseil` prints for one case. */
export interface CouncilCaseResult {
  /** Legal size of the council for the population (L2121-2). */
  readonly legalSize: number;
  /** Members in office used for the quorum: the input, or the legal size. */
  readonly membersInOffice: number;
  /** Contract fields first (`requiredFullDays`, `latestSendDate`, `inTime`), then the details. */
  readonly convocation: ConvocationTiming;
  /**
   * The choice of `urgency` judged against the ordinary delay, the convocation leaving on its sending date
   * (L2121-11 al. 2); null for a second convocation, whose delay L2121-17 fixes.
   */
  readonly urgency: UrgencyJudgement | null;
  /** The budgetary visa of a spending deliberation at this meeting; null without `budgetVoteDate`/`renewalYear`. */
  readonly budgetVisa: BudgetVisa | null;
  /** Null without `present`; `reached` is true on a second convocation. */
  readonly quorum: QuorumCheck | null;
  readonly proxies: ProxyReview;
  /** Null without `vote`; computed from the tally alone. */
  readonly vote: VoteResult | null;
  /** The articles applied to this case, in code order. */
  readonly references: string[];
}

/** Orders `CGCT L2121-2` before `CGCT L2121-11`: numbers compare as numbers. */
function compareReferences(a: string, b: string): number {
  const parts = (reference: string) => reference.split(/(\d+)/);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const [x, y] = [left[i] ?? '', right[i] ?? ''];
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Applies the council rules to a parsed case. Pure. */
export function evaluateCouncilCase(input: CouncilCase): CouncilCaseResult {
  const legalSize = legalCouncilSize(input.population);
  const membersInOffice = input.membersInOffice ?? legalSize;
  const timing = convocationTiming(input.meetingDate, input.convocationSentDate, input);
  const present = input.present ?? null;
  const quorum = present
    ? checkQuorum(
        membersInOffice,
        membersCountingForQuorum(present, input.interested).length,
        input.secondConvocation,
      )
    : null;
  const proxies = reviewProxies(input.proxies, { present, interested: input.interested });
  const vote = input.vote ? voteOutcome(input.vote) : null;
  const urgency = input.secondConvocation
    ? null
    : judgeUrgencyChoice(
        input.urgency ? 'urgence' : 'ordinaire',
        input.meetingDate,
        input.convocationSentDate,
        input.population,
      );
  const visa =
    input.budgetVoteDate === undefined && input.renewalYear === undefined
      ? null
      : budgetVisa({
          meetingDate: input.meetingDate,
          ...(input.budgetVoteDate === undefined ? {} : { budgetVoteDate: input.budgetVoteDate }),
          ...(input.renewalYear === undefined ? {} : { renewalYear: input.renewalYear }),
        });

  const references = new Set<string>([timing.reference]);
  if (visa) references.add(visa.reference);
  // L2121-2 is cited only when the quorum rests on it, i.e. when the members in office were not given.
  if (input.membersInOffice === undefined) references.add(COUNCIL_SIZE_RULE.reference);
  if (quorum || input.secondConvocation) references.add(QUORUM_RULE.reference);
  if (input.proxies.length > 0) references.add(PROXY_RULE.reference);
  if (vote) references.add(MAJORITY_RULE.reference);
  if (input.interested.length > 0) references.add(INTERESTED_MEMBER_RULE.reference);

  return {
    legalSize,
    membersInOffice,
    convocation: {
      requiredFullDays: timing.requiredFullDays,
      latestSendDate: timing.latestSendDate,
      inTime: timing.inTime,
      fullDaysGiven: timing.fullDaysGiven,
      latestWorkingSendDate: timing.latestWorkingSendDate,
      urgencyFollowUp: timing.urgencyFollowUp,
      reference: timing.reference,
    },
    urgency,
    budgetVisa: visa,
    quorum,
    proxies,
    vote,
    references: [...references].sort(compareReferences),
  };
}
