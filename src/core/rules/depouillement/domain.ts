import type { RuleDomain } from '../rule-domain';
import type { Classement } from './classification';
import { motifOf, referencesOf } from './classification';
import { parseDepouillementCase, type DepouillementCase } from './case-schema';
import { countUrn, type ClassifiedItem, type Origin } from './count';
import { checkClosingHour } from './closing';
import { closingHourOf, type ClockTime, type ClosingSource } from './closing-hour';
import { compareUrnWithEmargements } from './reconciliation';
import { packetsOfHundred } from './tables';

/** One line of `details`: an envelope (or loose ballot) that is blank, void, or counted with a remark. */
export interface DepouillementDetail {
  /** 0-based position in `envelopes` (origine `enveloppe`) or in `looseBallots` (origine `sansEnveloppe`). */
  readonly index: number;
  readonly origine: Origin;
  readonly classement: Classement;
  readonly candidat?: string;
  /** French cause, as written on the annexed ballot. */
  readonly motif: string;
  readonly references: readonly string[];
  /** True when the classification rests only on uncertain points: never score it. */
  readonly incertain: boolean;
}

/** The closing hour of the case's election, where it comes from and, when the case gives it, the declared one. */
export interface DepouillementClosing {
  /** `HH:MM`, e.g. `19:00` for a presidential election. */
  readonly heureLegale: ClockTime;
  readonly source: ClosingSource;
  readonly reference: string;
  /** French: « fixée par … ». */
  readonly origine: string;
  readonly heureDeclaree?: ClockTime;
  /** Whether the declared closing respects the legal hour (present with `heureDeclaree`). */
  readonly conforme?: boolean;
  readonly message?: string;
}

/** The `rules depouillement` output: the fields of issue 8's contract, then a few more. */
export interface DepouillementResult {
  readonly election: DepouillementCase['election'];
  readonly inscrits?: number;
  readonly population?: number;
  readonly cloture: DepouillementClosing;
  readonly emargements: number;
  readonly enveloppes: number;
  readonly bulletinsSansEnveloppe: number;
  readonly ecart: number;
  readonly ecartEnveloppes: number;
  readonly mentionAuPV: boolean;
  readonly blancs: number;
  readonly nuls: number;
  readonly exprimes: number;
  readonly voix: Readonly<Record<string, number>>;
  readonly details: readonly DepouillementDetail[];
  readonly classementsIncertains: number;
  readonly enveloppesDeCentaine: readonly number[];
  readonly references: readonly string[];
}

function closingOf(input: DepouillementCase): DepouillementClosing {
  const hour = closingHourOf({
    election: input.election,
    ...(input.heureCloture === undefined ? {} : { heureCloture: input.heureCloture }),
    ...(input.acteConvocation === undefined ? {} : { acte: input.acteConvocation }),
  });
  const base = {
    heureLegale: hour.time,
    source: hour.source,
    reference: hour.reference,
    origine: hour.origin,
  };
  if (input.clotureDeclaree === undefined) return base;
  const checked = checkClosingHour({ closingHour: hour, declaredClosingTime: input.clotureDeclaree });
  return {
    ...base,
    heureDeclaree: input.clotureDeclaree,
    conforme: checked.passed,
    message: checked.message,
  };
}

function detailOf(item: ClassifiedItem): DepouillementDetail | null {
  const c = item.classification;
  if (c.findings.length === 0) return null;
  return {
    index: item.index,
    origine: item.origin,
    classement: c.classement,
    ...(c.candidate === undefined ? {} : { candidat: c.candidate }),
    motif: motifOf(c),
    references: referencesOf(c),
    incertain: c.uncertain,
  };
}

/** Counts a case and reconciles it with the émargements: the output of `rules depouillement`. */
export function evaluateDepouillement(input: DepouillementCase): DepouillementResult {
  const context = {
    election: input.election,
    candidates: input.candidates,
    ...(input.population === undefined ? {} : { population: input.population }),
  };
  const cloture = closingOf(input);
  const count = countUrn(context, input.envelopes, input.looseBallots);
  const comparison = compareUrnWithEmargements(
    input.emargements,
    count.enveloppes,
    count.bulletinsSansEnveloppe,
  );
  const details = count.items.flatMap((item) => detailOf(item) ?? []);
  // L65 always applies (opening the urn, comparing, blancs); the other references follow the decisions taken.
  const references = [
    ...new Set([
      'code électoral L65',
      ...details.flatMap((d) => d.references),
      ...(cloture.heureDeclaree === undefined ? [] : [cloture.reference]),
    ]),
  ];
  return {
    election: input.election,
    ...(input.inscrits === undefined ? {} : { inscrits: input.inscrits }),
    ...(input.population === undefined ? {} : { population: input.population }),
    cloture,
    emargements: comparison.emargements,
    enveloppes: comparison.enveloppes,
    bulletinsSansEnveloppe: comparison.bulletinsSansEnveloppe,
    ecart: comparison.ecart,
    ecartEnveloppes: comparison.ecartEnveloppes,
    mentionAuPV: comparison.mentionAuPV,
    blancs: count.blancs,
    nuls: count.nuls,
    exprimes: count.exprimes,
    voix: count.voix,
    details,
    classementsIncertains: count.items.filter((item) => item.classification.uncertain).length,
    enveloppesDeCentaine: packetsOfHundred(count.enveloppes),
    references,
  };
}

/** The `depouillement` rule domain: `npm run cli -- rules depouillement <cas.json>…`. */
export const depouillementRuleDomain: RuleDomain<DepouillementCase, DepouillementResult> = {
  id: 'depouillement',
  title: 'Dépouillement d’un bureau de vote (code électoral L57 à L74, L260, R41 à R71)',
  parseCase: parseDepouillementCase,
  evaluate: evaluateDepouillement,
};
