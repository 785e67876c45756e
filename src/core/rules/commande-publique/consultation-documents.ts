import type { Confidence, Nature, Procedure } from './types';

/** The pieces of a dossier de consultation des entreprises (DCE). */
export type ConsultationDocumentId = 'rc' | 'ae' | 'ccap' | 'cctp' | 'bpu' | 'dqe' | 'dpgf' | 'dc1_dc2';

/** How the price is set: unit prices (BPU, DQE), a global lump sum (DPGF), or both. */
export type PriceForm = 'unitaire' | 'global_forfaitaire' | 'mixte';

/** The general conditions (CCAG 2021) a CCAP may refer to. */
export type CcagId = 'ccag_fcs' | 'ccag_travaux' | 'ccag_pi' | 'ccag_tic' | 'ccag_mi' | 'ccag_moe';

/** Whether a piece is expected in the dossier. */
export type DocumentStatus = 'attendu' | 'recommande' | 'sans_objet';

/** One line of the checklist. */
export interface ChecklistItem {
  readonly id: ConsultationDocumentId;
  readonly label: string;
  readonly status: DocumentStatus;
  readonly note: string;
}

/** The checklist and the general conditions (CCAG) the CCAP should refer to. */
export interface ConsultationChecklist {
  readonly items: readonly ChecklistItem[];
  /** CCAG 2021 the CCAP refers to, the usual one first. */
  readonly ccag: readonly string[];
  readonly references: readonly string[];
  /** Professional practice (legal-facts §5.3, [M]): a skill to score, not a legal verdict. */
  readonly confidence: Confidence;
}

const PRACTICE_REFERENCE = 'pratique professionnelle (fiche juridique §5.3) ; CCAG 2021';

const LABELS: Record<ConsultationDocumentId, string> = {
  rc: 'Règlement de la consultation (RC)',
  ae: 'Acte d’engagement (formulaire ATTRI1)',
  ccap: 'Cahier des clauses administratives particulières (CCAP), renvoyant au CCAG',
  cctp: 'Cahier des clauses techniques particulières (CCTP)',
  bpu: 'Bordereau des prix unitaires (BPU)',
  dqe: 'Détail quantitatif estimatif (DQE)',
  dpgf: 'Décomposition du prix global et forfaitaire (DPGF)',
  dc1_dc2: 'Formulaires de candidature DC1 et DC2',
};

/** The CCAG 2021 a CCAP usually refers to, by nature. */
export function ccagFor(nature: Nature): readonly string[] {
  return nature === 'travaux'
    ? ['CCAG-Travaux', 'CCAG-MOE (maîtrise d’œuvre, pour l’architecte ou le bureau d’études)']
    : ['CCAG-FCS (fournitures courantes et services)', 'CCAG-PI', 'CCAG-TIC', 'CCAG-MI'];
}

/**
 * The CCAG a CCAP usually refers to for a nature, as an identifier: CCAG-Travaux for works, CCAG-FCS for
 * supplies and services (the first of {@link ccagFor}). Practice, not an article of the code.
 */
export function usualCcag(nature: Nature): CcagId {
  return nature === 'travaux' ? 'ccag_travaux' : 'ccag_fcs';
}

function priceDocuments(priceForm: PriceForm): ConsultationDocumentId[] {
  if (priceForm === 'unitaire') return ['bpu', 'dqe'];
  if (priceForm === 'global_forfaitaire') return ['dpgf'];
  return ['bpu', 'dqe', 'dpgf'];
}

/**
 * The usual pieces of a dossier de consultation for a procedure and a price form: RC, acte d'engagement
 * (ATTRI1), CCAP referring to a CCAG, CCTP, and BPU/DQE or DPGF. Without publicity nor competition no dossier
 * is due (a written quote is good practice). This is practice, not an article of the code.
 */
export function consultationDocumentsChecklist(input: {
  readonly procedure: Procedure;
  readonly nature: Nature;
  readonly priceForm: PriceForm;
}): ConsultationChecklist {
  const prices = priceDocuments(input.priceForm);
  const ids: ConsultationDocumentId[] = ['rc', 'ae', 'ccap', 'cctp', 'bpu', 'dqe', 'dpgf', 'dc1_dc2'];
  const items = ids.map((id): ChecklistItem => {
    const label = LABELS[id];
    if (input.procedure === 'sans_publicite') {
      return {
        id,
        label,
        status: 'sans_objet',
        note: 'Sans publicité ni mise en concurrence : un devis écrit suffit.',
      };
    }
    if (id === 'bpu' || id === 'dqe' || id === 'dpgf') {
      return prices.includes(id)
        ? { id, label, status: 'attendu', note: 'Pièce de prix adaptée à la forme du prix.' }
        : { id, label, status: 'sans_objet', note: 'Pièce d’une autre forme de prix.' };
    }
    if (id === 'rc' && input.procedure === 'adaptee') {
      return {
        id,
        label,
        status: 'recommande',
        note: 'Facultatif en procédure adaptée, mais il annonce les règles et les critères.',
      };
    }
    if (id === 'dc1_dc2') {
      return { id, label, status: 'recommande', note: 'Le cas échéant, pour présenter les candidatures.' };
    }
    return { id, label, status: 'attendu', note: 'Pièce usuelle du dossier de consultation.' };
  });
  return { items, ccag: ccagFor(input.nature), references: [PRACTICE_REFERENCE], confidence: 'practice' };
}

/**
 * The pieces a dossier de consultation should hold for a procedure and a price form: those the checklist marks
 * `attendu` or `recommande`, in the checklist's order. Empty without publicity nor competition.
 */
export function expectedConsultationDocuments(input: {
  readonly procedure: Procedure;
  readonly nature: Nature;
  readonly priceForm: PriceForm;
}): ConsultationDocumentId[] {
  return consultationDocumentsChecklist(input)
    .items.filter((item) => item.status !== 'sans_objet')
    .map((item) => item.id);
}

/** What a dossier lacks. */
export interface DossierCheck {
  readonly missing: readonly ChecklistItem[];
  /** False when a CCAP is provided without referring to a CCAG. */
  readonly ccapRefersToCcag: boolean;
  readonly complete: boolean;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/** Compares the pieces a trainee put in the dossier with the checklist. */
export function checkConsultationDocuments(input: {
  readonly procedure: Procedure;
  readonly nature: Nature;
  readonly priceForm: PriceForm;
  readonly provided: readonly ConsultationDocumentId[];
  readonly ccapRefersToCcag: boolean;
}): DossierCheck {
  const checklist = consultationDocumentsChecklist(input);
  const missing = checklist.items.filter(
    (item) => item.status === 'attendu' && !input.provided.includes(item.id),
  );
  const ccapOk = !input.provided.includes('ccap') || input.ccapRefersToCcag;
  return {
    missing,
    ccapRefersToCcag: ccapOk,
    complete: missing.length === 0 && ccapOk,
    references: checklist.references,
    confidence: checklist.confidence,
  };
}
