import {
  certainNullity,
  checkPvFigures,
  checkTables,
  classifyNoted,
  compareTallySheets,
  compareUrnWithEmargements,
  countLotWith,
  ELECTIONS,
  ENVELOPES_PER_PACKET,
  closingHourOf,
  formatClockTime,
  listBallotRule,
  minutesOfDay,
  shiftClockTime,
  type ClosingHour,
  type Election,
  motifOf,
  packetsOfHundred,
  parseLot,
  placeOf,
  pvFiguresOf,
  referencesOf,
  tablesOfCounts,
  validateProxies,
  type CauseId,
  type Classification,
  type CountContext,
  type NotedItem,
  type Procuration,
  type PvFigures,
  type UrnComparison,
} from '../../../rules/depouillement';
import { ok, type Result } from '../../../result';
import type { Verdict } from '../../../scoring/evidence';
import type { SubmittedValue } from '../../step-view';
import { defineAssessor, defineCalculator, z } from '../rule-bridge';

const count = z.number().int().min(0).max(100_000);
const label = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');

/**
 * The candidates or lists, by rank, `c1` to `c6`: `c1` is `#1` of a lot, and the bin `c1` of a count. Assessor
 * and calculator arguments name variables one by one, hence one argument per candidate.
 */
const candidateShape = {
  c1: label,
  ...Object.fromEntries([2, 3, 4, 5, 6].map((rank) => [`c${rank}`, label.optional()])),
};
type CandidateArgs = Readonly<Record<string, unknown>>;

function candidatesOf(args: CandidateArgs): string[] {
  return [1, 2, 3, 4, 5, 6].flatMap((rank) => {
    const name = args[`c${rank}`];
    return typeof name === 'string' ? [name] : [];
  });
}

/** Figures of a rank, `voix1` to `voix6` or `autres1` to `autres6`. */
function byRank(args: Readonly<Record<string, unknown>>, prefix: string, size: number): number[] {
  return Array.from({ length: size }, (_, i) => {
    const value = args[`${prefix}${i + 1}`];
    return typeof value === 'number' ? value : 0;
  });
}

/** `prefix1` to `prefix6`: one figure per candidate or list, by rank, like the candidates themselves. */
function rankedFigures(prefix: string): Record<string, z.ZodOptional<typeof count>> {
  return Object.fromEntries([1, 2, 3, 4, 5, 6].map((rank) => [`${prefix}${rank}`, count.optional()]));
}

/** The commune's population: it picks the text that voids a modified list ballot (L260 and R66-2, or loi 2025-444). */
const population = z.number().int().min(1).max(100_000_000);

const lotShape = {
  election: z.enum(ELECTIONS),
  ...candidateShape,
  lot: z.string().min(1),
  population: population.optional(),
};
type LotArgs = CandidateArgs & { election: CountContext['election']; lot: string; population?: number };

function contextOf(args: LotArgs): CountContext {
  return {
    election: args.election,
    candidates: candidatesOf(args),
    ...(args.population === undefined ? {} : { population: args.population }),
  };
}

/** A lot once read: each item with its classification. */
type ReadLot = readonly { readonly item: NotedItem; readonly classification: Classification }[];

const MEMO_SIZE = 32;

/**
 * A scenario asks many figures of the same lot at each start (one per computed variable), and reading and
 * counting a lot are pure: results are kept by their arguments, so that a run starts fast.
 */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const made = make();
  if (cache.size >= MEMO_SIZE) cache.clear();
  cache.set(key, made);
  return made;
}

const readLots = new Map<string, Result<ReadLot, string>>();

function lotOf(args: LotArgs): Result<ReadLot, string> {
  const context = contextOf(args);
  return memo(readLots, JSON.stringify([context, args.lot]), () => {
    const parsed = parseLot(args.lot, context.candidates);
    if (!parsed.ok) return parsed;
    return ok(parsed.value.map((item) => ({ item, classification: classifyNoted(item, context) })));
  });
}

function readLot(args: LotArgs): ReadLot {
  const read = lotOf(args);
  if (!read.ok) throw new RangeError(read.error);
  return read.value;
}

/**
 * Refuses, at load, a lot that does not parse or whose classification rests on an uncertain point (a torn
 * ballot, a modified one-name ballot…): a scenario may not score it (legal-facts.md §7).
 */
function checkLot(args: LotArgs, ctx: z.core.$RefinementCtx): void {
  const read = lotOf(args);
  if (!read.ok) {
    ctx.addIssue({ code: 'custom', path: ['lot'], message: read.error });
    return;
  }
  for (const { item, classification } of read.value) {
    if (classification.uncertain)
      ctx.addIssue({
        code: 'custom',
        path: ['lot'],
        message: `${item.id} : classement incertain, il ne peut pas être noté`,
      });
  }
}

