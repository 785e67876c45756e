import { h } from '../dom';
import type { DialogueView, EndView } from '../../core/scenario';
import { button } from './dom';
import { presentDialogue, presentEnd } from './dialogue-presenter';
import { portraitElement } from './portrait';
import { showProblems } from './problem-display';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';

/** A dialogue line with the speaker's portrait; « Continuer » sends `user.advance`. */
export function mountDialogue(container: HTMLElement, view: DialogueView, ctx: ViewContext): MountedView {
  const model = presentDialogue(view, ctx.resolvePortrait);
  const frame = stepFrame('dialogue', view.stepId, null, model.heading);
  const next = button(model.continueLabel, 'v-button v-button--primary');
  next.addEventListener('click', () => ctx.send({ type: 'user.advance' }));
  const bubble = h('div', { class: 'v-dialogue__bubble' }, [
    ...model.lines.map((line) => h('p', { class: 'v-dialogue__line', text: line })),
  ]);
  const body = h('div', { class: 'v-dialogue' }, [
    ...(model.portrait ? [portraitElement(model.portrait)] : []),
    bubble,
  ]);
  frame.root.append(body, h('div', { class: 'v-actions' }, [next]));
  container.append(frame.root);
  return {
    root: frame.root,
    heading: frame.heading,
    showProblems: (problems) => showProblems(problems, new Map(), frame.summary).focus(),
    destroy: () => frame.root.remove(),
  };
}

/** The end of the scenario: its title and lines, and « Voir le bilan ». */
export function mountEnd(container: HTMLElement, view: EndView, ctx: ViewContext): MountedView {
  const model = presentEnd(view);
  const frame = stepFrame('end', view.stepId, null, model.heading);
  const done = button(model.doneLabel, 'v-button v-button--primary');
  done.addEventListener('click', () => ctx.onDone());
  frame.root.append(
    h('div', { class: 'v-end__seal', text: 'Mairie', attrs: { 'aria-hidden': 'true' } }),
    ...model.lines.map((line) => h('p', { class: 'v-end__line', text: line })),
    h('div', { class: 'v-actions' }, [done]),
  );
  container.append(frame.root);
  return {
    root: frame.root,
    heading: frame.heading,
    showProblems: (problems) => showProblems(problems, new Map(), frame.summary).focus(),
    destroy: () => frame.root.remove(),
  };
}
