import {
  decideErp,
  decideFinancement,
  parsePatrimoineCase,
  type Confidence,
  type ErpCase,
  type ErpResult,
  type FinancementCase,
  type FinancementResult,
} from '../../../rules/patrimoine';
import { formatEuros } from '../../../rules/commande-publique/money';
import type { Verdict } from '../../../scoring/evidence';
import type { SubmittedValue } from '../../step-view';
import { defineAssessor, defineCalculator, z, type Assessment } from '../rule-bridge';

/**
 * Refuses, at the scenario's load, any case the `rules patrimoine` command itself refuses (same message): the
 * scenario's arguments are the case without its `kind`.
 */
function refusedAsTheCommand<T extends object>(kind: string) {
  return (value: T, context: z.RefinementCtx) => {
    const parsed = parsePatrimoineCase({ kind, ...value });
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.error });
  };
}

/** An ERP as the command reads it: its category and whether it has sleeping quarters. */
const erpArgs = z
  .strictObject({ categorie: z.number(), locauxSommeil: z.boolean() })
  .superRefine(refusedAsTheCommand('erp'));

/** A cost alone (the plafond of the aids it allows), the commune being the maître d'ouvrage. */
const coutArgs = z
  .strictObject({ coutHT: z.number() })
  .superRefine((value, context) => refusedAsTheCommand('financement')(cased(value.coutHT, 0), context));

/** A cost and the public aids asked for it. */
const financementArgs = z
  .strictObject({ coutHT: z.number(), aidesPubliquesHT: z.number() })
  .superRefine((value, context) =>
    refusedAsTheCommand('financement')(cased(value.coutHT, value.aidesPubliquesHT), context),
  );

function cased(coutHT: number, aidesPubliquesHT: number) {
  return { coutHT, aidesPubliquesHT, maitreOuvrage: 'commune' as const };
}

function erp(args: { categorie: number; locauxSommeil: boolean }): ErpResult {
  const parsed = parsePatrimoineCase({ kind: 'erp', ...args });
  if (!parsed.ok) throw new Error(parsed.error);
  return decideErp(parsed.value as ErpCase);
}

function financement(coutHT: number, aidesPubliquesHT: number): FinancementResult {
  const parsed = parsePatrimoineCase({ kind: 'financement', ...cased(coutHT, aidesPubliquesHT) });
  if (!parsed.ok) throw new Error(parsed.error);
  return decideFinancement(parsed.value as FinancementCase);
}

/**
 * One word for a yes/no of the engine, so that a `branch` can route on it: `oui` / `non`, and `incertain` when
 * the answer rests on a point the fact sheet forbids to score (confidence `M`). A scenario never scores
 * `incertain`.
 */
export type PatrimoineOutcome = 'oui' | 'non' | 'incertain';

/** See {@link PatrimoineOutcome}. */
export function patrimoineOutcome(value: boolean, confidence: Confidence): PatrimoineOutcome {
  if (confidence === 'M') return 'incertain';
  return value ? 'oui' : 'non';
}

/**
 * The regime of the commission de sécurité's visits in one word: `aucune-obligatoire` (5th category without
 * sleeping quarters), `tous-les-5-ans` (5th category with), `selon-type` (categories 1 to 4: every 2, 3 or 5
 * years by type and category), `incertain` for a verdict the sheet does not confirm.
 */
export type RegimeVisites = 'aucune-obligatoire' | 'tous-les-5-ans' | 'selon-type' | 'incertain';

/** See {@link RegimeVisites}. */
export function regimeVisites(result: ErpResult): RegimeVisites {
  if (result.confidence === 'M') return 'incertain';
  if (!result.visitePeriodiqueObligatoire) return 'aucune-obligatoire';
  return result.periodiciteAns === 5 ? 'tous-les-5-ans' : 'selon-type';
}

/**
 * Rules of the commune's buildings and projects a scenario may name; each is a reading of
 * `src/core/rules/patrimoine`: the visits of the commission de sécurité of an ERP (CCH R143-41, règlement de
 * sécurité GE 4) and the cap of the public aids of an investment whose maître d'ouvrage is the commune
 * (CGCT L1111-10: the commune bears at least 20 %).
 */
