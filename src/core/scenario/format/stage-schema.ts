import { z } from '../../validation/schema';

/**
 * The sets of handled objects a step can put on stage, by name (the stage vocabulary, docs/AUTHORING.md § 14):
 * `bulletins` lays the items on the count's table as envelopes and the bins as ballot piles; `courrier` lays them
 * as letters and the bins as mail trays. The canvas draws them; the overlay mirrors each with a button.
 */
export const STAGE_OBJECTS = ['bulletins', 'courrier'] as const;
export type StageObjects = (typeof STAGE_OBJECTS)[number];

/** The optional `stage` of a classify step: which objects stand for its items and bins on the canvas. */
export const stageSchema = z
  .strictObject({
    objects: z.enum(STAGE_OBJECTS, {
      error: 'Objets de scène inconnus : « bulletins » (le dépouillement) ou « courrier » (la bannette)',
    }),
  })
  .describe('les objets que la scène dessine pour cette étape');
