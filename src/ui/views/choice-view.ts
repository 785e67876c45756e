import type { ChoiceView } from '../../core/scenario/step-view';
import { button, domId, el } from './dom';
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
  const statusLine = el('p', { className: 'v-status', attrs: { 'aria-live': 'polite' } });
  const buttons = new Map<string, HTMLButtonElement>();
  const list = el('ul', { className: 'v-options', attrs: { 'aria-labelledby': frame.heading.id } });
  for (const option of initial.options) {
    const node = button(option.label, 'v-option', { 'aria-pressed': 'false', 'data-option': option.id });
    node.addEventListener('click', () => {
      state = selectOption(view, state, option.id);
      render();
    });
    buttons.set(option.id, node);
    list.append(el('li', {}, [node]));
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
      el('div', { className: 'v-tension', attrs: { id: tensionId } }, [
        el('span', { className: 'v-tension__icon', text: '⚡', attrs: { 'aria-hidden': 'true' } }),
        el('strong', { className: 'v-tension__title', text: `${initial.tension.title} : ` }),
        initial.tension.text,
      ]),
    );
  }
  if (view.speaker) {
    frame.heading.before(
      el('div', { className: 'v-speaker' }, [
        portraitElement(presentPortrait(view.speaker, ctx.resolvePortrait), 'v-portrait v-portrait--small'),
        el('p', { className: 'v-speaker__name', text: view.speaker.name }),
      ]),
    );
  }
  frame.root.append(list, statusLine, el('div', { className: 'v-actions' }, [confirm]));

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
