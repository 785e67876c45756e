export { branchGuards, isBranchGuardName, testBranchGuard, type BranchGuardName } from './guards';
export type { Assessment, Assessor, Calculator } from './rule-bridge';
export { assessors, calculators } from './registry';
