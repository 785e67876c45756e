import { fr, plural } from './french-text';
import type { RuleCheck } from './legal-rule';
import { check } from './process-rules';

/** Fewest people at a counting table (code électoral L65, R64, R65). */
export const MIN_SCRUTATEURS_PER_TABLE = 4;

/** Envelopes per enveloppe de centaine (code électoral R65-1). */
export const ENVELOPES_PER_PACKET = 100;

/** A person counting at a table: a scrutateur designated by a candidate or list, or a member of the bureau. */
export interface Scrutateur {
  readonly name: string;
  /** The candidate or list that designated the scrutateur, when known. */
  readonly designatedBy?: string;
}

/** One counting table. */
export interface CountingTable {
  readonly scrutateurs: readonly Scrutateur[];
}

/**
 * The counting tables made of so many scrutateurs designated by each candidate or list: `rows[t][i]` people of
 * `candidates[i]` at table t. A row of zeros opens no table. `tablesOfCounts([[2, 2]], ['A', 'B'])` is one table
 * of four, two designated by A and two by B.
 */
export function tablesOfCounts(
  rows: readonly (readonly number[])[],
  candidates: readonly string[],
): CountingTable[] {
  return rows
    .filter((row) => row.some((n) => n > 0))
    .map((row) => ({
      scrutateurs: candidates.flatMap((candidate, i) =>
        Array.from({ length: row[i] ?? 0 }, (_, j) => ({
          name: `${candidate} ${j + 1}`,
          designatedBy: candidate,
        })),
      ),
    }));
}

function mixingCheck(tables: readonly CountingTable[]): RuleCheck {
  const sides = new Set(tables.flatMap((t) => t.scrutateurs.flatMap((s) => s.designatedBy ?? [])));
  const unmixed = tables.flatMap((table, i) => {
    const designated = table.scrutateurs.flatMap((s) => s.designatedBy ?? []);
    return sides.size >= 2 && designated.length >= 2 && new Set(designated).size === 1 ? [i + 1] : [];
  });
  return check(
    'tables.melange',
    unmixed.length === 0,
    unmixed.length === 0
      ? fr`Scrutateurs des différents candidats ou listes mélangés aux tables.`
      : fr`Table(s) n° ${unmixed.join(', ')} : scrutateurs d'un seul camp ; mélangez-les autant que possible.`,
  );
}

/**
 * Checks the counting tables (code électoral L65, R64, R65): at least four people at each table (members of the
 * bureau may fill in when scrutateurs are too few), no more tables than isoloirs, scrutateurs mixed between
 * candidates or lists as far as possible (a recommendation).
 */
export function checkTables(tables: readonly CountingTable[], isoloirs: number): RuleCheck[] {
  const small = tables.flatMap((table, i) =>
    table.scrutateurs.length < MIN_SCRUTATEURS_PER_TABLE ? [i + 1] : [],
  );
  const enough = tables.length > 0 && small.length === 0;
  return [
    check(
      'tables.quatre-scrutateurs',
      enough,
      tables.length === 0
        ? fr`Aucune table de dépouillement n'est constituée.`
        : enough
          ? fr`Chaque table compte au moins ${MIN_SCRUTATEURS_PER_TABLE} scrutateurs.`
          : fr`Table(s) n° ${small.join(', ')} : moins de ${MIN_SCRUTATEURS_PER_TABLE} scrutateurs ; complétez-les, au besoin par des membres du bureau.`,
    ),
    check(
      'tables.isoloirs',
      tables.length <= isoloirs,
      tables.length <= isoloirs
        ? fr`${plural(tables.length, 'table')} pour ${plural(isoloirs, 'isoloir')}.`
        : fr`${plural(tables.length, 'table')} pour ${plural(isoloirs, 'isoloir')} : pas plus de tables que d'isoloirs.`,
    ),
    mixingCheck(tables),
  ];
}

/**
 * The enveloppes de centaine for a number of envelopes (code électoral R65-1): as many packets of 100 as
 * possible, then one packet holding the remainder. `packetsOfHundred(201)` → `[100, 100, 1]`; 0 → `[]`.
 */
export function packetsOfHundred(envelopes: number): number[] {
  if (!Number.isInteger(envelopes) || envelopes < 0) {
    throw new RangeError(`Nombre d'enveloppes invalide : ${envelopes}.`);
  }
  const full = Math.floor(envelopes / ENVELOPES_PER_PACKET);
  const remainder = envelopes % ENVELOPES_PER_PACKET;
  const packets: number[] = Array.from({ length: full }, () => ENVELOPES_PER_PACKET);
  return remainder > 0 ? [...packets, remainder] : packets;
}

/** One enveloppe de centaine as the bureau closed it. */
export interface EnveloppeDeCentaine {
  /** Envelopes put inside. */
  readonly count: number;
  readonly sealed: boolean;
  readonly signedByPresident: boolean;
  /** The assesseurs who signed it, with the candidate or list each represents. */
  readonly assesseurSignatures: readonly { readonly name: string; readonly represents: string }[];
  /** Whether the number of envelopes inside is written on it (required for the remainder). */
  readonly countWritten: boolean;
}

function isWellSigned(packet: EnveloppeDeCentaine, singleList: boolean): boolean {
  const sides = new Set(packet.assesseurSignatures.map((s) => s.represents));
  const assesseursOk = packet.assesseurSignatures.length >= 2 && (singleList || sides.size >= 2);
  return packet.sealed && packet.signedByPresident && assesseursOk;
}

/**
 * Checks the enveloppes de centaine of a count (code électoral R65-1): the packets are those of
 * {@link packetsOfHundred}, the remainder's packet bears its number, and each packet is sealed and signed by the
 * président and at least two assesseurs of different candidates or lists (unless there is a single one).
 */
export function checkEnveloppesDeCentaine(
  envelopes: number,
  packets: readonly EnveloppeDeCentaine[],
  singleList: boolean,
): RuleCheck[] {
  const expected = packetsOfHundred(envelopes);
  const made = packets.map((p) => p.count);
  const sameSplit = made.length === expected.length && made.every((count, i) => count === expected[i]);
  const unnumbered = packets.some((p) => p.count < ENVELOPES_PER_PACKET && !p.countWritten);
  const badlySigned = packets.flatMap((p, i) => (isWellSigned(p, singleList) ? [] : [i + 1]));
  return [
    check(
      'centaine.paquets',
      sameSplit && !unnumbered,
      !sameSplit
        ? fr`Paquets attendus pour ${plural(envelopes, 'enveloppe')} : ${expected.join(' + ') || 'aucun'} ; faits : ${made.join(' + ') || 'aucun'}.`
        : unnumbered
          ? fr`L'enveloppe de centaine du reliquat doit porter le nombre d'enveloppes qu'elle contient.`
          : fr`Enveloppes regroupées par paquets de 100, reliquat compté.`,
    ),
    check(
      'centaine.signatures',
      badlySigned.length === 0,
      badlySigned.length === 0
        ? fr`Enveloppes de centaine cachetées et signées du président et de deux assesseurs.`
        : fr`Enveloppe(s) de centaine n° ${badlySigned.join(', ')} : à cacheter et faire signer du président et de deux assesseurs de listes différentes.`,
    ),
  ];
}
