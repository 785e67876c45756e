import { fitStage, stageCssVars, type StageFit } from './stage-fit';

/** Keeps the stage element (canvas and overlay) at the 16:9 fit of the window; returns an unbind function. */
export function bindStageLayout(
  stage: HTMLElement,
  view: Window,
  onFit?: (fit: StageFit) => void,
): () => void {
  const apply = () => {
    const fit = fitStage(view.innerWidth, view.innerHeight);
    for (const [name, value] of Object.entries(stageCssVars(fit))) stage.style.setProperty(name, value);
    onFit?.(fit);
  };
  apply();
  view.addEventListener('resize', apply);
  return () => view.removeEventListener('resize', apply);
}
