import type { Page } from 'playwright-core';
import type { ScenarioEvent } from '../../src/core/scenario';

// Enters a scenario's events through the real views, as a trainee would: used by the scenario tests (practice)
// and by the year test (the same scenarios inside the year).

/** The suffix the views give an element id (see domId in src/ui/views/dom.ts). */
export const idPart = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');
export const SUBMIT = '.v-step .v-button--primary';

/**
 * Presses a control of the views: a click event dispatched on it, once it is visible. Playwright's pointer click
 * waits for three compositor frames (move, down, up), slow under SwiftShader while the stage is drawn; the
 * scenarios' long runs press through the DOM, and the shell, views, stage, network and kiosk tests keep the real
 * pointer, touch and keyboard.
 */
async function press(page: Page, selector: string): Promise<void> {
  const control = page.locator(selector).first();
  await control.waitFor({ state: 'visible' });
  await control.dispatchEvent('click');
}

/** A number as a French trainee types it. */
const french = (value: number) => String(value).replace('.', ',');

async function fillForm(page: Page, values: Readonly<Record<string, unknown>>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    const id = `--champ--${idPart(field)}`;
    if (Array.isArray(value)) {
      for (const option of value) await page.check(`.v-step [id$="${id}--${idPart(String(option))}"]`);
      continue;
    }
    const control = page.locator(`.v-step [id$="${id}"]`).first();
    if ((await control.evaluate((node) => node.tagName)) === 'SELECT')
      await control.selectOption(String(value));
    else await control.fill(typeof value === 'number' ? french(value) : String(value));
  }
}

/** Enters one event of the model answers through the views. */
export async function enter(page: Page, event: ScenarioEvent): Promise<void> {
  switch (event.type) {
    case 'user.advance':
      return press(page, SUBMIT);
    case 'user.choose':
      await press(page, `.v-option[data-option="${event.optionId}"]`);
      return press(page, SUBMIT);
    case 'timer.expire':
      throw new Error('les bonnes réponses ne laissent jamais expirer un minuteur');
    case 'user.submit': {
      const kind = (await page.getAttribute('.v-host', 'data-kind')) ?? '';
      if (kind === 'form') await fillForm(page, event.values);
      if (kind === 'inspect') {
        for (const [key, marked] of Object.entries(event.values)) {
          if (marked === true) await press(page, `.v-doc-field[data-key="${key}"]`);
        }
      }
      if (kind === 'classify') {
        // A staged step is sorted through the mirrors of its objects on the canvas, and validated there.
        const staged = (await page.getAttribute('.v-host', 'data-staged')) !== null;
        for (const [item, bin] of Object.entries(event.values)) {
          await press(page, staged ? `[data-object="item:${item}"]` : `[data-item="${item}"]`);
          await press(
            page,
            staged ? `[data-object="pile:${String(bin)}"]` : `[data-focus="zone:${String(bin)}"]`,
          );
        }
        if (staged) return press(page, '[data-object="validate"]');
      }
      if (kind === 'allocate') {
        for (const [line, amount] of Object.entries(event.values)) {
          await page.fill(`.v-step [id$="--ligne--${idPart(line)}"]`, french(Number(amount)));
        }
      }
      if (kind === 'rank') {
        for (const [cell, score] of Object.entries(event.values)) {
          await page.fill(`.v-step input[data-key="${cell}"]`, String(score));
        }
      }
      return press(page, SUBMIT);
    }
  }
}

export async function stepId(page: Page): Promise<string> {
  return (await page.getAttribute('.v-step', 'data-step')) ?? '';
}

/**
 * Enters one event and waits until the views answer: another step, the debrief, or a refusal. Returns the
 * refusal messages shown (none when the answer was accepted).
 */
export async function playEvent(page: Page, event: ScenarioEvent): Promise<string[]> {
  const before = await stepId(page);
  await enter(page, event);
  await page.waitForFunction(
    (previous) =>
      document.querySelector('.debrief') ||
      document.querySelector('.v-step')?.getAttribute('data-step') !== previous ||
      document.querySelector('.v-error:not([hidden])'),
    before,
  );
  return page.locator('.v-step .v-error:not([hidden])').allTextContents();
}
