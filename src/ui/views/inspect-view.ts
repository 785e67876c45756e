import { h } from '../dom';
import type { InspectView } from '../../core/scenario';
import { button, domId } from './dom';
import { documentCard, syncFieldButton } from './document-card';
import {
  initialInspectState,
  inspectReducer,
  inspectSubmission,
  presentInspect,
  type InspectAction,
  type InspectState,
} from './inspect-presenter';
import { showProblems, targetsByData } from './problem-display';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';
import { zoomControl, zoomKeys } from './zoom-control';

/**
 * The document viewer (Papers, Please): two paper documents side by side, zoom, and fields that toggle a
 * discrepancy mark; « Valider mes constats » sends the marked fields.
 */
export function mountInspect(container: HTMLElement, view: InspectView, ctx: ViewContext): MountedView {
  let state: InspectState = initialInspectState(view.documents);
  const initial = presentInspect(view, state);
  const frame = stepFrame('inspect', view.stepId, view.role, initial.heading);
  const dispatch = (action: InspectAction) => {
    const previous = state;
    state = inspectReducer(view.documents, state, action);
    if (state !== previous) render(previous);
  };
  const zoom = zoomControl(
    () => dispatch({ type: 'zoomIn' }),
    () => dispatch({ type: 'zoomOut' }),
  );
  const desk = h('div', { class: 'v-desk v-desk--inspect' });
  const markedStatus = h('p', { class: 'v-status', attrs: { 'aria-live': 'polite' } });
  const submit = button(initial.submitLabel, 'v-button v-button--primary');
  submit.addEventListener('click', () => ctx.send({ type: 'user.submit', values: inspectSubmission(state) }));

  const toolbar = h('div', { class: 'v-desk-tools' }, [zoom.root]);
  const pairSelects = initial.pairChoice ? pairSelectors(frame.idPrefix, dispatch) : null;
  if (pairSelects) toolbar.append(pairSelects.root);

  frame.root.append(
    h('p', { class: 'v-instructions', text: initial.instructions }),
    toolbar,
    desk,
    markedStatus,
    h('div', { class: 'v-actions' }, [submit]),
  );
  zoomKeys(
    desk,
    () => dispatch({ type: 'zoomIn' }),
    () => dispatch({ type: 'zoomOut' }),
  );

  function renderDesk(): void {
    const model = presentInspect(view, state);
    desk.replaceChildren(
      ...model.shown.map((doc) =>
        documentCard(doc, {
          idPrefix: frame.idPrefix,
          resolveImage: ctx.resolveDocumentImage,
          onToggle: (key) => dispatch({ type: 'toggle', key }),
        }),
      ),
    );
  }

  function render(previous: InspectState | null): void {
    const model = presentInspect(view, state);
    if (previous === null || previous.left !== state.left || previous.right !== state.right) renderDesk();
    for (const node of desk.querySelectorAll<HTMLElement>('.v-doc-field')) {
      syncFieldButton(node, state.marked.includes(node.dataset.key ?? ''));
    }
    desk.style.setProperty('--doc-zoom', String(model.zoomPercent / 100));
    zoom.update(model.zoomPercent, model.canZoomIn, model.canZoomOut);
    markedStatus.textContent = model.markedStatus;
    if (pairSelects && model.pairChoice) pairSelects.update(model.pairChoice);
  }

  render(null);
  container.append(frame.root);
  return {
    root: frame.root,
    heading: frame.heading,
    showProblems(problems) {
      showProblems(problems, targetsByData(desk, '.v-doc-field', 'key'), frame.summary).focus();
    },
    destroy: () => frame.root.remove(),
  };
}

/** Two selects choosing which documents face each other, when there are more than two. */
function pairSelectors(idPrefix: string, dispatch: (action: InspectAction) => void) {
  const side = (which: 'left' | 'right', label: string) => {
    const id = domId(idPrefix, 'document', which);
    const select = h('select', { class: 'v-select', attrs: { id } });
    select.addEventListener('change', () =>
      dispatch({ type: 'show', side: which, documentId: select.value }),
    );
    return {
      select,
      field: h('div', { class: 'v-pair__field' }, [h('label', { text: label, attrs: { for: id } }), select]),
    };
  };
  const left = side('left', 'Document de gauche');
  const right = side('right', 'Document de droite');
  return {
    root: h('div', { class: 'v-pair' }, [left.field, right.field]),
    update(choice: {
      readonly options: readonly { readonly id: string; readonly title: string }[];
      readonly left: string;
      readonly right: string;
    }) {
      for (const [select, value] of [
        [left.select, choice.left],
        [right.select, choice.right],
      ] as const) {
        if (select.options.length === 0) {
          select.append(
            ...choice.options.map((option) =>
              h('option', { text: option.title, attrs: { value: option.id } }),
            ),
          );
        }
        select.value = value;
      }
    },
  };
}
