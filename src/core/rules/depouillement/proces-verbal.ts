import { fr, plural } from './french-text';
import type { RuleCheck } from './legal-rule';
import { check, type ProcessRuleId } from './process-rules';
import type { UrnComparison } from './reconciliation';

/** The requirements of the procès-verbal and its aftermath, in the order the bureau meets them. */
export const PV_CHECKLIST: readonly ProcessRuleId[] = [
  'pv.resultats',
  'pv.mention-ecart',
  'pv.blancs-annexes',
  'pv.nuls-annexes',
  'pv.observations',
  'pv.deux-exemplaires',
  'pv.signatures',
  'pv.proclamation',
  'pv.affichage',
  'pv.destruction',
  'pv.transmission',
];

/** What the bureau did with the procès-verbal, as the scenario records it. */
export interface PvRecord {
  readonly ecartMentioned: boolean;
  readonly blancsAnnexed: boolean;
  /** Nuls and non-regulatory envelopes annexed, countersigned, the cause written on each. */
  readonly nulsAnnexedWithCause: boolean;
  /** Whether electors or délégués made observations, and whether they were written on the PV. */
  readonly observationsMade: boolean;
  readonly observationsRecorded: boolean;
  readonly copies: number;
  readonly signedByAllMembers: boolean;
  readonly proclaimedInPublic: boolean;
  readonly postedInRoom: boolean;
  readonly otherBallotsDestroyedBeforeElectors: boolean;
  readonly transmitted: boolean;
}

/** What the count found, which decides which annexes and mentions are due. */
export interface PvContext {
  readonly comparison: UrnComparison;
  readonly blancs: number;
  readonly nuls: number;
}

function dueWhen(
  rule: ProcessRuleId,
  due: boolean,
  done: boolean,
  ok: string,
  missing: string,
  none: string,
): RuleCheck {
  if (!due) return check(rule, true, none);
  return check(rule, done, done ? ok : missing);
}

/**
 * Checks the procès-verbal and what follows it, item by item of {@link PV_CHECKLIST} except `pv.resultats`
 * (see `checkDeclaredPv`): difference mentioned (L65), blancs annexed (L65), nuls annexed with their cause (L66),
 * other ballots destroyed before the electors (R68). Two copies, signatures, observations, proclamation, posting
 * and transmission rest on R52, R67 and R70, listed in legal-facts.md §7: their checks carry `uncertain`.
 */
export function checkProcesVerbal(record: PvRecord, context: PvContext): RuleCheck[] {
  const { ecart, ecartEnveloppes, mentionAuPV } = context.comparison;
  return [
    dueWhen(
      'pv.mention-ecart',
      mentionAuPV,
      record.ecartMentioned,
      fr`Écart de ${ecart} (enveloppes seules : ${ecartEnveloppes}) mentionné au procès-verbal.`,
      fr`Écart de ${ecart} (enveloppes seules : ${ecartEnveloppes}) avec les émargements : il doit être mentionné au procès-verbal, tel quel.`,
      fr`Aucun écart entre l'urne et les émargements.`,
    ),
    dueWhen(
      'pv.blancs-annexes',
      context.blancs > 0,
      record.blancsAnnexed,
      fr`${plural(context.blancs, 'bulletin blanc annexé', 'bulletins blancs annexés')} au procès-verbal.`,
      fr`${plural(context.blancs, 'bulletin blanc', 'bulletins blancs')} à annexer au procès-verbal.`,
      fr`Aucun bulletin blanc à annexer.`,
    ),
    dueWhen(
      'pv.nuls-annexes',
      context.nuls > 0,
      record.nulsAnnexedWithCause,
      fr`${plural(context.nuls, 'bulletin nul annexé et contresigné', 'bulletins nuls annexés et contresignés')}, la cause écrite sur chacun.`,
      fr`${plural(context.nuls, 'bulletin nul', 'bulletins nuls')} à annexer, contresigner et motiver un par un.`,
      fr`Aucun bulletin nul à annexer.`,
    ),
    dueWhen(
      'pv.observations',
      record.observationsMade,
      record.observationsRecorded,
      fr`Observations des électeurs et délégués portées au procès-verbal.`,
      fr`Les observations des électeurs et délégués doivent être portées au procès-verbal.`,
      fr`Aucune observation présentée.`,
    ),
    check(
      'pv.deux-exemplaires',
      record.copies === 2,
      record.copies === 2
        ? fr`Procès-verbal en deux exemplaires.`
        : fr`${plural(record.copies, 'exemplaire')} au lieu de deux.`,
    ),
    check(
      'pv.signatures',
      record.signedByAllMembers,
      record.signedByAllMembers
        ? fr`Exemplaires signés de tous les membres du bureau.`
        : fr`Tous les membres du bureau doivent signer.`,
    ),
    check(
      'pv.proclamation',
      record.proclaimedInPublic,
      record.proclaimedInPublic
        ? fr`Résultat proclamé en public.`
        : fr`Le président doit proclamer le résultat en public.`,
    ),
    check(
      'pv.affichage',
      record.postedInRoom,
      record.postedInRoom
        ? fr`Résultat affiché dans la salle de vote.`
        : fr`Le résultat doit être affiché en toutes lettres dans la salle.`,
    ),
    check(
      'pv.destruction',
      record.otherBallotsDestroyedBeforeElectors,
      record.otherBallotsDestroyedBeforeElectors
        ? fr`Bulletins non annexés détruits en présence des électeurs.`
        : fr`Les bulletins non annexés doivent être détruits en présence des électeurs.`,
    ),
    check(
      'pv.transmission',
      record.transmitted,
      record.transmitted
        ? fr`Procès-verbal transmis.`
        : fr`Un exemplaire doit être transmis à la préfecture ou sous-préfecture.`,
    ),
  ];
}
