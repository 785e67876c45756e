import { h } from './dom';
import { createSheetPrinter } from './print-sheet';
import type { Screen } from './screens/screen-host';

/** One button of a printable screen's actions. */
export interface ScreenAction {
  readonly label: string;
  /** `data-action`, which the tests and the shell's keyboard help name. */
  readonly action: string;
  readonly run: () => void;
  readonly primary?: boolean;
  readonly describedBy?: string;
}

type Child = HTMLElement | null | false | undefined;

export interface PrintableScreenOptions {
  /** The screen's id and title (screen-host.ts). */
  readonly id: string;
  readonly title: string;
  /** The card's heading, on screen and on paper; `headingId` names it for the section. */
  readonly heading: string;
  readonly headingId: string;
  /** Classes added to the section (`ecran binome debrief` are always there). */
  readonly sectionClass?: string;
  /** The class of the printed sheet (its print CSS). */
  readonly sheetClass: string;
  /** The part shown and printed: built once for the screen, once for each print. */
  readonly body: () => HTMLElement;
  /** Shown between the body and the actions, not printed (a help line). */
  readonly notes?: readonly Child[];
  /** The buttons under the card; `print` opens the print dialog with the sheet alone. */
  readonly actions: (print: () => void) => readonly (ScreenAction | null)[];
  /** Opens the print dialog (`window.print` in the game). */
  readonly print: () => void;
}

const actionButton = (action: ScreenAction) =>
  h('button', {
    class: action.primary ? 'v-button v-button--primary' : 'v-button',
    text: action.label,
    attrs: {
      type: 'button',
      'data-action': action.action,
      'aria-describedby': action.describedBy,
    },
    on: { click: () => action.run() },
  });

/**
 * A large card of the binôme and the workshop (the pair's debrief, its contract or plan, the room's debrief): a
 * focused heading, a body that prints alone on its sheet, and a row of actions. Replaced mid-print, the screen
 * takes its sheet back.
 */
export function printableScreen(options: PrintableScreenOptions): Screen {
  return {
    id: options.id,
    title: options.title,
    mount(root) {
      const { printSheet, endPrinting } = createSheetPrinter(options.print);
      const print = () =>
        printSheet(
          h('article', { class: options.sheetClass }, [h('h1', { text: options.heading }), options.body()]),
        );
      const actions = options.actions(print).flatMap((action) => (action ? [actionButton(action)] : []));
      root.append(
        h(
          'section',
          {
            class: ['ecran binome debrief', options.sectionClass ?? ''].join(' ').trim(),
            attrs: { 'aria-labelledby': options.headingId },
          },
          [
            h('div', { class: 'binome-carte binome-carte--large' }, [
              h('h1', {
                class: 'debrief-title',
                text: options.heading,
                attrs: { id: options.headingId, tabindex: -1, 'data-autofocus': true },
              }),
              options.body(),
              ...(options.notes ?? []),
              h('p', { class: 'binome-actions' }, actions),
            ]),
          ],
        ),
      );
      return endPrinting;
    },
  };
}

/** The way back from a pair's printable document (its contract, its plan): to its debrief, or to the menu. */
export function documentReturns(options: {
  readonly onDebrief: () => void;
  readonly onMenu: () => void;
}): readonly ScreenAction[] {
  return [
    { label: 'Revenir au bilan', action: 'bilan', run: () => options.onDebrief() },
    { label: 'Retour au menu', action: 'menu', run: () => options.onMenu() },
  ];
}
