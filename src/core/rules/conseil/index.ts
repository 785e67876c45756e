import type { RuleDomain } from '../rule-domain';
import { parseCouncilCase, type CouncilCase } from './council-case';
import { evaluateCouncilCase, type CouncilCaseResult } from './evaluate-case';

export * from './legal-basis';
export * from './composition';
export * from './meetings';
export * from './convocation';
export * from './urgency';
export * from './budget-visa';
export * from './agenda';
export * from './quorum';
export * from './proxies';
export * from './vote';
export * from './ballot-mode';
export * from './seance';
export * from './interested-member';
export * from './minutes';
export * from './publication';
export * from './legality-control';
export { addCalendarMonths } from './calendar';
export { parseCouncilCase, type CouncilCase } from './council-case';
export { evaluateCouncilCase, type CouncilCaseResult } from './evaluate-case';

/** The conseil domain as the `rules` command sees it: `npm run cli -- rules conseil case.json`. */
export const conseilRuleDomain: RuleDomain<CouncilCase, CouncilCaseResult> = {
  id: 'conseil',
  title:
    'Conseil municipal : convocation, quorum, pouvoirs, vote (CGCT L2121-7 à L2121-26, L2131-1 à L2131-11)',
  parseCase: parseCouncilCase,
  evaluate: evaluateCouncilCase,
};
