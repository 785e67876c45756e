import { typeset } from '../rules/depouillement/french-text';
import type { Scalar } from '../scenario/format/schema';
import type { BinomeDecision } from './decisions';

/** The pack whose pairs take a contrat de confiance home. */
export const CONTRACT_PACK_ID = 'contrat-de-confiance';

/** A clause the law frames (with its reference), or one the pair chose freely. */
export type ClauseKind = 'droit' | 'organisation';

/**
 * `convenu`: the pair's wording stands; `a-revoir`: what the pair decided is not safe in law, so the contract
 * does not write it down as agreed; `a-convenir`: the point was not decided during the workshop.
 */
export type ClauseStatus = 'convenu' | 'a-revoir' | 'a-convenir';

/** One clause of the contrat de confiance. */
export interface ContractClause {
  readonly id: string;
  readonly heading: string;
  readonly kind: ClauseKind;
  readonly status: ClauseStatus;
  /** The agreed wording, in French. */
  readonly text: string;
  /** Code and article, for a clause the law frames. */
  readonly reference?: string;
  /** Why a clause is to be reviewed: the law's explanation of the decision taken. */
  readonly note?: string;
}

interface LegalClause {
  readonly id: string;
  readonly heading: string;
  /** The advised decisions that settle it (the état civil has one per status of the SGM). */
  readonly decisions: readonly string[];
  readonly reference: string;
  /** Option decided → the agreed wording; options the law rejects have none. */
  readonly wordings: Readonly<Record<string, string>>;
}

interface OrganisationClause {
  readonly id: string;
  readonly heading: string;
  /** The pack's variable the pair's joint choice sets. */
  readonly variable: string;
  readonly wordings: Readonly<Record<string, string>>;
}

const LEGAL: readonly LegalClause[] = [
  {
    id: 'delegation',
    heading: 'Qui signe quoi : la délégation de signature',
    decisions: ['delegation-signature'],
    reference: 'CGCT L2122-19 3°',
    wordings: {
      arrete:
        'Le maire délègue, par arrêté, au SGM désigné par son nom la signature des documents que l’arrêté énumère (courriers courants, certificats, attestations, bordereaux). Le SGM signe sous la surveillance et la responsabilité du maire.',
    },
  },
  {
    id: 'etat-civil',
    heading: 'L’état civil',
    decisions: ['etat-civil-titulaire', 'etat-civil-non-titulaire'],
    reference: 'CGCT R2122-10',
    wordings: {
      delegue:
        'Le maire délègue au SGM, fonctionnaire titulaire désigné par son nom, les fonctions d’état civil qu’énumère son arrêté.',
      elus: 'L’état civil reste signé par le maire ou un élu officier de l’état civil ; le SGM prépare les actes et les présente à la signature, à des créneaux convenus.',
    },
  },
  {
    id: 'suivi',
    heading: 'Ce que le maire garde',
    decisions: ['delegation-suivi'],
    reference: 'CGCT L2122-19 3°',
    wordings: {
      'compte-rendu':
        'Le maire reste responsable de ce qui est signé en son nom : chaque semaine, le SGM lui remet la liste des documents signés par délégation. Le maire peut toujours signer lui-même ou reprendre un dossier.',
      contreseing:
        'Le maire relit et contresigne chaque document signé par le SGM avant son envoi ; il peut toujours signer lui-même ou reprendre un dossier.',
    },
  },
];

