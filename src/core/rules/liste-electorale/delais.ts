import type { Confidence } from './types';

/**
 * The fixed deadlines of the liste électorale, in days, as `shared/legal-facts-services.md` §3.2 and §3.3 give
 * them (all [C]): the maire's decision on a demand and its notification (L18), the contradictory procedure of a
 * radiation for loss of attachment (L18, RM n° 1131, JO AN 21 janvier 2025), the RAPO before the commission de
 * contrôle and the commission's answer (L18, L19), the tribunal judiciaire (L20), a third voter's recours against
 * the tableau (R13).
 */
export const DELAIS_LISTE = {
  'decision-maire': {
    jours: 5,
    libelle: 'le maire statue sur une demande d’inscription dans les 5 jours de son dépôt',
    references: ['code électoral L18'],
  },
  notification: {
    jours: 2,
    libelle: 'sa décision (inscription refusée, radiation) est notifiée dans les 2 jours',
    references: ['code électoral L18'],
  },
  'observations-radiation': {
    jours: 15,
    libelle:
      'avant une radiation pour perte d’attache, l’électeur a 15 jours pour présenter ses observations sur le projet motivé',
    references: ['code électoral L18', 'RM n° 1131, JO AN 21 janvier 2025'],
  },
  rapo: {
    jours: 5,
    libelle:
      'recours administratif préalable obligatoire devant la commission de contrôle, dans les 5 jours de la notification',
    references: ['code électoral L18'],
  },
  'decision-commission': {
    jours: 30,
    libelle:
      'la commission de contrôle statue sur le recours dans les 30 jours (avant un scrutin, au plus tard à sa réunion) ; son silence vaut rejet',
    references: ['code électoral L18', 'code électoral L19'],
  },
  tribunal: {
    jours: 7,
    libelle: 'recours devant le tribunal judiciaire dans les 7 jours de la décision de la commission',
    references: ['code électoral L20'],
  },
  'recours-tableau': {
    jours: 7,
    libelle:
      'un électeur peut contester le tableau des inscriptions et radiations, publié le lendemain de la réunion, dans les 7 jours',
    references: ['code électoral R13'],
  },
} as const;

export type DelaiListe = keyof typeof DELAIS_LISTE;

/** The names of the fixed deadlines, for a scenario's arguments. */
export const DELAIS_LISTE_IDS = Object.keys(DELAIS_LISTE) as [DelaiListe, ...DelaiListe[]];

/** A fixed deadline with its reference; every one is confirmed in the fiche ([C]). */
export interface DelaiListeResult {
  readonly jours: number;
  readonly libelle: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/** The fixed deadline named `id` (days), with what it governs and its reference. */
export function delaiListe(id: DelaiListe): DelaiListeResult {
  const delai = DELAIS_LISTE[id];
  return { jours: delai.jours, libelle: delai.libelle, references: delai.references, confidence: 'C' };
}
