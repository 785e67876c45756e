import { h } from '../dom';
import type { AllocateView } from '../../core/scenario';
import { button, domId } from './dom';
import {
  allocateSubmission,
  initialAllocateRaw,
  presentAllocate,
  type AllocateRaw,
} from './allocate-presenter';
import { reformatAmount } from './form-presenter';
import { showProblems, type ProblemTarget } from './problem-display';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';

/**
 * The allocation table: one table per group with an amount input per line, a live total per group and live
 * balances said in words. Every figure comes from the presenter; this file only writes it out.
 */
export function mountAllocate(container: HTMLElement, view: AllocateView, ctx: ViewContext): MountedView {
  const initialRaw = initialAllocateRaw(view);
  const initial = presentAllocate(view, initialRaw);
  const frame = stepFrame('allocate', view.stepId, view.role, initial.heading);
  const inputs = new Map<string, HTMLInputElement>();
  const targets = new Map<string, ProblemTarget>();
  const totals = new Map<string, HTMLElement>();
  const read = (): AllocateRaw => Object.fromEntries([...inputs].map(([id, input]) => [id, input.value]));

  const tables = initial.groups.map((group) => {
    const captionId = domId(frame.idPrefix, 'groupe', group.id);
    const body = h('tbody');
    for (const line of group.lines) {
      const id = domId(frame.idPrefix, 'ligne', line.id);
      const hintId = `${id}--aide`;
      const errorId = `${id}--erreur`;
      const unitId = `${id}--unite`;
      const input = h('input', {
        class: 'v-input v-input--amount',
        attrs: {
          id,
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          'aria-describedby': [line.hint === null ? null : hintId, unitId, errorId].filter(Boolean).join(' '),
        },
      });
      input.value = initialRaw[line.id] ?? '';
      const error = h('p', { class: 'v-error', attrs: { id: errorId, hidden: '' } });
      inputs.set(line.id, input);
      targets.set(line.id, { control: input, slot: error });
      input.addEventListener('input', update);
      input.addEventListener('change', () => {
        input.value = reformatAmount(input.value);
        update();
        announceBalances();
      });
      body.append(
        h('tr', {}, [
          h('th', { attrs: { scope: 'row' } }, [
            h('label', { text: line.label, attrs: { for: id } }),
            ...(line.hint === null
              ? []
              : [h('p', { class: 'v-help', text: line.hint, attrs: { id: hintId } })]),
          ]),
          h('td', { class: 'v-amount-cell' }, [
            h('div', { class: 'v-input-row' }, [
              input,
              h('span', { class: 'v-unit', text: view.unit, attrs: { id: unitId } }),
            ]),
            error,
          ]),
        ]),
      );
    }
    const total = h('output', {
      class: 'v-total',
      attrs: { for: group.lines.map((line) => domId(frame.idPrefix, 'ligne', line.id)).join(' ') },
    });
    totals.set(group.id, total);
    return h('table', { class: 'v-table v-alloc', attrs: { 'aria-labelledby': captionId } }, [
      h('caption', { text: group.label, attrs: { id: captionId } }),
      h('thead', {}, [
        h('tr', {}, [
          h('th', { text: 'Ligne', attrs: { scope: 'col' } }),
          h('th', { text: `Montant (${view.unit})`, attrs: { scope: 'col' } }),
        ]),
      ]),
      body,
      h('tfoot', {}, [
        h('tr', {}, [h('th', { text: 'Total', attrs: { scope: 'row' } }), h('td', {}, [total])]),
      ]),
    ]);
  });

  const balanceList = h('ul', { class: 'v-balances__list' });
  const balanceTitleId = domId(frame.idPrefix, 'equilibre');
  const submit = button(initial.submitLabel, 'v-button v-button--primary');
  submit.addEventListener('click', () => {
    const values = allocateSubmission(view, read());
    if (!values.ok) showProblems(values.error, targets, frame.summary).focus();
    else ctx.send({ type: 'user.submit', values: values.value });
  });
  frame.root.append(
    h('div', { class: 'v-alloc-groups' }, tables),
    ...(initial.balances.length === 0
      ? []
      : [
          h('section', { class: 'v-balances', attrs: { 'aria-labelledby': balanceTitleId } }, [
            h('h3', { text: 'Équilibre', attrs: { id: balanceTitleId } }),
            balanceList,
          ]),
        ]),
    h('div', { class: 'v-actions' }, [submit]),
  );

  function update(): void {
    const model = presentAllocate(view, read());
    for (const group of model.groups) {
      const total = totals.get(group.id);
      if (total)
        total.textContent = group.partial ? `${group.totalText} (ligne illisible exclue)` : group.totalText;
    }
    balanceList.replaceChildren(
      ...model.balances.map((balance) =>
        h('li', { class: `v-balance ${balance.balanced ? 'is-balanced' : 'is-unbalanced'}` }, [
          h('strong', { text: balance.label }),
          h('span', { text: `${balance.leftLabel} : ${balance.leftText}` }),
          h('span', { text: `${balance.rightLabel} : ${balance.rightText}` }),
          h('span', { class: 'v-balance__status' }, [
            h('span', {
              class: 'v-balance__icon',
              text: balance.balanced ? '✔' : '✖',
              attrs: { 'aria-hidden': 'true' },
            }),
            ` ${balance.statusText}`,
          ]),
        ]),
      ),
    );
  }

  function announceBalances(): void {
    const model = presentAllocate(view, read());
    if (model.balances.length > 0) {
      ctx.announce(model.balances.map((balance) => `${balance.label} : ${balance.statusText}.`).join(' '));
    }
  }

  update();
  container.append(frame.root);
  return {
    root: frame.root,
    heading: frame.heading,
    showProblems: (problems) => showProblems(problems, targets, frame.summary).focus(),
    destroy: () => frame.root.remove(),
  };
}
