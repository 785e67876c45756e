import type { UrnCount } from './count';
import { fr } from './french-text';
import type { RuleCheck } from './legal-rule';
import { check } from './process-rules';

/** The urn compared with the liste d'émargement (code électoral L65). */
export interface UrnComparison {
  readonly emargements: number;
  readonly enveloppes: number;
  readonly bulletinsSansEnveloppe: number;
  /** Enveloppes + bulletins sans enveloppe − émargements: positive when the urn holds more than was signed. */
  readonly ecart: number;
  /** Enveloppes − émargements: the literal comparison of L65. */
  readonly ecartEnveloppes: number;
  /** True when either difference is not 0: the difference must be written on the procès-verbal. */
  readonly mentionAuPV: boolean;
}

/**
 * Compares the urn with the émargements (code électoral L65): « si ce nombre est plus grand ou moindre que celui
 * des émargements, il en est fait mention au procès-verbal ». L65 compares the envelopes; the game also counts the
 * ballots found without an envelope, so a mention is due when either figure differs.
 */
export function compareUrnWithEmargements(
  emargements: number,
  enveloppes: number,
  bulletinsSansEnveloppe: number,
): UrnComparison {
  const ecart = enveloppes + bulletinsSansEnveloppe - emargements;
  const ecartEnveloppes = enveloppes - emargements;
  return {
    emargements,
    enveloppes,
    bulletinsSansEnveloppe,
    ecart,
    ecartEnveloppes,
    mentionAuPV: ecart !== 0 || ecartEnveloppes !== 0,
  };
}

/** The figures of the procès-verbal of one bureau. */
export interface PvFigures {
  readonly inscrits?: number;
  /** Votants according to the émargements. */
  readonly votants: number;
  readonly enveloppes: number;
  readonly bulletinsSansEnveloppe: number;
  readonly blancs: number;
  readonly nuls: number;
  readonly exprimes: number;
  readonly voix: Readonly<Record<string, number>>;
}

/** The figures the procès-verbal must show for a count (code électoral L65, L66, R62). */
export function pvFiguresOf(count: UrnCount, emargements: number, inscrits?: number): PvFigures {
  return {
    ...(inscrits === undefined ? {} : { inscrits }),
    votants: emargements,
    enveloppes: count.enveloppes,
    bulletinsSansEnveloppe: count.bulletinsSansEnveloppe,
    blancs: count.blancs,
    nuls: count.nuls,
    exprimes: count.exprimes,
    voix: count.voix,
  };
}

function sumOf(voix: Readonly<Record<string, number>>): number {
  return Object.values(voix).reduce((total, n) => total + n, 0);
}

/**
 * Checks that a procès-verbal holds together on its own (code électoral L65, L66): exprimés equal the envelopes
 * and loose ballots less blancs and nuls, and the sum of the votes; votants do not exceed inscrits.
 */
export function checkPvFigures(figures: PvFigures): RuleCheck[] {
  const found = figures.enveloppes + figures.bulletinsSansEnveloppe;
  const expectedExprimes = found - figures.blancs - figures.nuls;
  const total = sumOf(figures.voix);
  const problems = [
    ...(figures.exprimes === expectedExprimes
      ? []
      : [
          fr`exprimés ${figures.exprimes} au lieu de ${found} − ${figures.blancs} blancs − ${figures.nuls} nuls = ${expectedExprimes}`,
        ]),
    ...(figures.exprimes === total
      ? []
      : [fr`la somme des voix (${total}) diffère des exprimés (${figures.exprimes})`]),
    ...(figures.inscrits !== undefined && figures.votants > figures.inscrits
      ? [fr`plus de votants (${figures.votants}) que d'inscrits (${figures.inscrits})`]
      : []),
  ];
  return [
    check(
      'pv.resultats',
      problems.length === 0,
      problems.length === 0
        ? fr`Les résultats du procès-verbal concordent.`
        : fr`Résultats incohérents : ${problems.join(' ; ')}.`,
    ),
  ];
}

/** One figure of a declared procès-verbal that differs from the count. `field` is e.g. `votants` or `voix.DURAND`. */
export interface PvDiscrepancy {
  readonly field: string;
  readonly expected: number;
  readonly declared: number | null;
}

/** Every figure of `declared` that differs from `expected` (a candidate missing from `declared` reads null). */
export function comparePvFigures(expected: PvFigures, declared: PvFigures): PvDiscrepancy[] {
  const scalar = [
    'inscrits',
    'votants',
    'enveloppes',
    'bulletinsSansEnveloppe',
    'blancs',
    'nuls',
    'exprimes',
  ] as const;
  const out: PvDiscrepancy[] = [];
  for (const field of scalar) {
    const want = expected[field];
    if (want !== undefined && declared[field] !== want)
      out.push({ field, expected: want, declared: declared[field] ?? null });
  }
  for (const [candidate, want] of Object.entries(expected.voix)) {
    const got = declared.voix[candidate];
    if (got !== want) out.push({ field: `voix.${candidate}`, expected: want, declared: got ?? null });
  }
  return out;
}

/**
 * Checks the procès-verbal the bureau wrote against the count (code électoral L65, L66, R62): the votants must
 * stay the number of émargements, even when the urn differs (the difference is mentioned, never « arranged »),
 * and every other figure must match.
 */
export function checkDeclaredPv(expected: PvFigures, declared: PvFigures): RuleCheck[] {
  const discrepancies = comparePvFigures(expected, declared);
  const votants = discrepancies.find((d) => d.field === 'votants');
  const others = discrepancies.filter((d) => d.field !== 'votants');
  const describe = (d: PvDiscrepancy): string =>
    fr`${d.field} : ${d.declared ?? 'absent'} au lieu de ${d.expected}`;
  return [
    check(
      'emargement.denombrement',
      votants === undefined,
      votants === undefined
        ? fr`Votants conformes au nombre d'émargements (${expected.votants}).`
        : fr`Votants portés à ${votants.declared ?? 'absent'} : le procès-verbal porte le nombre d'émargements, ${expected.votants} ; un écart avec l'urne se mentionne, il ne se corrige pas.`,
    ),
    check(
      'pv.resultats',
      others.length === 0,
      others.length === 0
        ? fr`Chiffres du procès-verbal conformes au dépouillement.`
        : fr`Chiffres à corriger : ${others.map(describe).join(' ; ')}.`,
    ),
  ];
}
