import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compressContent,
  crc32,
  loadSaveText,
  payloadOf,
  readSave,
  SAVE_FORMAT,
  saveText,
  writeEnvelope,
  writeSave,
} from '../../../../src/core/save';
import { buildYearBilan, playYearWithBot, type YearState } from '../../../../src/core/year';
import { apply, newYear, repoYearLibrary, yearEnv } from '../year/year-fixtures';

const library = repoYearLibrary();
const env = yearEnv();
const savedAt = '2026-11-23T18:00:00Z';

function botYear(
  bot: 'good' | 'random' | 'careless',
  configId?: string,
  asOfVersion?: number,
): { env: ReturnType<typeof yearEnv>; state: YearState } {
  const yearEnvironment = yearEnv(configId, asOfVersion);
  const played = playYearWithBot(
    yearEnvironment,
    { configId: yearEnvironment.config.id, seed: 9, post: 'temps-plein' },
    bot,
    9,
  );
  if (!played.ok) throw new Error(played.error);
  return { env: yearEnvironment, state: played.value.state };
}

function envelope(change: Record<string, unknown>): string {
  const text = saveText(env, newYear(env), savedAt);
  return JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), ...change });
}

describe('saves round-trip', () => {
  it.each(['good', 'random', 'careless'] as const)(
    'a %s year comes back with the same state and marks',
    (bot) => {
      const year = botYear(bot);
      const loaded = loadSaveText(saveText(year.env, year.state, savedAt), library);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(loaded.value.state).toEqual(year.state);
      expect(loaded.value.warnings).toEqual([]);
      const before = buildYearBilan(year.env, year.state, '2026-11-23');
      const after = buildYearBilan(loaded.value.env, loaded.value.state, '2026-11-23');
      expect(after.ok && after.value.report).toEqual(before.ok && before.value.report);
    },
  );

  it.each(['annee-2027', 'annee-2026'])(
    'a whole %s year fits in 4 096 characters once compressed',
    (configId) => {
      for (const bot of ['good', 'random', 'careless'] as const) {
        const year = botYear(bot, configId);
        expect(compressContent(payloadOf(year.env, year.state)).length).toBeLessThan(4096);
      }
    },
  );

  it('resumes in the middle of a scenario at the same step', () => {
    const state = apply(
      env,
      newYear(env),
      { type: 'week.end' },
      { type: 'week.plan', slots: [] },
      { type: 'activity.open', activityId: 'premier-jour' },
      { type: 'activity.event', event: { type: 'user.advance' } },
    );
    const loaded = loadSaveText(saveText(env, state, savedAt), library);
    expect(loaded.ok && loaded.value.state).toEqual(state);
  });
});

