import { h } from '../dom';
import type { ChoiceView } from '../../core/scenario';
import { button, domId } from './dom';
import {
  choiceEvent,
  INITIAL_CHOICE_STATE,
  presentChoice,
  selectOption,
  type ChoiceState,
} from './choice-presenter';
import { presentPortrait } from './dialogue-presenter';
import { portraitElement } from './portrait';
import { showProblems } from './problem-display';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';

/** A choice: options as toggle buttons (one pressed at a time), then « Confirmer ce choix » → `user.choose`. */
export function mountChoice(container: HTMLElement, view: ChoiceView, ctx: ViewContext): MountedView {
  let state: ChoiceState = INITIAL_CHOICE_STATE;
  const initial = presentChoice(view, state);
  const frame = stepFrame('choice', view.stepId, view.role, initial.heading);
  const statusLine = h('p', { class: 'v-status', attrs: { 'aria-live': 'polite' } });
  const buttons = new Map<string, HTMLButtonElement>();
  const list = h('ul', { class: 'v-options', attrs: { 'aria-labelledby': frame.heading.id } });
  for (const option of initial.options) {
    const node = button(option.label, 'v-option', { 'aria-pressed': 'false', 'data-option': option.id });
    node.addEventListener('click', () => {
      state = selectOption(view, state, option.id);
      render();
    });
    buttons.set(option.id, node);
    list.append(h('li', {}, [node]));
  }
  const confirm = button(initial.confirmLabel, 'v-button v-button--primary');
  confirm.addEventListener('click', () => {
    const event = choiceEvent(state);
    if (typeof event === 'string')
      showProblems([{ key: null, message: event }], new Map(), frame.summary).focus();
    else ctx.send(event);
  });

  if (initial.tension) {
    const tensionId = domId(frame.idPrefix, 'tension');
    frame.heading.before(
      h('div', { class: 'v-tension', attrs: { id: tensionId } }, [
        h('span', { class: 'v-tension__icon', text: '⚡', attrs: { 'aria-hidden': 'true' } }),
        h('strong', { class: 'v-tension__title', text: `${initial.tension.title} : ` }),
        initial.tension.text,
      ]),
    );
  }
  if (view.speaker) {
    frame.heading.before(
      h('div', { class: 'v-speaker' }, [
        portraitElement(presentPortrait(view.speaker, ctx.resolvePortrait), 'v-portrait v-portrait--small'),
        h('p', { class: 'v-speaker__name', text: view.speaker.name }),
      ]),
    );
  }
  frame.root.append(list, statusLine, h('div', { class: 'v-actions' }, [confirm]));

  function render(): void {
    const model = presentChoice(view, state);
    for (const option of model.options)
      buttons.get(option.id)?.setAttribute('aria-pressed', String(option.selected));
    statusLine.textContent = model.status;
  }
  render();
  container.append(frame.root);
  return {
    root: frame.root,
    heading: frame.heading,
    showProblems: (problems) => showProblems(problems, new Map(), frame.summary).focus(),
    destroy: () => frame.root.remove(),
  };
}
