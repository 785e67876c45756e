import { describe, expect, it } from 'vitest';
import { HUB_HOTSPOT_IDS, STAGE, isHubHotspotId } from '../../../../src/core/assets';
import { HUB_HOTSPOTS } from '../../../../src/ui/hub/hub-hotspots';
import { presentHotspots } from '../../../../src/ui/hub/hub-presenter';

/** Smallest on-screen side of the places at a stage scale. */
const smallestTarget = (scale: number) =>
  Math.min(...HUB_HOTSPOTS.map(({ area }) => Math.min(area.width, area.height) * scale));

describe('presentHotspots', () => {
  const buttons = presentHotspots(HUB_HOTSPOTS);

  it('offers the five places of the brief, in reading order', () => {
    expect(buttons.map((b) => b.id)).toEqual([
      'guichet',
      'salle-du-conseil',
      'calendrier',
      'ordinateur',
      'telephone',
    ]);
  });

  it('places each button in percent of the stage, so it follows any scale', () => {
    const guichet = buttons[0];
    expect(guichet?.style.left).toBe(`${((36 / STAGE.width) * 100).toFixed(3)}%`);
    expect(guichet?.style.height).toBe(`${((356 / STAGE.height) * 100).toFixed(3)}%`);
  });

  it('keeps every area inside the stage', () => {
    for (const { area } of HUB_HOTSPOTS) {
      expect(area.x).toBeGreaterThanOrEqual(0);
      expect(area.y).toBeGreaterThanOrEqual(0);
      expect(area.x + area.width).toBeLessThanOrEqual(STAGE.width);
      expect(area.y + area.height).toBeLessThanOrEqual(STAGE.height);
    }
  });

  it('has no two overlapping places', () => {
    const overlaps = (a: (typeof HUB_HOTSPOTS)[number], b: (typeof HUB_HOTSPOTS)[number]) =>
      a.area.x < b.area.x + b.area.width &&
      b.area.x < a.area.x + a.area.width &&
      a.area.y < b.area.y + b.area.height &&
      b.area.y < a.area.y + a.area.height;
    HUB_HOTSPOTS.forEach((a, i) =>
      HUB_HOTSPOTS.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
    );
  });

  it('gives every place of the core one hotspot, and only those', () => {
    expect(HUB_HOTSPOTS.map((spot) => spot.id).sort()).toEqual(Object.values(HUB_HOTSPOT_IDS).sort());
    expect(HUB_HOTSPOTS.every((spot) => isHubHotspotId(spot.id))).toBe(true);
    expect(isHubHotspotId('cave')).toBe(false);
  });

  it('is in left-to-right order so Tab follows the room', () => {
    const xs = HUB_HOTSPOTS.map((h) => h.area.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('smallestTarget (WCAG 2.5.5, 44 px)', () => {
  it.each([
    ['1366×768', 768 / 720],
    ['1280×720', 1],
    ['a 1024×576 projector', 0.8],
  ])('every place is at least 44 px on %s', (_label, scale) => {
    expect(smallestTarget(scale)).toBeGreaterThanOrEqual(44);
  });
});
