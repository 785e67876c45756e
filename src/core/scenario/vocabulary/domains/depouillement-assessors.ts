import {
  checkTables,
  motifOf,
  placeOf,
  referencesOf,
  tablesOfCounts,
  type Classification,
} from '../../../rules/depouillement';
import type { Verdict } from '../../../scoring/evidence';
import type { SubmittedValue } from '../../step-view';
import { defineAssessor, z } from '../rule-bridge';
import {
  byRank,
  candidateShape,
  candidatesOf,
  checkLot,
  contextOf,
  count,
  lotShape,
  rankedFigures,
  readLot,
} from './depouillement-lots';

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
