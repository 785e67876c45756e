import { defineCalculator, z } from './rule-bridge';

/**
 * How one exchange of a conversation landed with the person the SGM talks to: `ecoute` (heard, facts, a
 * question), `neutre`, `heurte` (a judgement, a brush-off, a pressure), or `attente` (not played yet).
 */
export const CONVERSATION_MOVES = ['ecoute', 'neutre', 'heurte', 'attente'] as const;
export type ConversationMove = (typeof CONVERSATION_MOVES)[number];

/** The climate of a conversation so far, which the person's next answers follow. */
export type ConversationClimate = 'confiant' | 'reserve' | 'ferme';

/**
 * The climate after some exchanges (game design, not law): two exchanges that hurt close the person
 * (`ferme`); one, or fewer exchanges heard than not, leaves them `reserve`; otherwise `confiant`. Exchanges
 * not played yet (`attente`) do not count, so a conversation starts `confiant`.
 */
export function conversationClimate(moves: readonly ConversationMove[]): ConversationClimate {
  const played = moves.filter((move) => move !== 'attente');
  const hurt = played.filter((move) => move === 'heurte').length;
  const heard = played.filter((move) => move === 'ecoute').length;
  if (hurt >= 2) return 'ferme';
  if (hurt === 1 || heard * 2 < played.length) return 'reserve';
  return 'confiant';
}

/**
 * The conversation mini-game's rule, for any scenario: each exchange's option sets a variable to a
 * {@link ConversationMove} (`setVar`), and a `branch` routes the person's answer on the climate
 * (`ruleEquals` with `conversation.climat` and those variables as arguments).
 */
export const conversationCalculators = {
  'conversation.climat': defineCalculator({
    summary:
      'climat d’une conversation : confiant, reserve ou ferme, d’après chaque échange (ecoute, neutre, ' +
      'heurte, attente)',
    args: z.record(z.string(), z.enum(CONVERSATION_MOVES)),
    compute: (moves) => conversationClimate(Object.values(moves)),
  }),
} as const;
