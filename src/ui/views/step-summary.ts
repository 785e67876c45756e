import type { StepView } from '../../core/scenario';

/** The step's heading: the speaker for a dialogue, the prompt for a question, the title at the end. */
export function stepHeading(view: StepView): string {
  switch (view.kind) {
    case 'dialogue':
      return view.speaker?.name ?? 'Récit';
    case 'end':
      return view.title;
    default:
      return view.prompt;
  }
}

/** What the live region says when the step starts: who speaks and the first line, or the prompt. */
export function stepAnnouncement(view: StepView): string {
  const speaker = view.speaker ? `${view.speaker.name} : ` : '';
  switch (view.kind) {
    case 'dialogue':
      return `${speaker}${view.lines[0] ?? ''}`.trim();
    case 'end':
      return [view.title, view.lines[0]].filter((part) => part !== undefined && part !== '').join('. ');
    case 'choice':
      return `${speaker}${view.prompt} ${plural(view.options.length, 'choix possible', 'choix possibles')}.`;
    default:
      return `${speaker}${view.prompt}`;
  }
}

/** « 1 élément », « 3 éléments ». */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}
