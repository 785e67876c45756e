import { describe, expect, it } from 'vitest';
import { initialsOf, presentDialogue, presentEnd } from '../../../../src/ui/views/dialogue-presenter';
import {
  choiceEvent,
  INITIAL_CHOICE_STATE,
  presentChoice,
  selectOption,
} from '../../../../src/ui/views/choice-presenter';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

describe('presentDialogue', () => {
  it('resolves the portrait through the injected resolver, with the speaker name as alt text', () => {
    const model = presentDialogue(SAMPLE_VIEWS.dialogue, (key) => `/assets/${key}.svg`);
    expect(model.portrait).toEqual({
      url: '/assets/maire.svg',
      alt: 'Mme Garnier, maire',
      initials: 'G',
    });
    expect(model.heading).toBe('Mme Garnier, maire');
    expect(model.lines).toHaveLength(2);
    expect(model.continueLabel).toBe('Continuer');
  });

  it('keeps initials when the registry has no image', () => {
    expect(presentDialogue(SAMPLE_VIEWS.dialogue, () => undefined).portrait?.url).toBeUndefined();
  });

  it('a line without speaker is a narration', () => {
    const { speaker: _speaker, ...narration } = SAMPLE_VIEWS.dialogue;
    const model = presentDialogue(narration, () => undefined);
    expect(model.portrait).toBeNull();
    expect(model.heading).toBe('Récit');
  });

  it.each([
    ['Mme Garnier, maire', 'G'],
    ['M. Jean Dupuis', 'JD'],
    ['Sylvie', 'S'],
    ['Dr Anne-Marie Roche, médecin', 'AR'],
  ])('initialsOf(%s) → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('presentEnd', () => {
  it('offers the debrief', () => {
    expect(presentEnd(SAMPLE_VIEWS.end)).toEqual({
      heading: 'Fin de votre première journée',
      lines: SAMPLE_VIEWS.end.lines,
      doneLabel: 'Voir le bilan',
    });
  });
});

describe('choice', () => {
  const view = SAMPLE_VIEWS.choice;

  it('marks an exchange with words, not colour only', () => {
    const model = presentChoice(view, INITIAL_CHOICE_STATE);
    expect(model.tension?.title).toBe('Moment de tension');
    expect(model.tension?.text).toContain('maire');
    expect(presentChoice({ ...view, exchange: false }, INITIAL_CHOICE_STATE).tension).toBeNull();
  });

  it('selects one option at a time and says which', () => {
    const state = selectOption(view, INITIAL_CHOICE_STATE, 'refuser');
    const model = presentChoice(view, state);
    expect(model.options.filter((option) => option.selected).map((option) => option.id)).toEqual(['refuser']);
    expect(model.status).toContain('Choix retenu');
    expect(selectOption(view, state, 'inconnu')).toBe(state);
  });

  it('sends user.choose only once an option is selected', () => {
    expect(choiceEvent(INITIAL_CHOICE_STATE)).toBe('Choisissez une réponse avant de confirmer.');
    expect(choiceEvent({ selected: 'accepter' })).toEqual({ type: 'user.choose', optionId: 'accepter' });
  });
});
