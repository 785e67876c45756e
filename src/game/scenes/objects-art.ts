import type Phaser from 'phaser';
import type { StageObjects } from '../../core/scenario';
import type { StageBounds } from '../../ui/stage/cast-presenter';
import { SCENE_COLORS } from '../palette';

// How the handled objects look, drawn in code: the objects layer builds them once and calls these again only
// when an object's look changes.

const FONT = '"Atkinson Hyperlegible", "DejaVu Sans", Arial, sans-serif';

const ART = {
  bulletins: { item: 0xd8c59b, itemEdge: 0x8a7650, pile: 0xeee6d2, pileEdge: 0xb5a680 },
  courrier: { item: 0xfbf8f1, itemEdge: 0x9aa0ad, pile: 0x5b7db3, pileEdge: 0x2f4a78 },
} as const;

/** A wrapped text in the game's font. */
export const text = (scene: Phaser.Scene, x: number, y: number, value: string, size: number, width: number) =>
  scene.add.text(x, y, value, {
    fontFamily: FONT,
    fontSize: `${size}px`,
    color: '#2b2b33',
    wordWrap: { width, useAdvancedWrap: true },
  });

/** A pile's tray (a ballot pile or a mail tray) over `bounds`. */
export function drawTray(tray: Phaser.GameObjects.Graphics, objects: StageObjects, bounds: StageBounds) {
  const { x, y, width, height } = bounds;
  const art = ART[objects];
  tray.fillStyle(art.pile, 1).fillRoundedRect(x, y, width, height, 10);
  tray.lineStyle(3, art.pileEdge, 1).strokeRoundedRect(x, y, width, height, 10);
  return tray;
}

/** An envelope or a letter, centred on the graphics' origin, ringed when it is picked. */
export function drawCard(
  card: Phaser.GameObjects.Graphics,
  objects: StageObjects,
  width: number,
  height: number,
  selected: boolean,
): void {
  const art = ART[objects];
  card.clear();
  card.fillStyle(SCENE_COLORS.ink, 0.25).fillRoundedRect(-width / 2 + 3, -height / 2 + 4, width, height, 5);
  card.fillStyle(art.item, 1).fillRoundedRect(-width / 2, -height / 2, width, height, 5);
  card.lineStyle(selected ? 5 : 2, selected ? SCENE_COLORS.focus : art.itemEdge, 1);
  card.strokeRoundedRect(-width / 2, -height / 2, width, height, 5);
  if (objects === 'bulletins') {
    // The envelope's flap.
    card.lineStyle(2, art.itemEdge, 0.8).lineBetween(-width / 2, -height / 2, 0, -height / 10);
    card.lineBetween(0, -height / 10, width / 2, -height / 2);
  } else {
    // The stamp.
    card.fillStyle(SCENE_COLORS.red, 1).fillRect(width / 2 - 16, -height / 2 + 5, 11, 13);
  }
}
