import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitStage, stageCssVars } from '../../../../src/ui/layout/stage-fit';

describe('fitStage', () => {
  it.each([
    [1920, 1080, { left: 0, top: 0, width: 1920, height: 1080, scale: 1.5 }],
    [1280, 720, { left: 0, top: 0, width: 1280, height: 720, scale: 1 }],
    [1366, 768, { left: 0, top: 0, width: 1365, height: 768 }],
    [1024, 768, { left: 0, top: 96, width: 1024, height: 576, scale: 0.8 }],
    [2560, 1080, { left: 320, top: 0, width: 1920, height: 1080 }],
  ])('%i×%i', (w, h, expected) => {
    expect(fitStage(w, h)).toMatchObject(expected);
  });

  it('always fits inside the viewport, centred, at 16:9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 1, max: 8000 }), (w, h) => {
        const fit = fitStage(w, h);
        expect(fit.left + fit.width).toBeLessThanOrEqual(w);
        expect(fit.top + fit.height).toBeLessThanOrEqual(h);
        expect(Math.abs(fit.left - (w - fit.width - fit.left))).toBeLessThanOrEqual(1);
        expect(Math.abs(fit.width / 16 - fit.height / 9)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('yields the CSS variables the stylesheet reads', () => {
    expect(stageCssVars(fitStage(1920, 1080))).toEqual({
      '--stage-left': '0px',
      '--stage-top': '0px',
      '--stage-width': '1920px',
      '--stage-height': '1080px',
      '--stage-scale': '1.5000',
    });
  });
});
