/**
 * Pointer drag and drop (mouse, pen and touch alike) between elements marked `data-drop`: the mouse and touch
 * path of the classification table. The keyboard path does not need it.
 */

export interface DragOptions {
  /** Called when an item is dropped on a zone, with the zone's `data-drop` value. */
  readonly onDrop: (itemId: string, zoneId: string) => void;
  /** Text of the ghost that follows the pointer. */
  readonly ghostText: (itemId: string) => string;
}

const THRESHOLD_PX = 6;

/** Makes `data-item` elements inside `board` draggable onto `data-drop` zones; returns a detach function. */
export function enableDragAndDrop(board: HTMLElement, options: DragOptions): () => void {
  let drag: {
    itemId: string;
    pointerId: number;
    startX: number;
    startY: number;
    ghost: HTMLElement | null;
    zone: HTMLElement | null;
  } | null = null;
  /** Set after a real drag so the click that follows does not also select the item. */
  let swallowClick = false;

  const zoneAt = (x: number, y: number): HTMLElement | null =>
    document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop]') ?? null;

  const setZone = (zone: HTMLElement | null) => {
    if (!drag || drag.zone === zone) return;
    drag.zone?.classList.remove('is-drop-target');
    zone?.classList.add('is-drop-target');
    drag.zone = zone;
  };

  const end = () => {
    if (!drag) return;
    drag.ghost?.remove();
    drag.zone?.classList.remove('is-drop-target');
    board.classList.remove('is-dragging');
    drag = null;
  };

  const onDown = (event: PointerEvent) => {
    swallowClick = false;
    if (event.button !== 0) return;
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-item]') : null;
    const itemId = item?.dataset.item;
    if (!item || itemId === undefined) return;
    drag = {
      itemId,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      ghost: null,
      zone: null,
    };
    item.setPointerCapture(event.pointerId);
  };

  const onMove = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (drag.ghost === null) {
      if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < THRESHOLD_PX) return;
      const ghost = document.createElement('div');
      ghost.className = 'v-drag-ghost';
      ghost.setAttribute('aria-hidden', 'true');
      ghost.textContent = options.ghostText(drag.itemId);
      // Inside the board, so the views' stylesheet tokens apply to it.
      board.append(ghost);
      drag.ghost = ghost;
      board.classList.add('is-dragging');
    }
    drag.ghost.style.transform = `translate(${event.clientX + 12}px, ${event.clientY + 12}px)`;
    setZone(zoneAt(event.clientX, event.clientY));
  };

  const onUp = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dragged = drag.ghost !== null;
    const zoneId = dragged ? zoneAt(event.clientX, event.clientY)?.dataset.drop : undefined;
    const itemId = drag.itemId;
    end();
    if (dragged) swallowClick = true;
    if (zoneId !== undefined) options.onDrop(itemId, zoneId);
  };

  const onClick = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  board.addEventListener('pointerdown', onDown);
  board.addEventListener('pointermove', onMove);
  board.addEventListener('pointerup', onUp);
  board.addEventListener('pointercancel', end);
  board.addEventListener('click', onClick, true);
  return () => {
    end();
    board.removeEventListener('pointerdown', onDown);
    board.removeEventListener('pointermove', onMove);
    board.removeEventListener('pointerup', onUp);
    board.removeEventListener('pointercancel', end);
    board.removeEventListener('click', onClick, true);
  };
}
