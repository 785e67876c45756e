import { fr, typeset } from './french-text';
import type { LegalRule, RuleCheck, Severity } from './legal-rule';

/** A rule of the poll's closing, the count or the procès-verbal, checked on what the bureau did. */
export interface ProcessRule extends LegalRule {
  readonly severity: Severity;
}

const SCRUTATEURS = 'code électoral L65, R64 et R65';
const POINTAGE = 'code électoral L65 et R66';
const R67_UNCERTAIN = fr`R67 figure au § 7 de la fiche juridique (formulation non relue) : exposé, jamais noté.`;

/**
 * Every process rule, with its reference as legal-facts.md §3 gives it. R52, R67 and R70 are listed in §7 of
 * the fact sheet: their rules are exposed with `uncertain`, never scored.
 */
export const PROCESS_RULES = {
  'cloture.heure': {
    reference: 'code électoral R41',
    confidence: 'P',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Le scrutin est clos à 18 h, sauf si le décret de convocation en dispose autrement (19 h à l'élection présidentielle, 20 h là où le préfet l'autorise) ou si un arrêté préfectoral retarde la clôture : jamais avant l'heure légale de l'élection.`,
  },
  'cloture.constat-public': {
    reference: 'code électoral R57',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Le président constate publiquement l'heure de clôture et la mentionne au procès-verbal.`,
  },
  'cloture.votes-tardifs': {
    reference: 'code électoral R57',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Après la clôture, seul l'électeur entré dans la salle avant l'heure peut encore voter.`,
  },
  'emargement.signature-bureau': {
    reference: 'code électoral R62',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Dès la clôture, la liste d'émargement est signée par tous les membres du bureau.`,
  },
  'emargement.denombrement': {
    reference: 'code électoral R62',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Aussitôt après, le bureau dénombre les émargements : c'est le nombre de votants du procès-verbal.`,
  },
  'emargement.signature-electeur': {
    reference: 'code électoral L62-1',
    confidence: 'M',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Le vote de chaque électeur est constaté par sa signature sur la liste d'émargement.`,
    why: fr`Marqué [M] dans la fiche juridique : non vérifié.`,
  },
  'emargement.mandataire': {
    // L74, not L73: L73 only caps the number of proxies (legal-facts.md § 0 bis 3).
    reference: 'code électoral L74',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Le mandataire signe la liste d'émargement en face du nom du mandant.`,
  },
  'procuration.plafond': {
    reference: 'code électoral L73',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Un mandataire dispose au plus de deux procurations, dont une seule établie en France ; au-delà, seules les premières dressées sont valables, les autres sont nulles de plein droit.`,
  },
  'depouillement.sans-desemparer': {
    reference: 'code électoral R63',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Le dépouillement suit immédiatement le dénombrement des émargements, en public, et se poursuit sans désemparer jusqu'à son achèvement.`,
  },
  'urne.comparaison': {
    reference: 'code électoral L65',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`L'urne ouverte, le nombre des enveloppes est vérifié ; s'il diffère du nombre des émargements, il en est fait mention au procès-verbal.`,
  },
  'tables.quatre-scrutateurs': {
    reference: SCRUTATEURS,
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Les scrutateurs se répartissent par tables de quatre au moins ; à défaut de scrutateurs en nombre suffisant, les membres du bureau peuvent dépouiller.`,
  },
  'tables.isoloirs': {
    reference: SCRUTATEURS,
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Le nombre de tables de dépouillement ne peut dépasser le nombre d'isoloirs.`,
  },
  'tables.melange': {
    reference: SCRUTATEURS,
    confidence: 'C',
    uncertain: false,
    severity: 'recommandation',
    statement: fr`À chaque table, les scrutateurs des différents candidats ou listes sont mélangés autant que possible.`,
  },
  'centaine.paquets': {
    reference: 'code électoral R65-1',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Les enveloppes électorales sont regroupées par paquets de 100 dans des enveloppes de centaine ; le reliquat va dans une enveloppe de centaine portant le nombre d'enveloppes qu'elle contient.`,
  },
  'centaine.signatures': {
    reference: 'code électoral R65-1',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Chaque enveloppe de centaine est cachetée et signée du président et d'au moins deux assesseurs de listes ou candidats différents (sauf liste ou candidat unique).`,
  },
  'pointage.feuilles': {
    reference: POINTAGE,
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Un scrutateur lit chaque bulletin à haute voix ; les noms sont relevés par au moins deux scrutateurs sur des feuilles de pointage signées et remises au bureau.`,
  },
  'pointage.concordance': {
    reference: POINTAGE,
    confidence: 'P',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Les feuilles de pointage d'une même table doivent concorder ; un écart se résout avant de remettre les feuilles au bureau.`,
  },
  'pv.resultats': {
    reference: 'code électoral L65 et L66',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Blancs et nuls n'entrent pas dans les suffrages exprimés : exprimés = enveloppes et bulletins trouvés − blancs − nuls = somme des voix ; votants = émargements.`,
  },
  'pv.mention-ecart': {
    reference: 'code électoral L65',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Toute différence entre enveloppes (et bulletins trouvés) et émargements est mentionnée au procès-verbal, jamais « arrangée ».`,
  },
  'pv.blancs-annexes': {
    reference: 'code électoral L65',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Les bulletins blancs (et enveloppes vides) sont décomptés à part et annexés au procès-verbal.`,
  },
  'pv.nuls-annexes': {
    reference: 'code électoral L66',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Les bulletins nuls et les enveloppes non réglementaires sont annexés au procès-verbal, contresignés par les membres du bureau, la cause de l'annexion écrite sur chacun.`,
  },
  'pv.destruction': {
    reference: 'code électoral R68',
    confidence: 'C',
    uncertain: false,
    severity: 'obligation',
    statement: fr`Les bulletins autres que ceux annexés au procès-verbal sont détruits en présence des électeurs.`,
  },
  'pv.deux-exemplaires': {
    reference: 'code électoral R67',
    confidence: 'P',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Le procès-verbal est rédigé dans la salle de vote, en présence des électeurs, en deux exemplaires.`,
    why: R67_UNCERTAIN,
  },
  'pv.signatures': {
    reference: 'code électoral R67',
    confidence: 'P',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Les deux exemplaires sont signés de tous les membres du bureau ; les délégués sont invités à les contresigner.`,
    why: R67_UNCERTAIN,
  },
  'pv.observations': {
    reference: 'code électoral R52 et R67',
    confidence: 'M',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Le procès-verbal mentionne les réclamations et observations des électeurs et des délégués, et les incidents.`,
    why: fr`R52 est marqué [M] et R67 figure au § 7 de la fiche juridique : exposé, jamais noté.`,
  },
  'pv.proclamation': {
    reference: 'code électoral R67',
    confidence: 'C',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Dès l'établissement du procès-verbal, le président proclame le résultat en public.`,
    why: fr`La fiche juridique marque la proclamation [C], mais son article, R67, figure au § 7 : exposé, jamais noté.`,
  },
  'pv.affichage': {
    reference: 'code électoral R67',
    confidence: 'C',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Le résultat est affiché en toutes lettres dans la salle de vote.`,
    why: fr`La fiche juridique marque l'affichage [C], mais son article, R67, figure au § 7 : exposé, jamais noté.`,
  },
  'pv.transmission': {
    reference: 'code électoral R70',
    confidence: 'M',
    uncertain: true,
    severity: 'obligation',
    statement: fr`Un exemplaire du procès-verbal est transmis à la préfecture ou à la sous-préfecture, l'autre est conservé en mairie.`,
    why: fr`R70 est marqué [M] et figure au § 7 de la fiche juridique : exposé, jamais noté.`,
  },
} as const satisfies Record<string, ProcessRule>;

/** Identifier of a rule in {@link PROCESS_RULES}. */
export type ProcessRuleId = keyof typeof PROCESS_RULES;

/**
 * Applies a catalogue rule to a finding: the check carries the rule's reference, severity and confidence. A
 * `reference` given replaces the catalogue's when the situation names its own source (a convocation decree).
 */
export function check(rule: ProcessRuleId, passed: boolean, message: string, reference?: string): RuleCheck {
  const entry: ProcessRule = PROCESS_RULES[rule];
  return {
    rule,
    passed,
    severity: entry.severity,
    reference: reference ?? entry.reference,
    uncertain: entry.uncertain,
    message: typeset(message),
  };
}
