import { z } from '../../validation/schema';
import type { Confidence } from './types';

/** `kind: "erp"`: must the commission de sécurité visit this établissement recevant du public periodically? */
export const erpCaseSchema = z.strictObject({
  kind: z.literal('erp'),
  categorie: z
    .number({ error: 'categorie attendue : un entier de 1 à 5' })
    .int({ error: 'categorie attendue : un entier de 1 à 5' })
    .min(1, { error: 'categorie attendue : un entier de 1 à 5' })
    .max(5, { error: 'categorie attendue : un entier de 1 à 5' }),
  locauxSommeil: z.boolean({ error: 'locauxSommeil attendu : true ou false' }),
});

export type ErpCase = z.infer<typeof erpCaseSchema>;

/** The `rules patrimoine` output for an ERP. */
export interface ErpResult {
  readonly kind: 'erp';
  readonly visitePeriodiqueObligatoire: boolean;
  readonly visiteOuvertureObligatoire: boolean;
  /** Years between periodic visits when the fiche fixes it (5th category with sleeping quarters); else null. */
  readonly periodiciteAns: number | null;
  /** For categories 1 to 4: the possible periodicities, set by type and category (règlement de sécurité GE 4). */
  readonly periodicitesPossiblesAns: readonly number[];
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * Periodic visits of the commission de sécurité (CCH R143-41, ex-R123-48; règlement de sécurité GE 4):
 * categories 1 to 4 every 2, 3 or 5 years; 5th category with sleeping quarters every 5 years, opened by the
 * maire's arrêté; 5th category without: neither periodic nor opening visit required (the maire may ask for an
 * unannounced one). The verdict is [C]; the article numbers after the 2021 renumbering are [P] (fiche §6.4).
 */
export function decideErp(input: ErpCase): ErpResult {
  const references = ['CCH R143-41', 'règlement de sécurité ERP (arrêté du 25 juin 1980) GE 4'];
  if (input.categorie < 5) {
    return {
      kind: 'erp',
      visitePeriodiqueObligatoire: true,
      visiteOuvertureObligatoire: true,
      periodiciteAns: null,
      periodicitesPossiblesAns: [2, 3, 5],
      references,
      confidence: 'C',
      explication: `ERP de ${input.categorie}e catégorie : visite d’ouverture et visites périodiques de la commission de sécurité, tous les 2, 3 ou 5 ans selon le type et la catégorie.`,
    };
  }
  if (input.locauxSommeil) {
    return {
      kind: 'erp',
      visitePeriodiqueObligatoire: true,
      visiteOuvertureObligatoire: true,
      periodiciteAns: 5,
      periodicitesPossiblesAns: [5],
      references,
      confidence: 'C',
      explication:
        'ERP de 5e catégorie avec locaux à sommeil : visite tous les 5 ans, ouverture par arrêté du maire après visite.',
    };
  }
  return {
    kind: 'erp',
    visitePeriodiqueObligatoire: false,
    visiteOuvertureObligatoire: false,
    periodiciteAns: null,
    periodicitesPossiblesAns: [],
    references,
    confidence: 'C',
    explication:
      'ERP de 5e catégorie sans locaux à sommeil (une salle des fêtes, par exemple) : ni visite périodique ni visite d’ouverture obligatoires ; le maire peut demander une visite inopinée. Registre de sécurité : discuté, non noté.',
  };
}
