import { h } from '../dom';
import type { RankView } from '../../core/scenario';
import { button, domId } from './dom';
import { showProblems, type ProblemTarget } from './problem-display';
import { presentRank, rankSubmission, type RankRaw } from './rank-presenter';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';

/**
 * The ranking grid: offers (rows) × weighted criteria (columns), an integer score per cell, and live weighted
 * totals and ranks computed by the presenter.
 */
export function mountRank(container: HTMLElement, view: RankView, ctx: ViewContext): MountedView {
  const initial = presentRank(view, {});
  const frame = stepFrame('rank', view.stepId, view.role, initial.heading);
  const inputs = new Map<string, HTMLInputElement>();
  const targets = new Map<string, ProblemTarget>();
  const totals = new Map<string, HTMLElement>();
  const ranks = new Map<string, HTMLElement>();
  const read = (): RankRaw => Object.fromEntries([...inputs].map(([key, input]) => [key, input.value]));

  const offers = h(
    'div',
    { class: 'v-offers' },
    initial.rows.map((row) => {
      const titleId = domId(frame.idPrefix, 'offre', row.offerId);
      return h('article', { class: 'v-offer', attrs: { 'aria-labelledby': titleId } }, [
        h('h3', { class: 'v-offer__title', text: row.label, attrs: { id: titleId } }),
        h(
          'dl',
          { class: 'v-offer__facts' },
          row.facts.map((fact) =>
            h('div', { class: 'v-offer__fact' }, [
              h('dt', { text: fact.label }),
              h('dd', { text: fact.value }),
            ]),
          ),
        ),
      ]);
    }),
  );

  const captionId = domId(frame.idPrefix, 'grille');
  const body = h('tbody');
  for (const row of initial.rows) {
    const cells = row.cells.map((cell) => {
      const input = h('input', {
        class: 'v-input v-input--score',
        attrs: {
          type: 'text',
          inputmode: 'numeric',
          autocomplete: 'off',
          'aria-label': cell.label,
          'data-key': cell.key,
          id: domId(frame.idPrefix, 'note', cell.key),
        },
      });
      input.addEventListener('input', update);
      input.addEventListener('change', () => {
        const model = presentRank(view, read()).rows.find((entry) => entry.offerId === row.offerId);
        if (model && model.total !== null)
          ctx.announce(`${model.label} : ${model.totalText}, ${model.rankText}.`);
      });
      inputs.set(cell.key, input);
      targets.set(cell.key, { control: input });
      return h('td', {}, [input]);
    });
    const total = h('td', { class: 'v-rank-total' });
    const rank = h('td', { class: 'v-rank-rank' });
    totals.set(row.offerId, total);
    ranks.set(row.offerId, rank);
    body.append(h('tr', {}, [h('th', { text: row.label, attrs: { scope: 'row' } }), ...cells, total, rank]));
  }
  const table = h('table', { class: 'v-table v-rank', attrs: { 'aria-labelledby': captionId } }, [
    h('caption', { text: `Grille d’analyse — ${initial.scaleText}`, attrs: { id: captionId } }),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { text: 'Offre', attrs: { scope: 'col' } }),
        ...initial.criteria.map((criterion) =>
          h('th', { attrs: { scope: 'col' } }, [
            criterion.label,
            h('span', { class: 'v-rank-weight', text: ` (${criterion.weightText})` }),
          ]),
        ),
        h('th', { text: 'Total pondéré', attrs: { scope: 'col' } }),
        h('th', { text: 'Rang', attrs: { scope: 'col' } }),
      ]),
    ]),
    body,
  ]);

  const submit = button(initial.submitLabel, 'v-button v-button--primary');
  submit.addEventListener('click', () => {
    const values = rankSubmission(view, read());
    if (!values.ok) showProblems(values.error, targets, frame.summary).focus();
    else ctx.send({ type: 'user.submit', values: values.value });
  });
  frame.root.append(
    offers,
    ...(initial.weightWarning === null ? [] : [h('p', { class: 'v-warning', text: initial.weightWarning })]),
    h('div', { class: 'v-table-scroll' }, [table]),
    h('div', { class: 'v-actions' }, [submit]),
  );

  function update(): void {
    for (const row of presentRank(view, read()).rows) {
      const total = totals.get(row.offerId);
      const rank = ranks.get(row.offerId);
      if (total) total.textContent = row.totalText;
      if (rank) rank.textContent = row.rankText;
      for (const cell of row.cells)
        inputs.get(cell.key)?.toggleAttribute('data-invalid', cell.error !== null);
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
