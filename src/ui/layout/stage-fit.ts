import { STAGE } from '../../core/assets';

/** Where the 16:9 stage sits in the window, in CSS pixels, and its scale from the 1280×720 base. */
export interface StageFit {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/** Largest 16:9 box that fits the viewport, centred (the same rule as Phaser's Scale.FIT). */
export function fitStage(viewportWidth: number, viewportHeight: number): StageFit {
  const scale = Math.max(0, Math.min(viewportWidth / STAGE.width, viewportHeight / STAGE.height));
  const width = Math.floor(STAGE.width * scale);
  const height = Math.floor(STAGE.height * scale);
  return {
    left: Math.floor((viewportWidth - width) / 2),
    top: Math.floor((viewportHeight - height) / 2),
    width,
    height,
    scale,
  };
}

/** CSS custom properties for a fit, set on the stage element. */
export function stageCssVars(fit: StageFit): Readonly<Record<string, string>> {
  return {
    '--stage-left': `${fit.left}px`,
    '--stage-top': `${fit.top}px`,
    '--stage-width': `${fit.width}px`,
    '--stage-height': `${fit.height}px`,
    '--stage-scale': fit.scale.toFixed(4),
  };
}