export const patrimoineCalculators = {
  'patrimoine.regimeVisitesErp': defineCalculator({
    summary:
      'visites de la commission de sécurité d’un ERP : aucune-obligatoire (5e catégorie sans locaux à sommeil), ' +
      'tous-les-5-ans (5e avec sommeil), selon-type (catégories 1 à 4 : 2, 3 ou 5 ans) (CCH R143-41, GE 4)',
    args: erpArgs,
    compute: (args) => regimeVisites(erp(args)),
  }),
  'patrimoine.visitePeriodiqueObligatoire': defineCalculator({
    summary: 'la commission de sécurité doit visiter cet ERP périodiquement : oui ou non (CCH R143-41, GE 4)',
    args: erpArgs,
    compute: (args) => {
      const result = erp(args);
      return patrimoineOutcome(result.visitePeriodiqueObligatoire, result.confidence);
    },
  }),
  'patrimoine.erpExplication': defineCalculator({
    summary: 'explication en français du régime des visites d’un ERP (CCH R143-41, GE 4)',
    args: erpArgs,
    compute: (args) => erp(args).explication,
  }),
  'patrimoine.aidesMaxHT': defineCalculator({
    summary:
      'montant maximal des aides publiques d’un investissement dont la commune est maître d’ouvrage : 80 % du ' +
      'coût HT, au centime inférieur (CGCT L1111-10)',
    args: coutArgs,
    compute: ({ coutHT }) => financement(coutHT, 0).aidesMaxHT,
  }),
  'patrimoine.participationMinimaleHT': defineCalculator({
    summary: 'part minimale de la commune maître d’ouvrage : au moins 20 % du coût HT (CGCT L1111-10)',
    args: coutArgs,
    compute: ({ coutHT }) => financement(coutHT, 0).participationMinimaleHT,
  }),
  'patrimoine.financementConforme': defineCalculator({
    summary: 'les aides publiques demandées restent dans le plafond de 80 % : oui ou non (CGCT L1111-10)',
    args: financementArgs,
    compute: ({ coutHT, aidesPubliquesHT }) => {
      const result = financement(coutHT, aidesPubliquesHT);
      return patrimoineOutcome(result.conforme, result.confidence);
    },
  }),
} as const;

const LINE_IDS = z.array(z.string().min(1)).min(1, { error: 'au moins un identifiant de ligne attendu' });

/**
 * Arguments of `patrimoine.planFinancement`: the cost HT of the operation, the lines of the `allocate` step that
 * are public aids (`aides`) and those the commune brings itself (`propres`: autofinancement, emprunt).
 */
export const planFinancementArgs = z
  .strictObject({ coutHT: z.number(), aides: LINE_IDS, propres: LINE_IDS })
  .superRefine((value, context) => {
    refusedAsTheCommand('financement')(cased(value.coutHT, 0), context);
    const shared = value.aides.filter((line) => value.propres.includes(line));
    if (shared.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `ligne à la fois aide et part propre : ${shared.join(', ')}`,
      });
    }
  });

type PlanArgs = z.infer<typeof planFinancementArgs>;

/** The sum of some lines, in whole cents (a missing or unreadable line counts 0). */
function sumCents(values: Readonly<Record<string, SubmittedValue>>, lines: readonly string[]): number {
  return lines.reduce((total, line) => {
    const value = values[line];
    return total + (typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) : 0);
  }, 0);
}

const SEVERITY: Readonly<Record<Verdict, number>> = { conforme: 0, acceptable: 1, risque: 2, illegal: 3 };

/**
 * A funding plan: the public aids may not pass 80 % of the cost (CGCT L1111-10, judged by the engine: illegal
 * beyond), and the resources must cover the cost exactly, no more, no less (a plan that does not balance is sent
 * back by the financeurs: risque).
 */
export function assessPlanFinancement(
  values: Readonly<Record<string, SubmittedValue>>,
  args: PlanArgs,
): Assessment {
  const aidesCents = sumCents(values, args.aides);
  const totalCents = aidesCents + sumCents(values, args.propres);
  const costCents = Math.round(args.coutHT * 100);
  const engine = financement(args.coutHT, aidesCents / 100);
  let verdict: Verdict = 'conforme';
  const reasons: string[] = [];
  if (!engine.conforme) {
    verdict = 'illegal';
    reasons.push(engine.explication);
  }
  if (totalCents !== costCents) {
    if (SEVERITY[verdict] < SEVERITY.risque) verdict = 'risque';
    reasons.push(
      `Les ressources (${formatEuros(totalCents / 100)}) doivent couvrir exactement le coût de ` +
        `${formatEuros(args.coutHT)} : un plan de financement présenté en déséquilibre est renvoyé par les financeurs.`,
    );
  }
  return { verdict, explanation: reasons.join(' '), reference: 'CGCT L1111-10' };
}

/** Whole-submission judgements of the same domain (see {@link patrimoineCalculators}). */
export const patrimoineAssessors = {
  'patrimoine.planFinancement': defineAssessor({
    summary:
      'plan de financement d’un investissement communal (tableau de répartition) : aides publiques au plus 80 % ' +
      'du coût HT, ressources égales au coût (CGCT L1111-10)',
    args: planFinancementArgs,
    assess: assessPlanFinancement,
  }),
} as const;
