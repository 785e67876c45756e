import { h } from '../dom';
import type { DocumentView } from '../../core/scenario';
import { domId } from './dom';
import { documentCard } from './document-card';
import { presentDocuments, ZOOM_STEPS } from './inspect-presenter';
import type { ImageResolver } from './view-types';
import { zoomControl, zoomKeys } from './zoom-control';

const NORMAL_ZOOM_INDEX = ZOOM_STEPS.indexOf(100);

/** Read-only documents beside a step that is not an inspection, with the same zoom as the viewer. */
export function documentsPanel(
  documents: readonly DocumentView[],
  options: { readonly idPrefix: string; readonly resolveImage?: ImageResolver },
): HTMLElement {
  const headingId = domId(options.idPrefix, 'documents');
  let zoomIndex = NORMAL_ZOOM_INDEX;
  const desk = h('div', { class: 'v-desk' });
  const apply = (delta: number) => {
    zoomIndex = Math.min(Math.max(zoomIndex + delta, 0), ZOOM_STEPS.length - 1);
    const percent = ZOOM_STEPS[zoomIndex] ?? 100;
    desk.style.setProperty('--doc-zoom', String(percent / 100));
    zoom.update(percent, zoomIndex < ZOOM_STEPS.length - 1, zoomIndex > 0);
  };
  const zoom = zoomControl(
    () => apply(1),
    () => apply(-1),
  );
  for (const doc of presentDocuments(documents)) {
    desk.append(documentCard(doc, { idPrefix: options.idPrefix, resolveImage: options.resolveImage }));
  }
  const panel = h('aside', { class: 'v-documents', attrs: { 'aria-labelledby': headingId } }, [
    h('h2', { class: 'v-documents__title', text: 'Documents à consulter', attrs: { id: headingId } }),
    zoom.root,
    desk,
  ]);
  zoomKeys(
    panel,
    () => apply(1),
    () => apply(-1),
  );
  apply(0);
  return panel;
}
