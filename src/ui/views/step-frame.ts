import { h } from '../dom';
import type { Role } from '../../core/scoring';
import { domId, stepHeadingElement } from './dom';
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

/** Builds the frame of a step; the view appends its content to `root`. `role` null: no decision, no badge. */
export function stepFrame(kind: string, stepId: string, role: Role | null, headingText: string): StepFrame {
  const idPrefix = domId('etape', stepId);
  const heading = stepHeadingElement(headingText, domId(idPrefix, 'titre'));
  const summary = problemSummary();
  const root = h(
    'section',
    {
      class: `v-step v-step--${kind}`,
      attrs: { 'aria-labelledby': heading.id, 'data-step': stepId, 'data-kind': kind },
    },
    [...(role === null ? [] : [h('p', { class: 'v-role-badge', text: roleBadge(role) })]), heading, summary],
  );
  return { root, heading, summary, idPrefix };
}
