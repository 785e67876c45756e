/** Plays the UI click for every activated button or option in `root` (delegated: one listener for all). */
export function bindClickSound(root: EventTarget, play: () => void): () => void {
  const onClick = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const control = target.closest('button, input[type="checkbox"], input[type="radio"]');
    if (control && control.getAttribute('aria-disabled') !== 'true') play();
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
