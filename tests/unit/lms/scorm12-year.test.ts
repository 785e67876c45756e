import { describe, expect, it } from 'vitest';
import { loadSaveText } from '../../../src/core/save';
import { scoreEvidence } from '../../../src/core/scoring';
import { openYearSession, playYearWithBot, yearEvidence } from '../../../src/core/year';
import { openLmsLink, type Scorm12Api } from '../../../src/lms/scorm12';
import { lessonStatusOf, scoreRawOf } from '../../../src/lms/scorm12-report';
import { takeYearResume, trackYear } from '../../../src/lms/track';
import { repoYearLibrary, yearEnv } from '../core/year/year-fixtures';

/** A SCORM 1.2 API keeping its CMI values, and the longest suspend data it was sent. */
function recordingApi(initial: Record<string, string> = {}) {
  const cmi: Record<string, string> = { ...initial };
  let longest = 0;
  const api: Scorm12Api = {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: (element) => cmi[element] ?? '',
    LMSSetValue: (element, value) => {
      if (element === 'cmi.suspend_data') longest = Math.max(longest, value.length);
      cmi[element] = value;
      return 'true';
    },
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
  return { api, cmi, longest: () => longest };
}

describe('the year as a SCO', () => {
  const env = yearEnv('annee-2027');
  const setup = { configId: env.config.id, seed: 5, post: 'temps-plein' };

  it.each(['good', 'careless'] as const)(
    'a whole year played by the %s bot: suspend data within 4 096 characters after every event, then its mark',
    (bot) => {
      const played = playYearWithBot(env, setup, bot, 5);
      if (!played.ok) throw new Error(played.error);
      const final = played.value.state;
      const { api, cmi, longest } = recordingApi();
      const link = openLmsLink(
        api,
        { sco: 'annee' },
        () => 0,
        () => undefined,
      );
      const session = openYearSession(env, setup);
      if (!link || !session.ok) throw new Error('ouverture impossible');
      const problems: string[] = [];
      trackYear(link, env, session.value, (text) => problems.push(text));
      for (const event of final.log) expect(session.value.send(event).ok).toBe(true);
      expect(problems).toEqual([]);
      expect(longest()).toBeGreaterThan(1000);
      expect(longest()).toBeLessThanOrEqual(4096);
      const evidence = yearEvidence(final);
      const card = scoreEvidence(evidence);
      const mark = card.ok ? card.value.overall.mark : null;
      expect(cmi['cmi.core.lesson_status']).toBe(lessonStatusOf(mark, true));
      expect(cmi['cmi.core.score.raw']).toBe(String(scoreRawOf(mark ?? 0)));
      const ids = Object.entries(cmi).filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key));
      expect(ids).toHaveLength(evidence.length);
      expect(new Set(ids.map(([, id]) => id)).size).toBe(evidence.length);
      console.info(
        `année ${env.config.id}, robot ${bot} : suspend_data ${cmi['cmi.suspend_data']?.length} caractères ` +
          `(au plus ${longest()}), ${evidence.length} interactions, ${String(mark)}/20, ${cmi['cmi.core.lesson_status']}`,
      );
    },
  );

  it('resumes a year midway from the suspend data the platform kept', () => {
    const played = playYearWithBot(env, setup, 'good', 5);
    if (!played.ok) throw new Error(played.error);
    const first = recordingApi();
    const link = openLmsLink(
      first.api,
      { sco: 'annee' },
      () => 0,
      () => undefined,
    );
    const session = openYearSession(env, setup);
    if (!link || !session.ok) throw new Error('ouverture impossible');
    trackYear(link, env, session.value, () => undefined);
    const half = played.value.state.log.slice(0, 120);
    for (const event of half) expect(session.value.send(event).ok).toBe(true);
    link.finish();
    expect(first.cmi['cmi.core.exit']).toBe('suspend');

    const again = recordingApi({
      'cmi.core.entry': 'resume',
      'cmi.suspend_data': first.cmi['cmi.suspend_data'] ?? '',
    });
    const relaunched = openLmsLink(
      again.api,
      { sco: 'annee' },
      () => 0,
      () => undefined,
    );
    if (!relaunched) throw new Error('pas de lien');
    const text = takeYearResume(relaunched, '2026-12-07T16:00:00Z');
    if (text === null) throw new Error('rien à reprendre');
    const loaded = loadSaveText(text, repoYearLibrary());
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.state.week).toBe(session.value.state().week);
    expect(loaded.value.state.log).toEqual(session.value.state().log);
    expect(takeYearResume(relaunched, '2026-12-07T16:00:00Z')).toBeNull();
  });
});
