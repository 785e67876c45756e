import type { DialogueView, EndView, SpeakerView } from '../../core/scenario';
import { stepHeading } from './step-summary';
import type { ImageResolver } from './view-types';

/** A portrait ready to draw: the image if the registry has it, the initials otherwise. */
export interface PortraitModel {
  readonly url: string | undefined;
  /** The speaker's name: the alt text of the portrait. */
  readonly alt: string;
  readonly initials: string;
}

export interface DialogueModel {
  readonly heading: string;
  readonly portrait: PortraitModel | null;
  readonly lines: readonly string[];
  readonly continueLabel: string;
}

export interface EndModel {
  readonly heading: string;
  readonly lines: readonly string[];
  readonly doneLabel: string;
}

/** Initials of a display name, skipping civilities and what follows a comma: « Mme Garnier, maire » → « G ». */
export function initialsOf(name: string): string {
  const civilities = new Set(['m.', 'mme', 'mlle', 'me', 'dr', 'm']);
  const words = (name.split(',')[0] ?? '')
    .split(/\s+/)
    .filter((word) => word !== '' && !civilities.has(word.toLowerCase()));
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** The portrait of a speaker through the injected resolver. */
export function presentPortrait(speaker: SpeakerView, resolve: ImageResolver): PortraitModel {
  return { url: resolve(speaker.portrait), alt: speaker.name, initials: initialsOf(speaker.name) };
}

/** View-model of a dialogue line. */
export function presentDialogue(view: DialogueView, resolve: ImageResolver): DialogueModel {
  return {
    heading: stepHeading(view),
    portrait: view.speaker ? presentPortrait(view.speaker, resolve) : null,
    lines: view.lines,
    continueLabel: 'Continuer',
  };
}

/** View-model of the end step. */
export function presentEnd(view: EndView): EndModel {
  return { heading: view.title, lines: view.lines, doneLabel: 'Voir le bilan' };
}
