import type { LegalRule } from './legal-basis';

/**
 * Who holds the power over the matter of an agenda item:
 * - `communal`: an affaire de la commune the council settles by délibération (L2121-29);
 * - `intercommunal`: a competence transferred to the communauté de communes (principe d'exclusivité);
 * - `police`: the maire's own police power, exercised by arrêté (L2212-1, L2212-2);
 * - `delegue`: a matter the council delegated to the maire (L2122-22), decided by the maire while the
 *   delegation stands;
 * - `information`: the maire's report on the decisions taken under delegation (L2122-23), with no vote.
 */
export type AgendaMatter = 'communal' | 'intercommunal' | 'police' | 'delegue' | 'information';

/** The rule behind each kind of agenda item. Sources beyond the fact sheet are cited in docs/rules/conseil.md. */
export const AGENDA_RULES: Readonly<Record<AgendaMatter, LegalRule>> = {
  communal: {
    reference: 'CGCT L2121-29',
    confidence: 'C',
    statement: 'Le conseil municipal règle par ses délibérations les affaires de la commune.',
  },
  intercommunal: {
    reference: 'CGCT L5214-16',
    confidence: 'C',
    statement:
      'Une compétence transférée à la communauté de communes est exercée par elle seule, aux lieu et place des ' +
      'communes (principe d’exclusivité, CE 16 octobre 1970, Commune de Saint-Vallier) : le conseil municipal ne ' +
      'peut plus en décider.',
  },
  police: {
    reference: 'CGCT L2212-2',
    confidence: 'C',
    statement:
      'La police municipale est un pouvoir propre du maire, exercé par arrêté : une délibération qui en ' +
      'tiendrait lieu serait entachée d’incompétence.',
  },
  delegue: {
    reference: 'CGCT L2122-22',
    confidence: 'C',
    statement:
      'En déléguant une matière au maire, le conseil s’en dessaisit (CE 2 octobre 2013, n° 357008) : il ne peut ' +
      'en décider qu’après avoir retiré ou modifié la délégation.',
  },
  information: {
    reference: 'CGCT L2122-23',
    confidence: 'C',
    statement:
      'Le maire rend compte au conseil des décisions prises par délégation ; ce point n’est pas voté.',
  },
};

/** Who decides, and by which act. */
export interface AgendaItemClassification {
  readonly matter: AgendaMatter;
  /** The council may adopt a délibération on it. */
  readonly councilCanDecide: boolean;
  readonly decidedBy: 'conseil' | 'intercommunalite' | 'maire';
  readonly instrument: 'deliberation' | 'deliberation-communautaire' | 'arrete' | 'decision' | 'aucun';
  readonly reference: string;
  /** French, for the debrief. */
  readonly explanation: string;
}

const DECIDERS: Readonly<
  Record<AgendaMatter, Pick<AgendaItemClassification, 'councilCanDecide' | 'decidedBy' | 'instrument'>>
> = {
  communal: { councilCanDecide: true, decidedBy: 'conseil', instrument: 'deliberation' },
  intercommunal: {
    councilCanDecide: false,
    decidedBy: 'intercommunalite',
    instrument: 'deliberation-communautaire',
  },
  police: { councilCanDecide: false, decidedBy: 'maire', instrument: 'arrete' },
  delegue: { councilCanDecide: false, decidedBy: 'maire', instrument: 'decision' },
  information: { councilCanDecide: false, decidedBy: 'maire', instrument: 'aucun' },
};

/** Classifies an agenda item by the matter it deals with. */
export function classifyAgendaItem(matter: AgendaMatter): AgendaItemClassification {
  const rule = AGENDA_RULES[matter];
  return { matter, ...DECIDERS[matter], reference: rule.reference, explanation: rule.statement };
}

/** The agenda items (by index) the council cannot settle by délibération. */
export function itemsOutsideCouncilPower(matters: readonly AgendaMatter[]): number[] {
  return matters.flatMap((matter, index) => (classifyAgendaItem(matter).councilCanDecide ? [] : [index]));
}
