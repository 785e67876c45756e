import { h } from '../dom';
import type { TimerView } from '../../core/scenario';
import { button } from './dom';
import type { TimerMode } from '../settings/settings';
import { createActor, type Actor } from 'xstate';
import { presentTimer, type TimerState } from './timer-presenter';
import { stepTimerMachine, timerStateOf, type TimerClock } from './step-timer-machine';

export interface TimerDisplayOptions {
  readonly mode: TimerMode;
  /** The clock of the timer's delays: the browser's when omitted, a simulated or faster one in tests. */
  readonly clock?: TimerClock;
  /** The page whose visibility pauses the timer (the browser's document when omitted). */
  readonly page?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
  readonly announce: (text: string) => void;
  /** Sends `timer.expire`; called once. */
  readonly onExpire: () => void;
}

export interface MountedTimer {
  readonly root: HTMLElement;
  /** The timer's plain state, for the step's first announcement. */
  state(): TimerState;
  destroy(): void;
}

/**
 * The timer of a step, with « Pause », « +30 s » and « Désactiver » always at hand (RGAA 13.1). The clock is
 * visual; the text status is for assistive technologies, which also hear the narrator at a few thresholds.
 */
export function mountTimer(
  container: HTMLElement,
  timer: TimerView,
  options: TimerDisplayOptions,
): MountedTimer {
  const clock = h('p', { class: 'v-timer__clock', attrs: { 'aria-hidden': 'true' } });
  const status = h('p', { class: 'v-sr-only' });
  const fill = h('span', { class: 'v-timer__fill' });
  const gauge = h('span', { class: 'v-timer__gauge', attrs: { 'aria-hidden': 'true' } }, [fill]);
  const pause = button('Pause', 'v-button v-button--small');
  const extend = button('+30 s', 'v-button v-button--small', { 'aria-label': '+30 s (ajouter 30 secondes)' });
  const disable = button('Désactiver', 'v-button v-button--small', {
    'aria-label': 'Désactiver le minuteur',
  });
  const root = h('div', { class: 'v-timer', attrs: { role: 'group', 'aria-label': 'Minuteur' } }, [
    h('span', { class: 'v-timer__icon', attrs: { 'aria-hidden': 'true' } }),
    clock,
    gauge,
    status,
    h('div', { class: 'v-timer__controls' }, [pause, extend, disable]),
  ]);

  const actor: Actor<typeof stepTimerMachine> = createActor(stepTimerMachine, {
    input: { seconds: timer.seconds, mode: options.mode },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const state = () => timerStateOf(actor.getSnapshot());
  const render = () => {
    const current = state();
    const model = presentTimer(current);
    if (clock.textContent !== model.clock) clock.textContent = model.clock;
    if (status.textContent !== model.statusText) status.textContent = model.statusText;
    fill.style.transform = `scaleX(${model.fraction})`;
    root.classList.toggle('is-urgent', model.urgent);
    root.dataset.status = current.status;
    pause.textContent = model.pauseLabel;
    pause.hidden = !model.canPause;
    extend.hidden = !model.canExtend;
    disable.hidden = !model.canDisable;
  };
  actor.subscribe(render);
  actor.on('timer.announce', ({ text }) => options.announce(text));
  actor.on('timer.expired', () => options.onExpire());
  const page = options.page ?? document;
  const onVisibility = () => actor.send({ type: page.hidden ? 'page.hidden' : 'page.visible' });
  page.addEventListener('visibilitychange', onVisibility);
  pause.addEventListener('click', () =>
    actor.send({ type: state().status === 'paused' ? 'user.resume' : 'user.pause' }),
  );
  extend.addEventListener('click', () => actor.send({ type: 'user.extend' }));
  disable.addEventListener('click', () => {
    actor.send({ type: 'user.disable' });
    // The button disappears with the timer: keep focus in the group instead of dropping it on <body>.
    root.setAttribute('tabindex', '-1');
    root.focus();
  });
  container.append(root);
  actor.start();
  if (page.hidden) onVisibility();
  render();
  return {
    root,
    state,
    destroy() {
      page.removeEventListener('visibilitychange', onVisibility);
      actor.stop();
      root.remove();
    },
  };
}
