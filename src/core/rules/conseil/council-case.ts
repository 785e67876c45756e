import { isIsoDate, type IsoDate } from '../../dates';
import type { Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { legalCouncilSize } from './composition';
import type { Proxy } from './proxies';
import type { VoteTally } from './vote';

/** One case of the `rules conseil` command: a meeting, its convocation, the room and one vote. */
export interface CouncilCase {
  /** Free text for the trainer; ignored by the rules. */
  readonly description?: string;
  readonly population: number;
  /** Defaults to the legal size for the population (L2121-2). */
  readonly membersInOffice?: number;
  readonly meetingDate: IsoDate;
  readonly convocationSentDate: IsoDate;
  readonly urgency: boolean;
  readonly secondConvocation: boolean;
  /** Known councillors (may be partial); when given, every other name must be one of them. */
  readonly members?: readonly string[];
  /** Councillors physically present; without it, no quorum is computed. */
  readonly present?: readonly string[];
  readonly proxies: readonly Proxy[];
  /** Councillors interested in the item voted (L2131-11): they withdraw and count for nothing. */
  readonly interested: readonly string[];
  readonly vote?: VoteTally | null;
  /** The date the year's budget is voted: with it (or `renewalYear`), the case gets its budgetary visa (L1612-1). */
  readonly budgetVoteDate?: IsoDate;
  /** A year of general renewal (2026): without `budgetVoteDate`, the visa compares with 30 April (L1612-2). */
  readonly renewalYear?: boolean;
}

const isoDate = z.string().refine(isIsoDate, { message: 'date réelle attendue au format AAAA-MM-JJ' });
const name = z.string().trim().min(1, { message: 'nom vide' });
const count = z.number().int().min(0);

const proxySchema = z.strictObject({
  from: name,
  to: name,
  written: z.boolean().optional(),
  consecutiveSessions: z.number().int().min(1).optional(),
  illness: z.boolean().optional(),
});

const voteSchema = z.strictObject({
  for: count,
  against: count,
  abstain: count.optional(),
  secret: z.boolean().optional(),
  presidentVote: z.enum(['for', 'against', 'abstain']).nullable().optional(),
});

type Issue = { readonly path: (string | number)[]; readonly message: string };

function duplicateIssues(field: string, names: readonly string[]): Issue[] {
  return names.flatMap((value, index) =>
    names.indexOf(value) === index
      ? []
      : [{ path: [field, index], message: `« ${value} » figure deux fois` }],
  );
}

function unknownNameIssues(
  field: string,
  names: readonly string[],
  members: readonly string[],
  key?: string,
): Issue[] {
  return names.flatMap((value, index) =>
    members.includes(value)
      ? []
      : [
          {
            path: key ? [field, index, key] : [field, index],
            message: `« ${value} » ne figure pas dans members`,
          },
        ],
  );
}

/** Cross-field checks zod cannot express field by field, in French. */
function consistencyIssues(c: CouncilCase): Issue[] {
  const issues: Issue[] = [];
  // zod still runs this refinement when a field failed a non-fatal check (a negative population, say).
  if (!Number.isInteger(c.population) || c.population < 0) return issues;
  const legalSize = legalCouncilSize(c.population);
  const inOffice = c.membersInOffice ?? legalSize;
  if (inOffice > legalSize) {
    issues.push({
      path: ['membersInOffice'],
      message: `${inOffice} membres en exercice dépassent l’effectif légal de ${legalSize} (CGCT L2121-2)`,
    });
  }
  for (const [field, list] of [
    ['members', c.members],
    ['present', c.present],
    ['interested', c.interested],
  ] as const) {
    if (!list) continue;
    issues.push(...duplicateIssues(field, list));
    if (list.length > inOffice)
      issues.push({ path: [field], message: `${list.length} noms pour ${inOffice} membres en exercice` });
  }
  if (c.members) {
    const members = c.members;
    issues.push(
      ...unknownNameIssues('present', c.present ?? [], members),
      ...unknownNameIssues('interested', c.interested, members),
    );
    issues.push(
      ...unknownNameIssues(
        'proxies',
        c.proxies.map((p) => p.from),
        members,
        'from',
      ),
    );
    issues.push(
      ...unknownNameIssues(
        'proxies',
        c.proxies.map((p) => p.to),
        members,
        'to',
      ),
    );
  }
  const vote = c.vote;
  if (
    vote &&
    (vote.presidentVote === 'for' || vote.presidentVote === 'against') &&
    vote[vote.presidentVote] === 0
  ) {
    issues.push({
      path: ['vote', 'presidentVote'],
      message: `le président a voté « ${vote.presidentVote} » mais ce côté ne compte aucune voix`,
    });
  }
  return issues;
}

const councilCaseSchema: z.ZodType<CouncilCase> = z
  .strictObject({
    description: z.string().optional(),
    population: count,
    membersInOffice: z.number().int().min(1).optional(),
    meetingDate: isoDate,
    convocationSentDate: isoDate,
    urgency: z.boolean().default(false),
    secondConvocation: z.boolean().default(false),
    members: z.array(name).optional(),
    present: z.array(name).optional(),
    proxies: z.array(proxySchema).default([]),
    interested: z.array(name).default([]),
    vote: voteSchema.nullable().optional(),
    budgetVoteDate: isoDate.optional(),
    renewalYear: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    for (const issue of consistencyIssues(value)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** Parses a case file's JSON; on failure, one French message listing every problem with its path. */
export function parseCouncilCase(raw: unknown): Result<CouncilCase, string> {
  return parseWith(councilCaseSchema, raw);
}
