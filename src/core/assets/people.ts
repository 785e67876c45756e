import { PORTRAITS, PORTRAIT_KEYS, type ImageAsset, type PortraitKey } from './images';

/**
 * Standing figures of the cast, one per portrait and expression, drawn by `scripts/assets/people.ts` with the
 * portrait's palette so that a person looks the same in the dialogue portrait and on stage.
 */
export const EXPRESSIONS = ['neutral', 'speaking', 'pleased', 'worried', 'annoyed'] as const;
/** One of {@link EXPRESSIONS}. */
export type Expression = (typeof EXPRESSIONS)[number];

/** Size of a figure's SVG; the scene scales it to the room. The feet touch the bottom edge. */
export const PERSON_SIZE = { width: 256, height: 640 } as const;

/** Key of a figure: `<portrait>-<expression>`. */
export type PersonKey = `${PortraitKey}-${Expression}`;

export const personKey = (portrait: PortraitKey, expression: Expression): PersonKey =>
  `${portrait}-${expression}`;

const EXPRESSION_ALT: Readonly<Record<Expression, string>> = {
  neutral: 'debout, l’air calme',
  speaking: 'debout, en train de parler',
  pleased: 'debout, l’air satisfait',
  worried: 'debout, l’air inquiet',
  annoyed: 'debout, l’air contrarié, bras croisés',
};

function buildPeople(): Readonly<Record<PersonKey, ImageAsset>> {
  const out: Partial<Record<PersonKey, ImageAsset>> = {};
  for (const portrait of Object.values(PORTRAIT_KEYS)) {
    for (const expression of EXPRESSIONS) {
      out[personKey(portrait, expression)] = {
        file: `images/people/${personKey(portrait, expression)}.svg`,
        ...PERSON_SIZE,
        alt: `${PORTRAITS[portrait].alt.replace(/\.$/, '')}, ${EXPRESSION_ALT[expression]}.`,
      };
    }
  }
  // Filled for every portrait × expression just above.
  return out as Record<PersonKey, ImageAsset>;
}

/** Person key → file and text alternative. */
export const PEOPLE: Readonly<Record<PersonKey, ImageAsset>> = buildPeople();
