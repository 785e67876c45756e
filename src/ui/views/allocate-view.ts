import type { AllocateView } from '../../core/scenario/step-view';
import { button, domId, el } from './dom';
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
    const body = el('tbody');
    for (const line of group.lines) {
      const id = domId(frame.idPrefix, 'ligne', line.id);
      const hintId = `${id}--aide`;
      const errorId = `${id}--erreur`;
      const unitId = `${id}--unite`;
      const input = el('input', {
        className: 'v-input v-input--amount',
        attrs: {
          id,
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          'aria-describedby': [line.hint === null ? null : hintId, unitId, errorId].filter(Boolean).join(' '),
        },
      });
      input.value = initialRaw[line.id] ?? '';
      const error = el('p', { className: 'v-error', attrs: { id: errorId, hidden: '' } });
      inputs.set(line.id, input);
      targets.set(line.id, { control: input, slot: error });
      input.addEventListener('input', update);
      input.addEventListener('change', () => {
        input.value = reformatAmount(input.value);
        update();
        announceBalances();
      });
      body.append(
        el('tr', {}, [
          el('th', { attrs: { scope: 'row' } }, [
            el('label', { text: line.label, attrs: { for: id } }),
            ...(line.hint === null
              ? []
              : [el('p', { className: 'v-help', text: line.hint, attrs: { id: hintId } })]),
          ]),
          el('td', { className: 'v-amount-cell' }, [
            el('div', { className: 'v-input-row' }, [
              input,
              el('span', { className: 'v-unit', text: view.unit, attrs: { id: unitId } }),
            ]),
            error,
          ]),
        ]),
      );
    }
    const total = el('output', {
      className: 'v-total',
      attrs: { for: group.lines.map((line) => domId(frame.idPrefix, 'ligne', line.id)).join(' ') },
    });
    totals.set(group.id, total);
    return el('table', { className: 'v-table v-alloc', attrs: { 'aria-labelledby': captionId } }, [
      el('caption', { text: group.label, attrs: { id: captionId } }),
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: 'Ligne', attrs: { scope: 'col' } }),
          el('th', { text: `Montant (${view.unit})`, attrs: { scope: 'col' } }),
        ]),
      ]),
      body,
      el('tfoot', {}, [
        el('tr', {}, [el('th', { text: 'Total', attrs: { scope: 'row' } }), el('td', {}, [total])]),
      ]),
    ]);
  });

  const balanceList = el('ul', { className: 'v-balances__list' });
  const balanceTitleId = domId(frame.idPrefix, 'equilibre');
  const submit = button(initial.submitLabel, 'v-button v-button--primary');
  submit.addEventListener('click', () => {
    const values = allocateSubmission(view, read());
    if (!values.ok) showProblems(values.error, targets, frame.summary).focus();
    else ctx.send({ type: 'user.submit', values: values.value });
  });
  frame.root.append(
    el('div', { className: 'v-alloc-groups' }, tables),
    ...(initial.balances.length === 0
      ? []
      : [
          el('section', { className: 'v-balances', attrs: { 'aria-labelledby': balanceTitleId } }, [
            el('h3', { text: 'Équilibre', attrs: { id: balanceTitleId } }),
            balanceList,
          ]),
        ]),
    el('div', { className: 'v-actions' }, [submit]),
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
        el('li', { className: `v-balance ${balance.balanced ? 'is-balanced' : 'is-unbalanced'}` }, [
          el('strong', { text: balance.label }),
          el('span', { text: `${balance.leftLabel} : ${balance.leftText}` }),
          el('span', { text: `${balance.rightLabel} : ${balance.rightText}` }),
          el('span', { className: 'v-balance__status' }, [
            el('span', {
              className: 'v-balance__icon',
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
