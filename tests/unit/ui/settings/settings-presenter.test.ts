import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/ui/settings/settings';
import { presentSettings } from '../../../../src/ui/settings/settings-presenter';

const defaults = defaultSettings();

describe('presentSettings', () => {
  it('sets no optional class by default and a text scale of 1', () => {
    const { classes, cssVars } = presentSettings(defaults);
    expect(Object.entries(classes).filter(([, on]) => on)).toEqual([]);
    expect(cssVars['--text-scale']).toBe('1');
  });

  it.each([
    ['normal', '1', null],
    ['large', '1.25', 'texte-grand'],
    ['larger', '1.5', 'texte-tres-grand'],
  ] as const)('text size %s → scale %s, class %s', (textSize, scale, className) => {
    const { classes, cssVars } = presentSettings({ ...defaults, textSize });
    expect(cssVars['--text-scale']).toBe(scale);
    expect(Object.entries(classes).filter(([name, on]) => on && name.startsWith('texte-'))).toEqual(
      className ? [[className, true]] : [],
    );
  });

  it.each([
    ['highContrast', 'contraste-eleve'],
    ['reducedMotion', 'mouvement-reduit'],
    ['dyslexicFont', 'police-dyslexie'],
  ] as const)('%s turns on the class %s', (key, className) => {
    expect(presentSettings({ ...defaults, [key]: true }).classes[className]).toBe(true);
  });

  it('hides the subtitle strip when subtitles are off', () => {
    expect(presentSettings({ ...defaults, subtitles: false }).classes['sous-titres-masques']).toBe(true);
    expect(presentSettings(defaults).classes['sous-titres-masques']).toBe(false);
  });
});