const URN_FIGURES = [
  'votants',
  'enveloppes',
  'bulletinsSansEnveloppe',
  'ecart',
  'ecartEnveloppes',
  'mentionAuPV',
  'blancs',
  'nuls',
  'exprimes',
  'voix1',
  'voix2',
  'voix3',
  'voix4',
  'voix5',
  'voix6',
] as const;

const urnArgs = z
  .strictObject({
    ...lotShape,
    emargements: count,
    ...rankedFigures('autres'),
    autresBlancs: count.optional(),
    autresNuls: count.optional(),
    figure: z.enum(URN_FIGURES),
  })
  .superRefine(checkLot);

const urns = new Map<string, { figures: PvFigures; comparison: UrnComparison }>();

/** The figures of a whole urn: a noted lot plus what the tables counted (L65, L66, R62). */
function urnOf(args: z.infer<typeof urnArgs>): { figures: PvFigures; comparison: UrnComparison } {
  return memo(urns, JSON.stringify({ ...args, figure: null }), () => {
    const context = contextOf(args);
    const voix = byRank(args, 'autres', context.candidates.length);
    const lot = readLot(args).map((entry) => entry.item);
    const count = countLotWith(context, lot, {
      voix: Object.fromEntries(context.candidates.map((candidate, i) => [candidate, voix[i] ?? 0])),
      blancs: args.autresBlancs ?? 0,
      nuls: args.autresNuls ?? 0,
    });
    const figures = pvFiguresOf(count, args.emargements);
    if (!checkPvFigures(figures).every((check) => check.passed))
      throw new RangeError('Le dépouillement ne concorde pas avec lui-même.');
    const comparison = compareUrnWithEmargements(
      args.emargements,
      count.enveloppes,
      count.bulletinsSansEnveloppe,
    );
    return { figures, comparison };
  });
}

/** One figure of the procès-verbal of a whole urn. */
function urnFigure(args: z.infer<typeof urnArgs>): number | string {
  const { figures, comparison } = urnOf(args);
  const { figure } = args;
  if (figure === 'mentionAuPV') return comparison.mentionAuPV ? 'oui' : 'non';
  if (figure === 'ecart' || figure === 'ecartEnveloppes') return comparison[figure];
  if (figure === 'votants' || figure === 'enveloppes' || figure === 'bulletinsSansEnveloppe')
    return figures[figure];
  if (figure === 'blancs' || figure === 'nuls' || figure === 'exprimes') return figures[figure];
  const candidate = candidatesOf(args)[Number(figure.slice('voix'.length)) - 1];
  if (candidate === undefined) throw new RangeError(`Aucun candidat de rang ${figure}.`);
  return figures.voix[candidate] ?? 0;
}

const nullityArgs = z.strictObject({ ...lotShape, item: z.string().min(1) }).superRefine(checkLot);

/** The one certain cause that voids an item of a lot (see `certainNullity`). */
function nullityOf(args: z.infer<typeof nullityArgs>): CauseId {
  const entry = readLot(args).find((candidate) => candidate.item.id === args.item);
  if (entry === undefined) throw new RangeError(`Élément « ${args.item} » absent du lot.`);
  const cause = certainNullity(entry.classification);
  if (cause === null) throw new RangeError(`« ${args.item} » n’est pas nul pour une seule cause certaine.`);
  return cause;
}

const clockTime = z
  .string()
  .refine((time) => minutesOfDay(time) !== null, { message: 'heure HH:MM attendue (« 19:00 »)' });

