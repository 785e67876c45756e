import type { Role } from '../../core/scoring/evidence';
import { domId, el, stepHeadingElement } from './dom';
import { problemSummary } from './problem-display';
import { roleBadge } from './role-labels';

/** The parts every step view shares: a labelled section, the role badge, the heading, the problem summary. */
export interface StepFrame {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  readonly summary: HTMLElement;
  /** Prefix for the DOM ids of this step's controls. */
  readonly idPrefix: string;
}

/** Builds the frame of a step; the view appends its content to `root`. */
export function stepFrame(kind: string, stepId: string, role: Role, headingText: string): StepFrame {
  const idPrefix = domId('etape', stepId);
  const heading = stepHeadingElement(headingText, domId(idPrefix, 'titre'));
  const summary = problemSummary();
  const root = el(
    'section',
    {
      className: `v-step v-step--${kind}`,
      attrs: { 'aria-labelledby': heading.id, 'data-step': stepId, 'data-kind': kind },
    },
    [el('p', { className: 'v-role-badge', text: roleBadge(role) }), heading, summary],
  );
  return { root, heading, summary, idPrefix };
}
