import { makeIsoDate, type IsoDate } from '../../dates';
import { BUDGET_REFERENCES as REF } from './references';

/** The first exercice for which the compte financier unique is compulsory. */
export const CFU_COMPULSORY_FROM_EXERCICE = 2026;

/** The first exercice for which a volunteer commune could produce a CFU in place of the two accounts. */
export const CFU_VOLUNTEER_FROM_EXERCICE = 2024;

/** How the accounts of one exercice are closed, with the dates of the following year. */
export interface AccountsClosingRule {
  readonly exercice: number;
  readonly document: 'compte administratif' | 'compte financier unique';
  /** Last day of the council's vote. */
  readonly voteBy: IsoDate;
  /** Compte administratif only: the comptable's compte de gestion reaches the commune by this day. */
  readonly compteDeGestionBy: IsoDate | null;
  /** Last day of transmission to the préfet. */
  readonly transmissionBy: IsoDate;
  readonly references: readonly string[];
  /** French, for the debrief. */
  readonly explanation: string;
  /**
   * True for the CFU: the fact sheet keeps 30 June / 15 July from memory only ([M]), so the dates inform and the
   * only scored point is which document is voted.
   */
  readonly datesUncertain: boolean;
}

/**
 * The arrêté des comptes of an exercice, a dated rule — CGCT L1612-12 and L1612-13 for the compte administratif
 * (vote by 30 June of N+1, compte de gestion by 1 June, transmission by 15 July); the compte financier unique
 * replaces both accounts from the 2026 accounts (loi de finances pour 2019, art. 242, as amended by the loi de
 * finances pour 2024, art. 205), so in 2026 the council still votes the 2025 compte administratif, and the
 * first compulsory CFU is voted in 2027.
 */
export function accountsClosingRule(
  exercice: number,
  options: { cfuVolunteer?: boolean } = {},
): AccountsClosingRule {
  const next = exercice + 1;
  const voteBy = makeIsoDate(next, 6, 30);
  const transmissionBy = makeIsoDate(next, 7, 15);
  const cfu =
    exercice >= CFU_COMPULSORY_FROM_EXERCICE ||
    (options.cfuVolunteer === true && exercice >= CFU_VOLUNTEER_FROM_EXERCICE);
  if (cfu) {
    return {
      exercice,
      document: 'compte financier unique',
      voteBy,
      compteDeGestionBy: null,
      transmissionBy,
      references: [REF.compteFinancierUnique],
      explanation: `Les comptes ${exercice} sont arrêtés par un compte financier unique, qui remplace le compte administratif et le compte de gestion (${REF.compteFinancierUnique}) ; vote attendu au plus tard le 30 juin ${next} (date retenue par analogie, non vérifiée pour le CFU).`,
      datesUncertain: true,
    };
  }
  return {
    exercice,
    document: 'compte administratif',
    voteBy,
    compteDeGestionBy: makeIsoDate(next, 6, 1),
    transmissionBy,
    references: [REF.compteAdministratif, REF.transmissionCompteAdministratif],
    explanation: `Le compte administratif ${exercice} est voté au plus tard le 30 juin ${next}, après réception du compte de gestion du comptable au plus tard le 1er juin ; il est transmis au préfet au plus tard le 15 juillet ${next} (${REF.compteAdministratif} et ${REF.transmissionCompteAdministratif}).`,
    datesUncertain: false,
  };
}
