import type { DocumentView, InspectView, SubmittedValue } from '../../core/scenario';
import { plural } from './step-summary';

/** Zoom steps of the document viewer, in percent of the normal size. */
export const ZOOM_STEPS: readonly number[] = [75, 100, 125, 150, 200];
const NORMAL_ZOOM = 1;

/** Local state of an inspection: which two documents face each other, the zoom, the fields marked. */
export interface InspectState {
  readonly left: string | null;
  readonly right: string | null;
  readonly zoomIndex: number;
  /** Keys `documentId.fieldId` of the fields marked as wrong or inconsistent. */
  readonly marked: readonly string[];
}

export type InspectAction =
  | { readonly type: 'zoomIn' }
  | { readonly type: 'zoomOut' }
  | { readonly type: 'toggle'; readonly key: string }
  | { readonly type: 'show'; readonly side: 'left' | 'right'; readonly documentId: string };

export interface FieldModel {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly marked: boolean;
}

export interface DocumentModel {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly fields: readonly FieldModel[];
  readonly body: readonly string[];
}

export interface InspectModel {
  readonly heading: string;
  readonly instructions: string;
  readonly shown: readonly DocumentModel[];
  /** Offered when there are more than two documents: which one goes on each side. */
  readonly pairChoice: {
    readonly options: readonly { readonly id: string; readonly title: string }[];
    readonly left: string;
    readonly right: string;
  } | null;
  readonly zoomPercent: number;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  readonly markedStatus: string;
  readonly submitLabel: string;
}

/** The key of a field in `user.submit`. */
export function fieldKey(documentId: string, fieldId: string): string {
  return `${documentId}.${fieldId}`;
}

/** Starts with the first two documents side by side, normal zoom, nothing marked. */
export function initialInspectState(documents: readonly DocumentView[]): InspectState {
  return {
    left: documents[0]?.id ?? null,
    right: documents[1]?.id ?? null,
    zoomIndex: NORMAL_ZOOM,
    marked: [],
  };
}

/** Applies one player action to the inspection's local state. */
export function inspectReducer(
  documents: readonly DocumentView[],
  state: InspectState,
  action: InspectAction,
): InspectState {
  switch (action.type) {
    case 'zoomIn':
      return { ...state, zoomIndex: Math.min(state.zoomIndex + 1, ZOOM_STEPS.length - 1) };
    case 'zoomOut':
      return { ...state, zoomIndex: Math.max(state.zoomIndex - 1, 0) };
    case 'toggle': {
      const exists = documents.some((doc) =>
        doc.fields.some((field) => fieldKey(doc.id, field.id) === action.key),
      );
      if (!exists) return state;
      return state.marked.includes(action.key)
        ? { ...state, marked: state.marked.filter((key) => key !== action.key) }
        : { ...state, marked: [...state.marked, action.key] };
    }
    case 'show': {
      if (!documents.some((doc) => doc.id === action.documentId)) return state;
      const other = action.side === 'left' ? state.right : state.left;
      // Showing on one side the document already on the other swaps them, so two sides never repeat.
      const previous = action.side === 'left' ? state.left : state.right;
      const swapped = other === action.documentId ? previous : other;
      return action.side === 'left'
        ? { ...state, left: action.documentId, right: swapped }
        : { ...state, right: action.documentId, left: swapped };
    }
  }
}

function presentDocument(doc: DocumentView, marked: ReadonlySet<string>): DocumentModel {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    body: doc.body,
    fields: doc.fields.map((field) => {
      const key = fieldKey(doc.id, field.id);
      return { key, label: field.label, value: field.value, marked: marked.has(key) };
    }),
  };
}

/** Read-only documents shown beside another step (nothing can be marked). */
export function presentDocuments(documents: readonly DocumentView[]): readonly DocumentModel[] {
  return documents.map((doc) => presentDocument(doc, new Set()));
}

/** View-model of the document viewer. */
export function presentInspect(view: InspectView, state: InspectState): InspectModel {
  const marked = new Set(state.marked);
  const byId = new Map(view.documents.map((doc) => [doc.id, doc]));
  const shownIds = [state.left, state.right].filter((id): id is string => id !== null && byId.has(id));
  const count = state.marked.length;
  return {
    heading: view.prompt,
    instructions:
      'Comparez les documents. Activez un champ pour le marquer comme erroné ou incohérent ; activez-le ' +
      'de nouveau pour retirer la marque. Les touches « + » et « − » règlent le zoom.',
    shown: shownIds.flatMap((id) => {
      const doc = byId.get(id);
      return doc ? [presentDocument(doc, marked)] : [];
    }),
    pairChoice:
      view.documents.length > 2 && state.left !== null && state.right !== null
        ? {
            options: view.documents.map((doc) => ({ id: doc.id, title: doc.title })),
            left: state.left,
            right: state.right,
          }
        : null,
    zoomPercent: ZOOM_STEPS[state.zoomIndex] ?? 100,
    canZoomIn: state.zoomIndex < ZOOM_STEPS.length - 1,
    canZoomOut: state.zoomIndex > 0,
    markedStatus:
      count === 0 ? 'Aucun constat marqué.' : `${plural(count, 'constat marqué', 'constats marqués')}.`,
    submitLabel: 'Valider mes constats',
  };
}

/** The answers of `user.submit`: every marked field, keyed `documentId.fieldId`, set to true. */
export function inspectSubmission(state: InspectState): Readonly<Record<string, SubmittedValue>> {
  return Object.fromEntries(state.marked.map((key) => [key, true]));
}
