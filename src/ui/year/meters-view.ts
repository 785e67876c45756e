import { h } from '../dom';
import { button } from '../views/dom';
import type { MeterModel } from './meters-presenter';

/** Which « pourquoi ? » panels are open, kept by the host across re-renders. */
export interface MetersState {
  readonly open: ReadonlySet<string>;
  readonly onToggle: (meterId: string, open: boolean) => void;
}

/**
 * The meters, each with its value in words and a « Pourquoi ? » button that opens the list of its changes
 * and their causes (aria-expanded on the button, the panel hidden otherwise).
 */
export function renderMeters(meters: readonly MeterModel[], state?: MetersState): HTMLElement {
  return h('section', { class: 'jauges', attrs: { 'aria-labelledby': 'jauges-titre' } }, [
    h('h2', { class: 'jauges__titre', text: 'Jauges de l’année', attrs: { id: 'jauges-titre' } }),
    h('p', { class: 'jauges__aide', text: 'Elles colorent l’histoire ; la note reste celle des décisions.' }),
    h(
      'ul',
      { class: 'jauges-liste' },
      meters.map((meter) => {
        const panelId = `jauge-pourquoi-${meter.id}`;
        const panel = h(
          'ol',
          {
            class: 'jauge__pourquoi',
            attrs: { id: panelId, hidden: true, 'aria-label': `Pourquoi : ${meter.label}` },
          },
          meter.why.length === 0
            ? [h('li', { text: 'Aucun changement pour l’instant.' })]
            : meter.why.map((line) =>
                h('li', { class: `jauge-cause jauge-cause--${line.tone}` }, [
                  h('span', { class: 'jauge-cause__delta', text: line.deltaText }),
                  h('span', { class: 'jauge-cause__texte' }, [
                    h('span', { class: 'jauge-cause__raison', text: line.reason }),
                    h('span', { class: 'jauge-cause__origine', text: `${line.cause} — ${line.dateText}` }),
                  ]),
                ]),
              ),
        );
        const toggle = button(meter.whyLabel, 'v-button v-button--small jauge__bouton', {
          id: `jauge-bouton-${meter.id}`,
          'aria-expanded': String(state?.open.has(meter.id) ?? false),
          'aria-controls': panelId,
        });
        toggle.addEventListener('click', () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          panel.hidden = !open;
          state?.onToggle(meter.id, open);
        });
        return h('li', { class: `jauge jauge--${meter.level}` }, [
          h('p', { class: 'jauge__entete' }, [
            h('span', { class: 'jauge__nom', text: meter.label }),
            h('span', {
              class: 'jauge__valeur',
              text: `${meter.valueText} (${meter.levelText}), ${meter.trendText}`,
            }),
          ]),
          h('meter', {
            class: 'jauge__barre',
            attrs: { min: 0, max: 100, value: meter.value, 'aria-label': meter.label },
          }),
          toggle,
          panel,
        ]);
      }),
    ),
  ]);
}
