import { describe, expect, it } from 'vitest';
import {
  isSpoken,
  joinAnnouncements,
  presentHostHeader,
  refusalAnnouncement,
} from '../../../../src/ui/screens/scenario-host-presenter';

describe('scenario screen header', () => {
  it('gives the title, the in-game date in French and the progress', () => {
    expect(presentHostHeader('Premier jour en mairie', '2026-09-01', { current: 3, total: 9 })).toEqual({
      kicker: 'Mise en situation',
      title: 'Premier jour en mairie',
      dateIso: '2026-09-01',
      dateText: 'mardi 1er septembre 2026',
      progressText: 'Étape 3 sur 9',
    });
  });

  it.each([
    [null, null],
    [{ current: 1, total: 0 }, null],
    [{ current: 12, total: 9 }, 'Étape 9 sur 9'],
  ])('progress %j → %s', (progress, text) => {
    expect(presentHostHeader('T', '2026-09-01', progress).progressText).toBe(text);
  });

  it('an invalid date is not formatted', () => {
    expect(presentHostHeader('T', '2026-02-30', null)).toMatchObject({
      dateIso: null,
      dateText: 'date inconnue',
    });
  });

  it.each([
    [1, 'Réponse refusée : un point à corriger.'],
    [3, 'Réponse refusée : 3 points à corriger.'],
  ])('refusalAnnouncement(%i)', (count, text) => {
    expect(refusalAnnouncement(count)).toBe(text);
  });

  it('only narration cues are spoken; every cue has its subtitle', () => {
    expect(isSpoken({ kind: 'narration', text: 'La salle se remplit.' })).toBe(true);
    expect(isSpoken({ kind: 'sfx', sound: 'tampon', text: 'Coup de tampon.' })).toBe(false);
  });

  it('joins texts into one live-region message, ending each with punctuation', () => {
    expect(
      joinAnnouncements(['Le temps est écoulé', null, 'Mme Garnier : Bonjour !', '  ', 'Minuteur : 1 min.']),
    ).toBe('Le temps est écoulé. Mme Garnier : Bonjour ! Minuteur : 1 min.');
    expect(joinAnnouncements([])).toBe('');
  });
});