describe('saves written by earlier builds', () => {
  it('migrates a format 1 save to format 2 and replays it', () => {
    const loaded = loadSaveText(
      readFileSync('tests/fixtures/saves/format-1-deux-semaines.json', 'utf8'),
      library,
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.migratedFrom).toBe(1);
    expect(loaded.value.warnings).toEqual(['Sauvegarde convertie depuis le format 1.']);
    expect(loaded.value.state.setup).toEqual({
      configId: 'annee-2027-tutoriel',
      seed: 2027,
      post: 'temps-plein',
    });
    expect(loaded.value.state.week).toBe(1);
    expect(loaded.value.state.phase).toBe('execution');
  });

  it('migrates format 1 written now, to the same state as the events replayed directly', () => {
    const events = [{ type: 'week.plan', slots: [['guichet.0.0', 0]] }, { type: 'week.end' }] as const;
    const text = writeEnvelope(
      1,
      { version: 1, world: 'saint-aubin-sur-loire', config: env.config.id, seed: 3, log: events },
      { savedAt, label: 'ancien' },
    );
    const loaded = loadSaveText(text, library);
    expect(loaded.ok && loaded.value.state).toEqual(apply(env, newYear(env, 3), ...events));
  });

  it('reads a format 2 save in the middle of the tutorial', () => {
    const loaded = loadSaveText(
      readFileSync('tests/fixtures/saves/format-2-premier-jour.json', 'utf8'),
      library,
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.state.active).toBe('premier-jour');
    expect(loaded.value.meta.label).toBe('2027, semaine 2 sur 52 — Poste à temps complet (35 heures)');
  });

  describe('a whole 2027 year saved with version 2 of the year, before the HR scenarios were scheduled', () => {
    const text = readFileSync('tests/fixtures/saves/format-2-annee-2027-avant-conseil.json', 'utf8');

    it('replays as it was played (the rules were still named council.*, etatCivil.*, commandePublique.*)', () => {
      const loaded = loadSaveText(text, library);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(loaded.value.warnings).toEqual([
        'L’année a changé depuis la sauvegarde (version 2 → 3).',
        'Cette partie continue sans les activités ajoutées depuis (« L’entretien professionnel », « Recruter et faire carrière ») : une nouvelle partie les propose.',
      ]);
      expect(loaded.value.state.activities.map((activity) => activity.scenarioId)).toEqual(
        expect.arrayContaining(['premier-jour', 'guichet-etat-civil', 'conseil-municipal', 'marche-public']),
      );
      expect(loaded.value.state.activities.map((activity) => activity.scenarioId)).not.toContain(
        'recrutement',
      );
      expect(loaded.value.state).toEqual(botYear('careless', 'annee-2027', 2).state);
    });

    it('is saved again as a game of version 2, so that it keeps replaying', () => {
      const loaded = loadSaveText(text, library);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(payloadOf(loaded.value.env, loaded.value.state).c).toEqual(['annee-2027', 2]);
      const again = loadSaveText(saveText(loaded.value.env, loaded.value.state, savedAt), library);
      expect(again.ok && again.value.state).toEqual(loaded.value.state);
    });

    it('would not replay against today’s year: the new activities would hold up its weeks', () => {
      const read = readSave(text);
      if (!read.ok) throw new Error(read.error.message);
      const today = loadSaveText(
        writeSave({ ...read.value.payload, c: ['annee-2027', 3] }, read.value.meta),
        library,
      );
      expect(today.ok).toBe(false);
      expect(!today.ok && today.error.message).toMatch(/ne se rejoue pas/);
    });
  });

  it('replays a whole 2026 year saved while the scenarios were still written in format 1 (texts by key)', () => {
    const loaded = loadSaveText(
      readFileSync('tests/fixtures/saves/format-2-annee-2026-scenarios-format-1.json', 'utf8'),
      library,
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.warnings).toEqual([]);
    expect(loaded.value.state).toEqual(botYear('random', 'annee-2026').state);
  });
});

describe('saves that cannot be read give a French message and never throw', () => {
  const good = saveText(env, newYear(env), savedAt);
  const data = (JSON.parse(good) as { data: string }).data;

  it.each([
    ['not JSON', '{"format": ', 'illisible', /ce n’est pas du JSON/],
    ['another file', '{"titre":"budget"}', 'format', /n’est pas une sauvegarde d’« Une année en mairie »/],
    [
      'a future version',
      envelope({ version: 7 }),
      'version-future',
      /version plus récente du jeu \(format 7\)/,
    ],
    ['a wrong checksum', envelope({ checksum: '00000000' }), 'somme-de-controle', /somme de contrôle/],
    ['a truncated file', good.slice(0, good.length / 2), 'illisible', /tronqué/],
    ['no data', envelope({ data: undefined }), 'format', /incomplète ou abîmée/],
    ['bad base64', envelope({ data: 'abc!', checksum: crc32('abc!') }), 'decompression', /pas lisible/],
    [
      'truncated data',
      envelope({ data: data.slice(0, 40), checksum: crc32(data.slice(0, 40)) }),
      'decompression',
      /tronquée ou corrompue/,
    ],
    [
      'content of another shape',
      envelope({ data: compressContent({ v: 2 }), checksum: crc32(compressContent({ v: 2 })) }),
      'contenu',
      /corrompue/,
    ],
    [
      'an unknown commune',
      envelope({
        data: compressContent({ ...payloadOf(env, newYear(env)), w: ['ailleurs', 1] }),
        checksum: crc32(compressContent({ ...payloadOf(env, newYear(env)), w: ['ailleurs', 1] })),
      }),
      'versions',
      /La commune « ailleurs » de cette sauvegarde n’existe plus/,
    ],
    [
      'an event that does not replay',
      (() => {
        const content = compressContent({ ...payloadOf(env, newYear(env)), log: [['o', 'premier-jour']] });
        return envelope({ data: content, checksum: crc32(content) });
      })(),
      'rejeu',
      /l’événement n° 1 est refusé \(Validez d’abord le planning de la semaine\.\)/,
    ],
    ['a format 0', envelope({ version: 0 }), 'format', /incomplète/],
  ])('%s', (_label, text, code, message) => {
    const loaded = loadSaveText(text, library);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error.code).toBe(code);
      expect(loaded.error.message).toMatch(message);
    }
  });

  it('keeps the format name in every file', () => {
    expect(JSON.parse(good)).toMatchObject({ format: SAVE_FORMAT, version: 2 });
    expect(readSave(good).ok).toBe(true);
  });
});
