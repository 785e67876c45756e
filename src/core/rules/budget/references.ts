/**
 * The mark every citation of an article the ordonnance n° 2025-526 may have repealed or moved carries (erratum
 * 10): the rule is kept, « à droit constant », but its number is to be checked on Légifrance.
 */
export const RENUMBERING_MARK = '(numérotation à vérifier, ordonnance n° 2025-526)';

/**
 * The legal references of the budget domain, as shared/legal-facts.md §4 cites them.
 * One constant per rule so that a debrief line and its test name the same article.
 */
export const BUDGET_REFERENCES = {
  /** Execution before the vote: operating credits of last year, a quarter of investment credits. */
  executionAvantVote: 'CGCT L1612-1',
  /** Vote by 15 April (30 April in a renewal year); CRC referral when late. */
  dateLimiteVote: 'CGCT L1612-2',
  /** Équilibre réel: sections in balance, sincerity, capital repayment covered by own resources. */
  equilibreReel: 'CGCT L1612-4',
  /** A budget not in équilibre réel goes to the CRC within 30 days of its transmission. */
  desequilibre: 'CGCT L1612-5',
  /** A surplus in a section is not an imbalance. */
  excedent: 'CGCT L1612-6 et L1612-7',
  /** Transmission to the préfet at most 15 days after the vote deadline; number to check (erratum 10). */
  transmission: `CGCT L1612-8 ${RENUMBERING_MARK}`,
  /** Compte administratif voted by 30 June of the following year, compte de gestion by 1 June. */
  compteAdministratif: 'CGCT L1612-12',
  /** Compte administratif sent to the préfet by 15 July. */
  transmissionCompteAdministratif: 'CGCT L1612-13',
  /** Execution deficit of 10 % (under 20 000 inhabitants) or 5 % of operating revenue: CRC referral. */
  deficitExecution: 'CGCT L1612-14',
  /** Débat d'orientation budgétaire, compulsory from 3 500 inhabitants. */
  debatOrientation: 'CGCT L2312-1',
  /** Présentation brève et synthétique joined to the budget, online within a month. */
  presentationBreve: 'CGCT L2313-1',
  /** Tax rates notified by 15 April (30 April in a renewal year). */
  tauxFiscaux: 'CGI art. 1639 A',
  /** Compte financier unique compulsory for the 2026 accounts. */
  compteFinancierUnique:
    'loi n° 2018-1317 du 28 décembre 2018, art. 242 (modifié par la loi n° 2023-1322, art. 205)',
  /** Fongibilité des crédits in M57 (metropolitan regime extended to all M57 entities). */
  fongibilite: `CGCT L5217-10-6 ${RENUMBERING_MARK}`,
  /** Dépenses imprévues in M57: AP/AE only, no credit; number to check (erratum 10). */
  depensesImprevues: `CGCT L5217-12-2 ${RENUMBERING_MARK}`,
  /** The M57 budget and accounting instruction (chapters, opérations d'ordre). */
  instructionM57: 'instruction budgétaire et comptable M57',
} as const;

/** French note attached to references whose number the ordonnance n° 2025-526 may have changed. */
export const RENUMBERING_NOTE =
  'Numéro d’article à vérifier : l’ordonnance n° 2025-526 du 12 juin 2025 a recodifié les règles M57 dans la 1re partie du CGCT et les nouveaux numéros n’ont pas été trouvés.';

/** French note on L1612-8, whose 1996 version one consolidated source lists as repealed on 1 January 2026. */
export const TRANSMISSION_RENUMBERING_NOTE =
  'Numéro d’article à vérifier : une base consolidée (juriblio.fr) présente la version de 1996 de l’article L1612-8 comme abrogée au 1er janvier 2026, sans doute par la recodification de l’ordonnance n° 2025-526 ; la règle des 15 jours reste confirmée par la préfecture de l’Oise et la Banque des territoires.';
