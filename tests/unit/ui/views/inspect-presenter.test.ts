import { describe, expect, it } from 'vitest';
import type { DocumentView, InspectView } from '../../../../src/core/scenario';
import {
  initialInspectState,
  inspectReducer,
  inspectSubmission,
  presentDocuments,
  presentInspect,
  ZOOM_STEPS,
  type InspectAction,
  type InspectState,
} from '../../../../src/ui/views/inspect-presenter';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

const view = SAMPLE_VIEWS.inspect;

function play(target: InspectView, ...actions: InspectAction[]): InspectState {
  return actions.reduce(
    (state, action) => inspectReducer(target.documents, state, action),
    initialInspectState(target.documents),
  );
}

describe('document viewer', () => {
  it('shows the first two documents side by side, normal zoom, nothing marked', () => {
    const model = presentInspect(view, initialInspectState(view.documents));
    expect(model.shown.map((doc) => doc.id)).toEqual(['cni', 'acte']);
    expect(model.zoomPercent).toBe(100);
    expect(model.markedStatus).toBe('Aucun constat marqué.');
    expect(model.pairChoice).toBeNull();
    expect(model.submitLabel).toBe('Valider mes constats');
  });

  it('toggles a field mark and submits the marked fields as docId.fieldId: true', () => {
    const state = play(
      view,
      { type: 'toggle', key: 'acte.naissance' },
      { type: 'toggle', key: 'cni.lieu' },
      { type: 'toggle', key: 'cni.lieu' },
      { type: 'toggle', key: 'cni.inexistant' },
    );
    const model = presentInspect(view, state);
    expect(model.shown[1]?.fields.find((field) => field.key === 'acte.naissance')?.marked).toBe(true);
    expect(model.markedStatus).toBe('1 constat marqué.');
    expect(inspectSubmission(state)).toEqual({ 'acte.naissance': true });
  });

  it('zooms within the steps and says when it cannot go further', () => {
    const max = play(view, ...ZOOM_STEPS.map((): InspectAction => ({ type: 'zoomIn' })));
    expect(presentInspect(view, max)).toMatchObject({ zoomPercent: 200, canZoomIn: false, canZoomOut: true });
    const min = play(view, { type: 'zoomOut' }, { type: 'zoomOut' }, { type: 'zoomOut' });
    expect(presentInspect(view, min)).toMatchObject({ zoomPercent: 75, canZoomIn: true, canZoomOut: false });
  });

  describe('with three documents', () => {
    const third: DocumentView = {
      id: 'livret',
      title: 'Livret de famille',
      kind: 'acte',
      fields: [{ id: 'nom', label: 'Nom', value: 'LEFEVRE' }],
      body: [],
    };
    const three: InspectView = { ...view, documents: [...view.documents, third] };

    it('offers to choose the pair', () => {
      const model = presentInspect(three, initialInspectState(three.documents));
      expect(model.pairChoice?.options.map((option) => option.id)).toEqual(['cni', 'acte', 'livret']);
    });

    it('shows another document on one side, and swaps when it is already on the other', () => {
      const right = play(three, { type: 'show', side: 'right', documentId: 'livret' });
      expect([right.left, right.right]).toEqual(['cni', 'livret']);
      const swapped = inspectReducer(three.documents, right, {
        type: 'show',
        side: 'left',
        documentId: 'livret',
      });
      expect([swapped.left, swapped.right]).toEqual(['livret', 'cni']);
      expect(inspectReducer(three.documents, right, { type: 'show', side: 'left', documentId: 'x' })).toBe(
        right,
      );
    });
  });

  it('a single document is shown alone', () => {
    const single: InspectView = { ...view, documents: view.documents.slice(0, 1) };
    expect(presentInspect(single, initialInspectState(single.documents)).shown).toHaveLength(1);
  });

  it('read-only documents have nothing marked', () => {
    expect(
      presentDocuments(view.documents)
        .flatMap((doc) => doc.fields)
        .some((field) => field.marked),
    ).toBe(false);
  });
});