const ORGANISATION: readonly OrganisationClause[] = [
  {
    id: 'disponibilite',
    heading: 'Horaires et disponibilité',
    variable: 'ccDisponibilite',
    wordings: {
      creneaux:
        'L’élu et le SGM se retrouvent en mairie à deux créneaux fixes par semaine : ……………………………… En dehors, l’élu appelle le SGM pendant ses heures de travail, et à toute heure pour une urgence seulement (un décès, un danger).',
      quotidien:
        'L’élu passe en mairie chaque jour où le SGM y travaille, même brièvement ; les appels se font pendant les heures de travail du SGM.',
      demande:
        'L’élu et le SGM se voient à la demande de l’un ou de l’autre ; l’élu appelle le SGM quand il en a besoin.',
    },
  },
  {
    id: 'dossiers',
    heading: 'Le chemin des dossiers',
    variable: 'ccDossiers',
    wordings: {
      parapheur:
        'Les dossiers attendent l’élu dans un parapheur unique, en mairie ; chaque document y porte une fiche d’une ligne : son objet, son échéance, l’avis du SGM. L’élu le vide à chacun de ses passages.',
      courriel:
        'Le SGM envoie les dossiers par courriel, un par message, l’échéance dans l’objet ; l’élu répond dans les deux jours ouvrés.',
      reunion:
        'Les dossiers passent par la réunion de la semaine : le SGM les présente, l’élu décide ou signe sur place. Seule une urgence passe avant.',
    },
  },
  {
    id: 'dire-non',
    heading: 'Quand le SGM dit non',
    variable: 'ccAlerte',
    wordings: {
      note: 'Quand une demande de l’élu paraît contraire au droit, le SGM le dit tout de suite, en tête-à-tête, en citant le texte, et propose une autre façon d’atteindre le but. Si l’élu maintient sa demande, le SGM lui remet une note écrite, et l’élu décide en connaissance de cause.',
      oral: 'Quand une demande de l’élu paraît contraire au droit, le SGM le dit en tête-à-tête, sans écrit, en citant le texte ; l’élu décide ensuite.',
      tiers:
        'Quand une demande de l’élu paraît contraire au droit, le SGM le dit en tête-à-tête ; en cas de doute, l’un ou l’autre demande l’avis du service juridique du centre de gestion avant que l’élu décide.',
    },
  },
  {
    id: 'reunion',
    heading: 'La réunion de la semaine',
    variable: 'ccReunion',
    wordings: {
      lundi:
        'Chaque lundi matin, trente minutes, avec un ordre du jour fixe : les échéances de la semaine, les signatures, les points de vigilance du SGM, les projets de l’élu.',
      vendredi:
        'Chaque vendredi en fin de journée, une heure : le bilan de la semaine et la préparation de la suivante.',
      besoin: 'Pas de réunion fixe : un point quand l’un ou l’autre le demande.',
    },
  },
];

/** The last clause, whatever the pair chose: when the contract and the delegations are taken up again. */
const REVISION: ContractClause = {
  id: 'revision',
  heading: 'Révision',
  kind: 'droit',
  status: 'convenu',
  text: 'Ce contrat est relu ensemble dans six mois, et chaque fois que l’un ou l’autre le demande. Une délégation de signature est nominative et prend fin avec le mandat du maire qui l’a donnée ou avec les fonctions du SGM : à chaque nouveau maire ou nouveau SGM, de nouveaux arrêtés sont pris.',
  reference: 'CGCT L2122-19 3°',
};

const TO_AGREE = 'À convenir ensemble : ce point n’a pas été décidé pendant l’atelier.';

function legalClause(clause: LegalClause, decisions: readonly BinomeDecision[]): ContractClause {
  const base = { id: clause.id, heading: clause.heading, kind: 'droit' as const };
  const decided = decisions.find((decision) => clause.decisions.includes(decision.decision));
  if (!decided) return { ...base, status: 'a-convenir', text: TO_AGREE, reference: clause.reference };
  if (decided.verdict === 'illegal' || decided.verdict === 'risque')
    return {
      ...base,
      status: 'a-revoir',
      text: `À revoir ensemble : la décision prise pendant l’atelier (« ${decided.decidedLabel.replace(/\.$/, '')} ») ${
        decided.verdict === 'illegal' ? 'n’est pas conforme au droit' : 'expose à un risque juridique'
      }.`,
      reference: decided.reference,
      note: decided.explanation,
    };
  return {
    ...base,
    status: 'convenu',
    text: clause.wordings[decided.decided] ?? decided.decidedLabel,
    reference: decided.reference,
  };
}

function organisationClause(
  clause: OrganisationClause,
  vars: Readonly<Record<string, Scalar>>,
): ContractClause {
  const wording = clause.wordings[String(vars[clause.variable] ?? '')];
  return {
    id: clause.id,
    heading: clause.heading,
    kind: 'organisation',
    ...(wording === undefined
      ? { status: 'a-convenir', text: TO_AGREE }
      : { status: 'convenu', text: wording }),
  };
}

function typesetClause(clause: ContractClause): ContractClause {
  return {
    ...clause,
    heading: typeset(clause.heading),
    text: typeset(clause.text),
    ...(clause.note === undefined ? {} : { note: typeset(clause.note) }),
  };
}

/**
 * The pair's contrat de confiance (issue 18, pack « Contrat de confiance »): one clause per point of the workshop.
 * The clauses the law frames come from the pair's judged decisions (`judgeChoices`): a decision the law rejects
 * or finds risky is not written down as agreed but marked « à revoir » with the law's explanation; the clauses of
 * organisation come from the pack's variables set by the pair's joint choices; a last clause says when the
 * contract and the delegations are taken up again.
 */
export function confidenceContract(
  decisions: readonly BinomeDecision[],
  vars: Readonly<Record<string, Scalar>>,
): ContractClause[] {
  return [
    ...LEGAL.map((clause) => legalClause(clause, decisions)),
    ...ORGANISATION.map((clause) => organisationClause(clause, vars)),
    REVISION,
  ].map(typesetClause);
}