/** An election's closing: its kind, and the hour and act of its convocation when the variant gives them. */
const closingArgs = z
  .strictObject({
    election: z.enum(ELECTIONS).optional(),
    heureCloture: clockTime.optional(),
    acte: label.optional(),
    decalageMinutes: z.number().int().min(-120).max(120).optional(),
  })
  .superRefine((args, ctx) => {
    try {
      shiftClockTime(closingOf(args).time, args.decalageMinutes ?? 0);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  });

/** Without an election, any but a presidential one: R41's 18 h (what the calculator gave before the erratum). */
function closingOf(args: { election?: Election; heureCloture?: string; acte?: string }): ClosingHour {
  return closingHourOf({
    election: args.election ?? 'municipale_liste',
    ...(args.heureCloture === undefined ? {} : { heureCloture: args.heureCloture }),
    ...(args.acte === undefined ? {} : { acte: args.acte }),
  });
}

const place = z.enum(['france', 'etranger']);

const proxyArgs = z.strictObject({
  date1: isoDate,
  lieu1: place,
  date2: isoDate.optional(),
  lieu2: place.optional(),
  date3: isoDate.optional(),
  lieu3: place.optional(),
  rang: z.number().int().min(1).max(3),
});

const proxyStatuses = new Map<string, string>();

/** `valable` or `nulle` for the proxy of a rank, under the ceiling of L73; refuses an uncertain decision. */
function proxyStatus(args: z.infer<typeof proxyArgs>): string {
  const given = [
    [args.date1, args.lieu1],
    [args.date2, args.lieu2],
    [args.date3, args.lieu3],
  ] as const;
  // One mandataire: the names do not matter to the ceiling, only the dates and places.
  const proxies: Procuration[] = given.flatMap(([date, lieu], i) =>
    date === undefined || lieu === undefined
      ? []
      : [
          {
            id: `${i + 1}`,
            mandant: `${i + 1}`,
            mandataire: 'mandataire',
            establishedIn: lieu,
            establishedOn: date,
          },
        ],
  );
  const validity = validateProxies(proxies).validity.find((v) => v.id === `${args.rang}`);
  if (validity === undefined) throw new RangeError(`Aucune procuration de rang ${args.rang}.`);
  if (validity.uncertain) throw new RangeError('Procurations du même jour : décision incertaine.');
  return validity.valid ? 'valable' : 'nulle';
}

/** Polling-station count rules a scenario may name (code électoral L65, L66…). */
export const depouillementCalculators = {
  'depouillement.closingHour': defineCalculator({
    summary:
      'heure légale de clôture de l’élection, en toutes lettres (« 19 h »), ou décalée de « decalageMinutes » (code électoral R41 ; décret de convocation)',
    args: closingArgs,
    compute: (args) => formatClockTime(shiftClockTime(closingOf(args).time, args.decalageMinutes ?? 0)),
  }),
  'depouillement.closingSource': defineCalculator({
    summary:
      'd’où vient l’heure de clôture, à écrire après « clôture à 19 h, » : « fixée par le décret de convocation… » (code électoral R41)',
    args: closingArgs,
    compute: (args) => closingOf(args).origin,
  }),
  'depouillement.listBallotRule': defineCalculator({
    summary:
      'le texte qui rend nul un bulletin de liste rayé, complété ou réordonné, selon la population : « reference » (L260 et R66-2, ou loi 2025-444) ou « portee » (depuis quand, pour quelles communes)',
    args: z.strictObject({ population, figure: z.enum(['reference', 'portee']) }),
    compute: ({ population: size, figure }) => {
      const rule = listBallotRule(size);
      return figure === 'reference' ? rule.reference : rule.scope;
    },
  }),
  'depouillement.proxyStatus': defineCalculator({
    summary:
      '« valable » ou « nulle » : une procuration d’un même mandataire, au rang donné (code électoral L73, plafond)',
    args: proxyArgs,
    compute: (args) => memo(proxyStatuses, JSON.stringify(args), () => proxyStatus(args)),
  }),
  'depouillement.urn': defineCalculator({
    summary:
      'un chiffre du procès-verbal pour une urne faite d’un lot noté et des résultats des tables (code électoral L65, L66, R62)',
    args: urnArgs,
    compute: urnFigure,
  }),
  'depouillement.nullityCause': defineCalculator({
    summary: 'la cause de nullité, unique et certaine, d’un élément d’un lot noté (code électoral L65, L66)',
    args: nullityArgs,
    compute: nullityOf,
  }),
  'depouillement.packets': defineCalculator({
    summary: 'nombre d’enveloppes de centaine, ou enveloppes du reliquat (code électoral R65-1)',
    args: z.strictObject({ enveloppes: count, figure: z.enum(['nombre', 'reliquat']) }),
    compute: ({ enveloppes, figure }) => {
      const packets = packetsOfHundred(enveloppes);
      const last = packets[packets.length - 1] ?? 0;
      return figure === 'nombre' ? packets.length : last < ENVELOPES_PER_PACKET ? last : 0;
    },
  }),
  'depouillement.tallySheetsAgree': defineCalculator({
    summary: 'deux feuilles de pointage concordent (code électoral L65, R66)',
    args: z.strictObject({
      ...candidateShape,
      ...rankedFigures('feuilleA'),
      ...rankedFigures('feuilleB'),
    }),
    compute: (args) => {
      const candidates = candidatesOf(args);
      const sheet = (prefix: string) => {
        const voix = byRank(args, prefix, candidates.length);
        return {
          keptBy: prefix,
          signed: true,
          voix: Object.fromEntries(candidates.map((candidate, i) => [candidate, voix[i] ?? 0])),
        };
      };
      return compareTallySheets([sheet('feuilleA'), sheet('feuilleB')], candidates).agree;
    },
  }),
} as const;

/** The bin a classification belongs to: `c1`… for a vote, `blanc` or `nul`. */
function binOf(classification: Classification, candidates: readonly string[]): string {
  if (classification.classement !== 'vote') return classification.classement;
  return `c${candidates.indexOf(classification.candidate ?? '') + 1}`;
}

/** Same thresholds as the classify step's own scoring (runtime/assess.ts), so that both judgements agree. */
function classifyVerdict(wrong: number, total: number): Verdict {
  if (wrong === 0) return 'conforme';
  return 1 - wrong / total >= 0.8 ? 'acceptable' : 'risque';
}

function tableAmounts(values: Readonly<Record<string, SubmittedValue>>, table: string): number[] {
  return table
    .split(/\s+/)
    .filter(Boolean)
    .map((line) => {
      const value = values[line];
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : Number.NaN;
    });
}

const TABLES_REFERENCE = 'code électoral L65, R64 et R65';

/** Polling-station count assessors. */
export const depouillementAssessors = {
  'depouillement.classifyLot': defineAssessor({
    summary:
      'le classement d’un lot noté, élément par élément (cases « c1 »… pour les voix, « blanc », « nul » ; code électoral L65, L66 ; bulletins de liste : L260 et R66-2, ou loi 2025-444 selon « population »)',
    args: z.strictObject(lotShape).superRefine(checkLot),
    assess: (values, args) => {
      const context = contextOf(args);
      let envelopes = 0;
      const judged = readLot(args).map(({ item, classification }) => {
        if (item.origin === 'enveloppe') envelopes += 1;
        const right = values[item.id] === binOf(classification, context.candidates);
        const motif = motifOf(classification);
        const why =
          motif && `${placeOf(item, envelopes)}\u00a0: ${motif} (${referencesOf(classification).join(', ')})`;
        return { right, classification, why };
      });
      const wrong = judged.filter((entry) => !entry.right);
      const whys = wrong.flatMap((entry) => (entry.why ? [entry.why] : []));
      const references = [...new Set(judged.flatMap((entry) => referencesOf(entry.classification)))].sort();
      return {
        verdict: classifyVerdict(wrong.length, judged.length),
        explanation: whys.length === 0 ? '' : `Motifs de la règle\u00a0: ${whys.join('\u00a0; ')}.`,
        reference: references.join(' ; '),
      };
    },
  }),
  'depouillement.tables': defineAssessor({
    summary:
      'répartition des scrutateurs : « tables » liste, par table, une ligne par candidat dans l’ordre (code électoral L65, R64, R65)',
    args: z.strictObject({
      ...candidateShape,
      isoloirs: count.min(1),
      tables: z.array(z.string().min(1)).min(1),
      ...rankedFigures('disponibles'),
    }),
    assess: (values, args) => {
      const candidates = candidatesOf(args);
      const available = byRank(args, 'disponibles', candidates.length);
      const amounts = args.tables.map((table) => tableAmounts(values, table));
      if (amounts.some((row) => row.length !== candidates.length || row.some(Number.isNaN)))
        return {
          verdict: 'risque',
          explanation: 'Un nombre entier de personnes est attendu dans chaque case.',
          reference: TABLES_REFERENCE,
        };
      const over = candidates.flatMap((candidate, i) => {
        const placed = amounts.reduce((sum, row) => sum + (row[i] ?? 0), 0);
        const present = available[i] ?? 0;
        return placed > present
          ? [`${placed} scrutateurs désignés par ${candidate} placés, pour ${present} présents`]
          : [];
      });
      if (over.length > 0)
        return { verdict: 'risque', explanation: `${over.join(' ; ')}.`, reference: TABLES_REFERENCE };
      const tables = tablesOfCounts(amounts, candidates);
      const failed = checkTables(tables, args.isoloirs).filter((check) => !check.passed && !check.uncertain);
      const verdict: Verdict = failed.some((check) => check.severity === 'obligation')
        ? 'illegal'
        : failed.length > 0
          ? 'acceptable'
          : 'conforme';
      return {
        verdict,
        explanation: failed.map((check) => check.message).join(' '),
        reference: TABLES_REFERENCE,
      };
    },
  }),
} as const;
