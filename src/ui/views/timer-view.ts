import { h } from '../dom';
import type { TimerView } from '../../core/scenario';
import { button } from './dom';
import type { TimerMode } from '../settings/settings';
import { presentTimer, TimerController, type TickSource } from './timer-controller';

/** Ticks from the browser clock: every `intervalMs`, the real time elapsed since the previous tick. */
export function intervalTickSource(intervalMs = 250): TickSource {
  return (onTick) => {
    let last = performance.now();
    const handle = setInterval(() => {
      const now = performance.now();
      onTick(now - last);
      last = now;
    }, intervalMs);
    return () => clearInterval(handle);
  };
}

export interface TimerDisplayOptions {
  readonly mode: TimerMode;
  readonly tickSource: TickSource;
  readonly announce: (text: string) => void;
  /** Sends `timer.expire`; called once. */
  readonly onExpire: () => void;
}

export interface MountedTimer {
  readonly root: HTMLElement;
  readonly controller: TimerController;
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

  const render = () => {
    const model = presentTimer(controller.state);
    if (clock.textContent !== model.clock) clock.textContent = model.clock;
    if (status.textContent !== model.statusText) status.textContent = model.statusText;
    fill.style.transform = `scaleX(${model.fraction})`;
    root.classList.toggle('is-urgent', model.urgent);
    root.dataset.status = controller.state.status;
    pause.textContent = model.pauseLabel;
    pause.hidden = !model.canPause;
    extend.hidden = !model.canExtend;
    disable.hidden = !model.canDisable;
  };
  const controller = new TimerController({
    seconds: timer.seconds,
    mode: options.mode,
    tickSource: options.tickSource,
    announce: options.announce,
    onExpire: options.onExpire,
    onChange: render,
  });
  pause.addEventListener('click', () => controller.togglePause());
  extend.addEventListener('click', () => controller.extend());
  disable.addEventListener('click', () => {
    controller.disable();
    // The button disappears with the timer: keep focus in the group instead of dropping it on <body>.
    root.setAttribute('tabindex', '-1');
    root.focus();
  });
  render();
  container.append(root);
  controller.start();
  return {
    root,
    controller,
    destroy() {
      controller.dispose();
      root.remove();
    },
  };
}
