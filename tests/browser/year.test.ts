import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readSave, writeSave } from '../../src/core/save';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { openTitle, settle, waitForScene } from './shell-helpers';

/**
 * « Une année » in the production build: start a year with a trainer's code, plan and end the first week, open the
 * scheduled tutorial from the hub's guichet, play two steps, reload the page in the middle of the scenario, « Continuer »,
 * and find the same step — the autosave (IndexedDB) replayed through the machines.
 */

const baseUrl = inject('baseUrl');
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

const DESK = '#overlay[data-screen="bureau-annee"]';

/** The 2027 year saved with version 2 of its configuration (a test fixture), cut after `weeks` weeks. */
function olderSave(weeks: number): string {
  const read = readSave(readFileSync('tests/fixtures/saves/format-2-annee-2027-avant-conseil.json', 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  const { payload, meta } = read.value;
  const ends = payload.log.flatMap((event, index) => (event === 'e' ? [index] : []));
  const cut = ends[weeks - 1];
  if (cut === undefined) throw new Error(`moins de ${weeks} semaines dans la sauvegarde témoin`);
  return writeSave({ ...payload, log: payload.log.slice(0, cut + 1) }, meta);
}

/** From the title, « Une année » with the default choices (and a trainer's code), to the mairie. */
async function startYear(page: Page, code?: string): Promise<void> {
  await openTitle(page, baseUrl);
  await page.click('[data-menu="annee"]');
  if (code !== undefined) await page.fill('#code-annee', code);
  await page.click('[data-action="commencer-annee"]');
  await page.waitForSelector('#overlay[data-screen="hub"]');
}

async function planAndOpenWeek(page: Page): Promise<void> {
  await page.click('.an-valider');
  await page.waitForSelector('.bureau-annee__fin:not([disabled])');
}

describe('the year', () => {
  it('starts, plays a scheduled scenario, survives a reload mid-scenario and resumes at the same step', async () => {
    session = await openSession(baseUrl);
    const { page } = session;
    await openTitle(page, baseUrl);
    expect(await page.getAttribute('[data-menu="continuer"]', 'aria-disabled')).toBe('true');

    await page.click('[data-menu="annee"]');
    await page.waitForSelector('[data-action="commencer-annee"]');
    await session.screenshot('annee-01-nouvelle-annee');
    expect(await seriousViolations(page), 'axe, nouvelle année').toEqual([]);
    await page.fill('#code-annee', '7');
    await page.click('[data-action="commencer-annee"]');
    // The year starts in the mairie, its wall calendar on January; its computer opens the desk.
    await page.waitForSelector('#overlay[data-screen="hub"]');
    expect(await page.getAttribute('#scene', 'aria-label')).toMatch(/ouvert sur le mois de janvier\.$/);
    await waitForScene(page, 'hub');
    await settle(page, 300);
    await session.screenshot('annee-01b-mairie-janvier');
    await page.click('[data-hotspot="ordinateur"]');
    await page.waitForSelector(DESK);
    await settle(page, 200);
    await session.screenshot('annee-02-bureau-semaine-1');
    expect(await seriousViolations(page), 'axe, bureau').toEqual([]);

    // Week 1 (4–8 January): the counter only. Plan it, then end the week.
    await planAndOpenWeek(page);
    await page.click('.bureau-annee__fin');
    await page.waitForFunction(() => document.body.textContent?.includes('Semaine 2 sur'));

    // Week 2: the tutorial « Premier jour en mairie » is on the agenda on Monday 11 January; once the week is
    // planned, the guichet of the mairie opens it.
    await planAndOpenWeek(page);
    await page.click('.ecran-bureau .situations-entete button:has-text("La mairie")');
    await page.waitForSelector('#overlay[data-screen="hub"]');
    await page.click('[data-hotspot="guichet"]');
    await page.waitForSelector('.v-host');
    expect(await page.textContent('.v-host__title')).toBe('Premier jour en mairie');
    await page.click('.v-step .v-button--primary');
    await page.waitForSelector('.v-step[data-step="demande-intro"]');
    await page.click('.v-step .v-button--primary');
    await page.waitForSelector('.v-step[data-step="demande-controle"]');
    await page.click('.v-doc-field[data-key="demande.mere"]');
    await settle(page, 300);
    await session.screenshot('annee-03-scenario-avant-rechargement');

    // Quit without warning: the autosave already holds every accepted event.
    await page.reload();
    await page.waitForSelector(
      '#overlay[data-screen="titre"] [data-menu="continuer"]:not([aria-disabled="true"])',
    );
    await page.click('[data-menu="continuer"]');
    await page.waitForSelector('.v-step[data-step="demande-controle"]');
    expect(await page.textContent('.v-host__title')).toBe('Premier jour en mairie');
    await session.screenshot('annee-04-reprise-meme-etape');

    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 300_000);

  it('saves into a slot, exports the file, refuses a broken one, imports it into another slot and resumes it', async () => {
    session = await openSession(baseUrl);
    const { page } = session;
    await startYear(page, '12');
    await page.click('[data-hotspot="ordinateur"]');
    await page.waitForSelector(DESK);
    await planAndOpenWeek(page);
    await page.click('.bureau-annee__fin');
    await page.waitForFunction(() => document.body.textContent?.includes('Semaine 2 sur'));

    // From the desk: « Sauvegardes », save the open year into « Partie 1 ».
    await page.click('.ecran-bureau .situations-entete button:has-text("Sauvegardes")');
    await page.waitForSelector('#overlay[data-screen="sauvegardes"] [data-emplacement="partie-1"]');
    expect(await page.textContent('.ecran-sauvegardes header')).toContain(
      'Partie ouverte : 2027, semaine 2 sur',
    );
    await page.click('[data-emplacement="partie-1"][data-action-sauvegarde="save"]');
    await page.waitForSelector('[data-emplacement="partie-1"][data-action-sauvegarde="load"]');
    expect(await page.textContent('.sauvegardes-message')).toBe('Partie enregistrée dans « Partie 1 ».');
    await settle(page, 150);
    await session.screenshot('annee-05-sauvegardes');
    expect(await seriousViolations(page), 'axe, sauvegardes').toEqual([]);

    // Export it: the browser downloads a file, nothing leaves the device.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-emplacement="partie-1"][data-action-sauvegarde="export"]'),
    ]);
    const exported = join(mkdtempSync(join(tmpdir(), 'mairie-export-')), download.suggestedFilename());
    await download.saveAs(exported);
    expect(download.suggestedFilename()).toBe('une-annee-en-mairie-partie-1.json');

    // A broken file is refused with a French message; nothing is stored.
    const broken = join(dirname(exported), 'abime.json');
    writeFileSync(broken, readFileSync(exported, 'utf8').slice(0, 200));
    await page.setInputFiles('[data-import]', broken);
    await page.click('[data-action="importer"]');
    await page.waitForSelector('.sauvegardes-erreur');
    expect(await page.textContent('.sauvegardes-message')).toContain('Rien n’a été importé.');
    expect(await page.locator('[data-emplacement="partie-2"][data-action-sauvegarde="load"]').count()).toBe(
      0,
    );

    // The good file goes into « Partie 2 » (the first free slot), then is resumed after a confirmation.
    await page.setInputFiles('[data-import]', exported);
    await page.click('[data-action="importer"]');
    await page.waitForSelector('[data-emplacement="partie-2"][data-action-sauvegarde="load"]');
    expect(await page.textContent('.sauvegardes-message')).toContain('est rangée dans « Partie 2 »');
    await page.click('[data-emplacement="partie-2"][data-action-sauvegarde="load"]');
    await page.click('[data-confirmer="partie-2"]');
    await page.waitForSelector('#overlay[data-screen="hub"]');
    await page.click('[data-hotspot="ordinateur"]');
    await page.waitForSelector(DESK);
    expect(await page.textContent('#an-titre')).toMatch(/^Semaine 2 sur 52/);

    // Deleting asks first.
    await page.click('.ecran-bureau .situations-entete button:has-text("Sauvegardes")');
    await page.click('[data-emplacement="partie-1"][data-action-sauvegarde="remove"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-confirmer'))).toBe(
      'partie-1',
    );
    await page.click('[data-confirmer="partie-1"]');
    await page.waitForFunction(() =>
      document.querySelector('.sauvegardes-message')?.textContent?.includes('est effacée'),
    );
    expect(await page.locator('[data-emplacement="partie-1"][data-action-sauvegarde="load"]').count()).toBe(
      0,
    );

    // A 2027 game saved at week 12 with version 2 of the year, before the HR scenarios were scheduled: it
    // resumes as it was, and the desk says in plain view what it goes without until the player has read it.
    const older = join(dirname(exported), 'annee-2027-version-2.json');
    writeFileSync(older, olderSave(12));
    await page.setInputFiles('[data-import]', older);
    await page.click('[data-action="importer"]');
    await page.waitForSelector('[data-emplacement="partie-1"][data-action-sauvegarde="load"]');
    await page.click('[data-emplacement="partie-1"][data-action-sauvegarde="load"]');
    await page.click('[data-confirmer="partie-1"]');
    await page.waitForSelector('#overlay[data-screen="hub"]');
    await page.click('[data-hotspot="ordinateur"]');
    await page.waitForSelector(`${DESK} .bureau-reprise`);
    expect(await page.textContent('#an-titre')).toMatch(/^Semaine 13 sur 52/);
    expect(await page.textContent('.bureau-reprise')).toContain(
      'Cette partie continue sans les activités ajoutées depuis (« L’entretien professionnel », « Recruter et faire carrière »)',
    );
    await settle(page, 150);
    await session.screenshot('annee-05b-reprise-version-2');
    expect(await seriousViolations(page), 'axe, notes de reprise').toEqual([]);
    await page.click('.bureau-reprise button');
    expect(await page.locator('.bureau-reprise').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 300_000);

  it('keeps a corrupted autosave aside with a visible French message, and « Continuer » goes out', async () => {
    session = await openSession(baseUrl);
    const { page } = session;
    await startYear(page);
    // Cut the stored file in two, as a crash during a write or a disk fault would.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('une-annee-en-mairie');
          opening.onerror = () => reject(new Error('ouverture'));
          opening.onsuccess = () => {
            const store = opening.result.transaction('sauvegardes', 'readwrite').objectStore('sauvegardes');
            const reading = store.get('auto');
            reading.onsuccess = () => {
              const record = reading.result as { text: string };
              store.put({ ...record, text: record.text.slice(0, record.text.length / 2) }).onsuccess = () =>
                resolve();
            };
          };
        }),
    );
    await page.reload();
    await page.waitForSelector(
      '#overlay[data-screen="titre"] [data-menu="continuer"]:not([aria-disabled="true"])',
    );
    await page.click('[data-menu="continuer"]');
    await page.waitForSelector('#overlay[data-screen="sauvegardes"] .sauvegardes-erreur');
    const message = (await page.textContent('.sauvegardes-message')) ?? '';
    expect(message).toMatch(/^La partie n’a pas pu être reprise\. /);
    expect(message).toContain('mise de côté (quarantaine)');
    await page.waitForSelector('[data-emplacement="quarantaine/auto/1"]');
    expect(await page.textContent('[data-emplacement="quarantaine/auto/1"] h3')).toBe(
      'Mise de côté (Sauvegarde automatique)',
    );
    await settle(page, 150);
    await session.screenshot('annee-06-sauvegarde-abimee');
    expect(await seriousViolations(page), 'axe, sauvegarde abîmée').toEqual([]);
    await page.click('.ecran-sauvegardes header button:has-text("Retour")');
    await page.waitForSelector('#overlay[data-screen="titre"] [data-menu="continuer"][aria-disabled="true"]');
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);

  it('shows on the desk, in plain view, that the device refuses the autosave, until it works again', async () => {
    session = await openSession(baseUrl);
    const { page } = session;
    await startYear(page);
    await page.click('[data-hotspot="ordinateur"]');
    await page.waitForSelector(DESK);
    expect(await page.isVisible('.bureau-sauvegarde')).toBe(false);
    // A full disk: IndexedDB refuses every write, as it does past its quota.
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        IDBObjectStore.prototype.put = original;
      };
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('plein', 'QuotaExceededError');
      };
    });
    await planAndOpenWeek(page);
    await page.waitForSelector('.bureau-sauvegarde:visible');
    expect(await page.textContent('.bureau-sauvegarde')).toBe(
      'La partie n’a pas pu être enregistrée sur cet appareil (stockage indisponible ou plein). Exportez la partie depuis « Sauvegardes » pour ne rien perdre.',
    );
    await settle(page, 150);
    await session.screenshot('annee-07-stockage-plein');
    await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await page.click('.bureau-annee__fin');
    await page.waitForSelector('.bureau-sauvegarde', { state: 'hidden' });
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
