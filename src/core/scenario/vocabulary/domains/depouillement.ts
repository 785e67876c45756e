import {
  certainNullity,
  checkPvFigures,
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
  packetsOfHundred,
  pvFiguresOf,
  validateProxies,
  type CauseId,
  type Procuration,
  type PvFigures,
  type UrnComparison,
} from '../../../rules/depouillement';
import { defineCalculator, z } from '../rule-bridge';
import {
  byRank,
  candidateShape,
  candidatesOf,
  checkLot,
  contextOf,
  count,
  isoDate,
  label,
  lotShape,
  memo,
  population,
  rankedFigures,
  readLot,
} from './depouillement-lots';

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
