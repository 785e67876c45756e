import type { AudioChannel } from '../../core/assets';
import { h } from '../dom';
import { createModal, type Modal } from '../modal';
import {
  TEXT_SIZES,
  TIMER_MODES,
  type Settings,
  type SettingsPatch,
  type TextSize,
  type TimerMode,
} from './settings';
import type { SettingsStore } from './settings-store';

const TEXT_LABELS: Readonly<Record<TextSize, string>> = {
  normal: 'Normal',
  large: 'Grand',
  larger: 'Très grand',
};
const TIMER_LABELS: Readonly<Record<TimerMode, string>> = {
  normal: 'Temps prévu',
  extended: 'Temps doublé',
  off: 'Sans limite de temps',
};
const CHANNEL_LABELS: Readonly<Record<AudioChannel, string>> = {
  ambience: 'Ambiance',
  ui: 'Interface (clics)',
  cues: 'Signaux sonores',
};

type BooleanKey = 'highContrast' | 'reducedMotion' | 'subtitles' | 'dyslexicFont' | 'muted';

interface Control {
  sync(settings: Settings): void;
}

function radioGroup<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  read: (settings: Settings) => T,
  write: (value: T) => SettingsPatch,
  store: SettingsStore,
  help?: string,
): { element: HTMLElement; control: Control } {
  const inputs = values.map((value) => {
    const input = h('input', { attrs: { type: 'radio', name, value, id: `${name}-${value}` } });
    input.addEventListener('change', () => {
      if (input.checked) store.update(write(value));
    });
    return { value, input };
  });
  const helpId = `${name}-aide`;
  const element = h(
    'fieldset',
    { class: 'reglage-groupe', attrs: { 'aria-describedby': help ? helpId : undefined } },
    [
      h('legend', { text: legend }),
      help ? h('p', { class: 'aide', text: help, attrs: { id: helpId } }) : null,
      h(
        'div',
        { class: 'choix-segmentes' },
        inputs.map(({ value, input }) =>
          h('label', { class: 'choix', attrs: { for: input.id } }, [
            input,
            h('span', { text: labels[value] }),
          ]),
        ),
      ),
    ],
  );
  return {
    element,
    control: {
      sync(settings) {
        const current = read(settings);
        inputs.forEach(({ value, input }) => {
          input.checked = value === current;
        });
      },
    },
  };
}

function toggle(
  key: BooleanKey,
  label: string,
  store: SettingsStore,
  help?: string,
): { element: HTMLElement; control: Control } {
  const input = h('input', {
    class: 'interrupteur',
    attrs: {
      type: 'checkbox',
      id: `reglage-${key}`,
      'aria-describedby': help ? `reglage-${key}-aide` : undefined,
    },
  });
  input.addEventListener('change', () => store.update({ [key]: input.checked }));
  const element = h('div', { class: 'reglage-bascule' }, [
    h('label', { attrs: { for: input.id } }, [input, h('span', { text: label })]),
    help ? h('p', { class: 'aide', text: help, attrs: { id: `reglage-${key}-aide` } }) : null,
  ]);
  return { element, control: { sync: (settings) => void (input.checked = settings[key]) } };
}

function volume(
  channel: AudioChannel,
  store: SettingsStore,
  preview: () => void,
): { element: HTMLElement; control: Control } {
  const id = `volume-${channel}`;
  const output = h('output', { class: 'volume-valeur', attrs: { for: id } });
  const input = h('input', { attrs: { type: 'range', id, min: 0, max: 100, step: 5 } });
  input.addEventListener('input', () => {
    store.update({ volumes: { [channel]: Number(input.value) / 100 } });
  });
  input.addEventListener('change', preview);
  const element = h('div', { class: 'reglage-volume' }, [
    h('label', { text: CHANNEL_LABELS[channel], attrs: { for: id } }),
    input,
    output,
  ]);
  return {
    element,
    control: {
      sync(settings) {
        const percent = Math.round(settings.volumes[channel] * 100);
        input.value = String(percent);
        input.setAttribute('aria-valuetext', `${percent} %`);
        output.textContent = `${percent} %`;
      },
    },
  };
}

/** The settings dialog: every change applies at once and is saved; « Rétablir » goes back to the defaults. */
export function createSettingsDialog(
  host: HTMLElement,
  store: SettingsStore,
  previewSound: () => void,
): { open(opener?: HTMLElement | null): void; modal: Modal } {
  const resetButton = h('button', {
    class: 'bouton',
    text: 'Rétablir les réglages par défaut',
    attrs: { type: 'button' },
  });
  resetButton.addEventListener('click', () => store.reset());
  const modal = createModal(host, {
    id: 'dialogue-parametres',
    title: 'Paramètres',
    className: 'dialogue-parametres',
    actions: [resetButton],
  });
  const parts = [
    radioGroup(
      'taille-texte',
      'Taille du texte',
      TEXT_SIZES,
      TEXT_LABELS,
      (s) => s.textSize,
      (textSize) => ({ textSize }),
      store,
    ),
    toggle('highContrast', 'Contraste élevé', store),
    toggle('dyslexicFont', 'Police adaptée à la dyslexie (OpenDyslexic)', store),
    toggle('reducedMotion', 'Réduire les animations', store),
    radioGroup(
      'minuteurs',
      'Temps limité',
      TIMER_MODES,
      TIMER_LABELS,
      (s) => s.timers,
      (timers) => ({ timers }),
      store,
      'Certaines situations se jouent en temps limité. Vous pouvez doubler ce temps ou le supprimer ; un minuteur peut aussi être mis en pause à tout moment.',
    ),
    toggle('muted', 'Couper tous les sons', store),
    volume('ambience', store, previewSound),
    volume('ui', store, previewSound),
    volume('cues', store, previewSound),
    toggle(
      'subtitles',
      'Sous-titres des sons',
      store,
      'Affiche en bas de l’écran ce que l’on entend : téléphone, notification, tampon…',
    ),
  ];

  const [textSize, contrast, dyslexia, motion, timers, mute, ...sound] = parts.map((part) => part.element);
  modal.body.append(
    h('div', { class: 'reglages-colonnes' }, [
      h('section', { class: 'reglages-section', attrs: { 'aria-labelledby': 'reglages-affichage' } }, [
        h('h3', { text: 'Lecture et affichage', attrs: { id: 'reglages-affichage' } }),
        textSize,
        contrast,
        dyslexia,
        motion,
        timers,
      ]),
      h('section', { class: 'reglages-section', attrs: { 'aria-labelledby': 'reglages-son' } }, [
        h('h3', { text: 'Son', attrs: { id: 'reglages-son' } }),
        mute,
        ...sound,
      ]),
    ]),
  );
  const syncAll = (settings: Settings) => parts.forEach((part) => part.control.sync(settings));
  syncAll(store.get());
  store.subscribe(syncAll);
  return { modal, open: (opener) => modal.open(opener) };
}
