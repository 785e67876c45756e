import { h } from '../dom';
import type { InputProblem } from '../../core/scenario';
import { button } from './dom';
import { placeProblems } from './problems';

/** A control that can be in error, with an optional slot for its message (bound by aria-describedby). */
export interface ProblemTarget {
  readonly control: HTMLElement;
  readonly slot?: HTMLElement;
}

/**
 * Shows refused input: each message next to its control (aria-invalid, slot text) or in the summary,
 * which links to the control. Clears the previous ones first; nothing typed is touched. Returns the
 * element that should receive focus.
 */
export function showProblems(
  problems: readonly InputProblem[],
  targets: ReadonlyMap<string, ProblemTarget>,
  summary: HTMLElement,
): HTMLElement {
  clearProblems(targets, summary);
  const inlineKeys = new Set(
    [...targets].filter(([, target]) => target.slot !== undefined).map(([key]) => key),
  );
  const placement = placeProblems(problems, [...targets.keys()], inlineKeys);
  for (const [key, messages] of placement.inline) {
    const target = targets.get(key);
    if (!target?.slot) continue;
    target.slot.textContent = messages.join(' ');
    target.slot.hidden = false;
    target.control.setAttribute('aria-invalid', 'true');
  }
  if (placement.summary.length > 0) {
    const title = h('p', {
      class: 'v-problems-title',
      text: 'Votre réponse n’a pas été acceptée :',
      attrs: { tabindex: '-1' },
    });
    const list = h('ul', { class: 'v-problems-list' });
    for (const entry of placement.summary) {
      const item = h('li', {}, [entry.message]);
      const target = entry.key === null ? undefined : targets.get(entry.key);
      if (target) {
        target.control.setAttribute('aria-invalid', 'true');
        const go = button('Aller à l’élément', 'v-link-button');
        go.addEventListener('click', () => target.control.focus());
        item.append(' ', go);
      }
      list.append(item);
    }
    summary.append(title, list);
    summary.hidden = false;
  }
  const first = placement.firstKey === null ? undefined : targets.get(placement.firstKey);
  if (first && first.slot !== undefined) return first.control;
  return summary.querySelector<HTMLElement>('.v-problems-title') ?? first?.control ?? summary;
}

/** Removes every message and aria-invalid previously shown. */
export function clearProblems(targets: ReadonlyMap<string, ProblemTarget>, summary: HTMLElement): void {
  for (const target of targets.values()) {
    target.control.removeAttribute('aria-invalid');
    if (target.slot) {
      target.slot.textContent = '';
      target.slot.hidden = true;
    }
  }
  summary.replaceChildren();
  summary.hidden = true;
}

/** The summary container every view puts under its heading. */
export function problemSummary(): HTMLElement {
  return h('div', { class: 'v-problems', attrs: { hidden: '' } });
}

/** Problem targets for the controls under `root` matching `selector`, keyed by one of their data attributes. */
export function targetsByData(
  root: ParentNode,
  selector: string,
  key: 'item' | 'key',
): Map<string, ProblemTarget> {
  const targets = new Map<string, ProblemTarget>();
  for (const node of root.querySelectorAll<HTMLElement>(selector)) {
    const id = node.dataset[key];
    if (id !== undefined) targets.set(id, { control: node });
  }
  return targets;
}
