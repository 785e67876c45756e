import { h } from '../dom';
import type { FormView } from '../../core/scenario';
import { domId } from './dom';
import {
  formSubmission,
  initialFormRaw,
  presentForm,
  reformatAmount,
  type FormFieldModel,
} from './form-presenter';
import { showProblems, type ProblemTarget } from './problem-display';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';

/** One field's DOM: its control(s), what to read back, and where its error goes. */
interface FieldDom {
  readonly wrapper: HTMLElement;
  readonly target: ProblemTarget;
  read(): string | readonly string[];
}

/** Ids of the help, unit and error of a field, joined for aria-describedby. */
function describedBy(ids: readonly (string | null)[]): string {
  return ids.filter((id): id is string => id !== null).join(' ');
}

function fieldDom(field: FormFieldModel, idPrefix: string): FieldDom {
  const id = domId(idPrefix, 'champ', field.id);
  const helpText = [field.help, field.example].filter((part): part is string => part !== null).join(' — ');
  const helpId = helpText === '' ? null : `${id}--aide`;
  const unitId = field.unit === null ? null : `${id}--unite`;
  const errorId = `${id}--erreur`;
  const help = helpId === null ? null : h('p', { class: 'v-help', text: helpText, attrs: { id: helpId } });
  const error = h('p', { class: 'v-error', attrs: { id: errorId, hidden: '' } });
  const described = describedBy([helpId, unitId, errorId]);

  if (field.type === 'multi') {
    const boxes = field.options.map((option) => {
      const box = h('input', { attrs: { type: 'checkbox', value: option.id, id: domId(id, option.id) } });
      return { box, label: h('label', { class: 'v-check' }, [box, h('span', { text: option.label })]) };
    });
    const wrapper = h(
      'fieldset',
      { class: 'v-field v-field--multi', attrs: { 'aria-describedby': described } },
      [
        h('legend', { class: 'v-label', text: field.label }),
        ...(help ? [help] : []),
        ...boxes.map((entry) => entry.label),
        error,
      ],
    );
    const first = boxes[0]?.box ?? wrapper;
    return {
      wrapper,
      target: { control: first, slot: error },
      read: () => boxes.filter((entry) => entry.box.checked).map((entry) => entry.box.value),
    };
  }

  let control: HTMLInputElement | HTMLSelectElement;
  if (field.type === 'select') {
    control = h('select', { class: 'v-select', attrs: { id } }, [
      h('option', { text: '— Choisir —', attrs: { value: '' } }),
      ...field.options.map((option) => h('option', { text: option.label, attrs: { value: option.id } })),
    ]);
  } else {
    const input = h('input', {
      class: `v-input v-input--${field.type}`,
      attrs: {
        id,
        type: field.type === 'date' ? 'date' : 'text',
        autocomplete: 'off',
        spellcheck: field.type === 'text' ? 'true' : 'false',
      },
    });
    if (field.type === 'amount' || field.type === 'number') input.inputMode = field.inputMode;
    if (field.type === 'amount')
      input.addEventListener('blur', () => (input.value = reformatAmount(input.value)));
    control = input;
  }
  control.setAttribute('aria-describedby', described);
  const row = h('div', { class: 'v-input-row' }, [control]);
  if (unitId !== null && field.unit !== null) {
    row.append(h('span', { class: 'v-unit', text: field.unit, attrs: { id: unitId } }));
  }
  const wrapper = h('div', { class: `v-field v-field--${field.type}` }, [
    h('label', { class: 'v-label', text: field.label, attrs: { for: id } }),
    ...(help ? [help] : []),
    row,
    error,
  ]);
  return { wrapper, target: { control, slot: error }, read: () => control.value };
}

/**
 * A form: labels, help, units and errors bound by aria-describedby. Input is parsed before sending; a refusal
 * (local or from the scenario) shows each message by its field and focuses the first, keeping what was typed.
 */
export function mountForm(container: HTMLElement, view: FormView, ctx: ViewContext): MountedView {
  const model = presentForm(view);
  const frame = stepFrame('form', view.stepId, view.role, model.heading);
  const fields = new Map(model.fields.map((field) => [field.id, fieldDom(field, frame.idPrefix)]));
  const targets = new Map([...fields].map(([key, dom]) => [key, dom.target]));
  const form = h(
    'form',
    { class: 'v-form', attrs: { novalidate: '', 'aria-labelledby': frame.heading.id } },
    [
      ...[...fields.values()].map((dom) => dom.wrapper),
      h('div', { class: 'v-actions' }, [
        h('button', {
          class: 'v-button v-button--primary',
          text: model.submitLabel,
          attrs: { type: 'submit' },
        }),
      ]),
    ],
  );
  const show = (problems: Parameters<MountedView['showProblems']>[0]) =>
    showProblems(problems, targets, frame.summary).focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = {
      ...initialFormRaw(view),
      ...Object.fromEntries([...fields].map(([key, dom]) => [key, dom.read()])),
    };
    const values = formSubmission(view, raw);
    if (!values.ok) show(values.error);
    else ctx.send({ type: 'user.submit', values: values.value });
  });
  frame.root.append(form);
  container.append(frame.root);
  return { root: frame.root, heading: frame.heading, showProblems: show, destroy: () => frame.root.remove() };
}
