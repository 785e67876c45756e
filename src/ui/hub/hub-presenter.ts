import { STAGE, type HubHotspotId } from '../../core/assets';
import type { HubHotspot } from './hub-hotspots';

/** A hotspot as the overlay renders it: a button placed in percent of the stage, so it follows any scale. */
export interface HotspotButton {
  readonly id: HubHotspotId;
  readonly label: string;
  readonly style: {
    readonly left: string;
    readonly top: string;
    readonly width: string;
    readonly height: string;
  };
}

const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;

/** Buttons in the hotspots' order (the keyboard order), placed over their areas of the illustration. */
export function presentHotspots(hotspots: readonly HubHotspot[]): HotspotButton[] {
  return hotspots.map(({ id, label, area }) => ({
    id,
    label,
    style: {
      left: percent(area.x, STAGE.width),
      top: percent(area.y, STAGE.height),
      width: percent(area.width, STAGE.width),
      height: percent(area.height, STAGE.height),
    },
  }));
}
