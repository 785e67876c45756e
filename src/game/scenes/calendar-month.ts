import type Phaser from 'phaser';
import { HUB_HOTSPOTS } from '../../ui/hub/hub-hotspots';

/** The red band at the top of the mairie's wall calendar (see scripts/assets/rooms/mairie.ts). */
const AREA = HUB_HOTSPOTS.find((hotspot) => hotspot.id === 'calendrier')?.area;
const BAND = AREA
  ? { x: AREA.x + AREA.width / 2, y: AREA.y + 18 + 25, maxWidth: AREA.width - 28 - 12 }
  : null;

/**
 * Writes the month on the mairie's wall calendar, over the illustration (whose band is left blank so the month
 * can follow the year's week). Null when the illustration has no calendar.
 */
export function addCalendarMonth(scene: Phaser.Scene, month: string): Phaser.GameObjects.Text | null {
  if (!BAND || month === '') return null;
  const text = scene.add
    .text(BAND.x, BAND.y, month, {
      fontFamily: '"Atkinson Hyperlegible", "DejaVu Sans", Arial, sans-serif',
      fontSize: '17px',
      fontStyle: 'bold',
      color: '#ffffff',
    })
    .setLetterSpacing(2)
    .setOrigin(0.5);
  // « SEPTEMBRE » is wider than the band: the long months shrink to fit.
  return text.setScale(Math.min(1, BAND.maxWidth / text.width));
}
