import type { RankView } from '../../core/scenario/step-view';
import { button, domId, el } from './dom';
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

  const offers = el(
    'div',
    { className: 'v-offers' },
    initial.rows.map((row) => {
      const titleId = domId(frame.idPrefix, 'offre', row.offerId);
      return el('article', { className: 'v-offer', attrs: { 'aria-labelledby': titleId } }, [
        el('h3', { className: 'v-offer__title', text: row.label, attrs: { id: titleId } }),
        el(
          'dl',
          { className: 'v-offer__facts' },
          row.facts.map((fact) =>
            el('div', { className: 'v-offer__fact' }, [
              el('dt', { text: fact.label }),
              el('dd', { text: fact.value }),
            ]),
          ),
        ),
      ]);
    }),
  );

  const captionId = domId(frame.idPrefix, 'grille');
  const body = el('tbody');
  for (const row of initial.rows) {
    const cells = row.cells.map((cell) => {
      const input = el('input', {
        className: 'v-input v-input--score',
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
      return el('td', {}, [input]);
    });
    const total = el('td', { className: 'v-rank-total' });
    const rank = el('td', { className: 'v-rank-rank' });
    totals.set(row.offerId, total);
    ranks.set(row.offerId, rank);
    body.append(
      el('tr', {}, [el('th', { text: row.label, attrs: { scope: 'row' } }), ...cells, total, rank]),
    );
  }
  const table = el('table', { className: 'v-table v-rank', attrs: { 'aria-labelledby': captionId } }, [
    el('caption', { text: `Grille d’analyse — ${initial.scaleText}`, attrs: { id: captionId } }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: 'Offre', attrs: { scope: 'col' } }),
        ...initial.criteria.map((criterion) =>
          el('th', { attrs: { scope: 'col' } }, [
            criterion.label,
            el('span', { className: 'v-rank-weight', text: ` (${criterion.weightText})` }),
          ]),
        ),
        el('th', { text: 'Total pondéré', attrs: { scope: 'col' } }),
        el('th', { text: 'Rang', attrs: { scope: 'col' } }),
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
    ...(initial.weightWarning === null
      ? []
      : [el('p', { className: 'v-warning', text: initial.weightWarning })]),
    el('div', { className: 'v-table-scroll' }, [table]),
    el('div', { className: 'v-actions' }, [submit]),
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
