import { formatEuros, reaches } from './money';
import type { Confidence, Procedure, Publicite } from './types';

/** The rule that lets a buyer award an SSS contract by procédure adaptée whatever its value. */
export const SSS_PROCEDURE_REFERENCE = 'CCP R2123-1 3°';

/** Where the list of SSS (school and canteen catering among them) is found. */
export const SSS_LIST_REFERENCE = 'avis annexé au CCP (avis du 31 mars 2019, liste des SSS)';

/**
 * The European threshold of SSS contracts: from it a notice in the JOUE is compulsory; it does not switch the
 * contract to a formalised procedure (legal-facts §0 bis 1, [C]).
 */
export const SSS_EUROPEAN_NOTICE_THRESHOLD = {
  amountHT: 750_000,
  reference: `${SSS_PROCEDURE_REFERENCE} ; avis annexé au CCP (seuil des SSS)`,
  source: 'fiche juridique §0 bis 1 (avis annexé au code de la commande publique)',
  confidence: 'confirmed',
} as const satisfies { amountHT: number; reference: string; source: string; confidence: Confidence };

/** Procedure and publicity of an SSS contract, with how sure the project is of the publicity. */
export interface SocialServiceClassification {
  readonly procedure: Procedure;
  readonly publicite: Publicite;
  /** True from 750 000 € HT: a notice in the JOUE is compulsory. */
  readonly publiciteEuropeenneObligatoire: boolean;
  /**
   * The fact sheet confirms the JOUE notice from 750 000 € HT, but marks the publicity of an SSS MAPA below it
   * [P] « ne pas noter »: that publicity is `uncertain` here, so that no scenario may score it.
   */
  readonly publiciteConfidence: Confidence;
}

/**
 * Procedure and publicity of a « service social et autre service spécifique » (CCP R2123-1 3°): procédure
 * adaptée whatever the value, once the dispense threshold of R2122-8 is reached (that article covers every
 * contract, so an SSS below it may still be awarded without publicity nor competition). From 750 000 € HT a
 * notice in the JOUE is compulsory. Below it the game shows, as the prudent course, the publicity of an
 * ordinary MAPA (free below 90 000 € HT, BOAMP or JAL from it), marked `uncertain`.
 */
export function classifySocialServiceProcedure(
  valueHT: number,
  thresholds: { readonly dispenseHT: number; readonly boampHT: number },
): SocialServiceClassification {
  if (!reaches(valueHT, thresholds.dispenseHT)) {
    return {
      procedure: 'sans_publicite',
      publicite: 'aucune_obligatoire',
      publiciteEuropeenneObligatoire: false,
      publiciteConfidence: 'confirmed',
    };
  }
  if (reaches(valueHT, SSS_EUROPEAN_NOTICE_THRESHOLD.amountHT)) {
    // The JOUE notice is confirmed; the BOAMP beside it is this game's reading, hence `partial`.
    return {
      procedure: 'adaptee',
      publicite: 'boamp_et_joue',
      publiciteEuropeenneObligatoire: true,
      publiciteConfidence: 'partial',
    };
  }
  return {
    procedure: 'adaptee',
    publicite: reaches(valueHT, thresholds.boampHT) ? 'boamp_ou_jal' : 'libre_adaptee',
    publiciteEuropeenneObligatoire: false,
    publiciteConfidence: 'uncertain',
  };
}

/** Why an SSS contract takes this procedure and this publicity, in French, for a trainer or a debrief. */
export function explainSocialService(
  valueHT: number,
  classification: SocialServiceClassification,
  thresholds: { readonly boampHT: number; readonly formaliseHT: number },
): string {
  const value = `Valeur estimée ${formatEuros(valueHT)}`;
  const joue = formatEuros(SSS_EUROPEAN_NOTICE_THRESHOLD.amountHT);
  const head =
    `${value} : service social et autre service spécifique (la restauration scolaire en est un) : ` +
    'procédure adaptée quelle que soit la valeur (CCP R2123-1 3°)';
  const beyond = reaches(valueHT, thresholds.formaliseHT)
    ? `, même au-delà du seuil européen des services (${formatEuros(thresholds.formaliseHT)})`
    : '';
  if (classification.publiciteEuropeenneObligatoire) {
    return `${head}${beyond} ; à partir de ${joue}, un avis au JOUE est obligatoire.`;
  }
  const prudent = reaches(valueHT, thresholds.boampHT)
    ? `un avis au BOAMP ou dans un journal d’annonces légales est la solution prudente`
    : 'une publicité adaptée au montant et à l’objet suffit';
  return (
    `${head}${beyond} ; ${joue} n’est que le seuil à partir duquel un avis au JOUE devient obligatoire. ` +
    `Publicité en dessous : ${prudent} (point non confirmé par la fiche juridique, non noté).`
  );
}
