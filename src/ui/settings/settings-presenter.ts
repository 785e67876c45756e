import type { Settings, TextSize } from './settings';

/** Root classes and CSS custom properties that carry the settings to the stylesheet. */
export interface SettingsPresentation {
  readonly classes: Readonly<Record<string, boolean>>;
  readonly cssVars: Readonly<Record<string, string>>;
}

/** Text scale of each step: 100 %, 125 %, 150 % of the base size (RGAA 10.4 asks 200 % with zoom). */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = { normal: 1, large: 1.25, larger: 1.5 };

export function presentSettings(settings: Settings): SettingsPresentation {
  return {
    classes: {
      'contraste-eleve': settings.highContrast,
      'mouvement-reduit': settings.reducedMotion,
      'police-dyslexie': settings.dyslexicFont,
      'sous-titres-masques': !settings.subtitles,
      'texte-grand': settings.textSize === 'large',
      'texte-tres-grand': settings.textSize === 'larger',
    },
    cssVars: { '--text-scale': String(TEXT_SCALE[settings.textSize]) },
  };
}
