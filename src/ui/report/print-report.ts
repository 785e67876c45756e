import './print-report.css';
import type { CrosswalkTarget } from '../../core/referentiel';
import type { Report } from '../../core/report';
import { reportAgainst } from '../../core/report';
import type {
  DetailView,
  LabelledText,
  PrintableReportView,
  SectionView,
  TableView,
} from './report-presenter';
import { presentReport } from './report-presenter';

/** Class of the report's root element; the print sheet keeps only this element on paper. */
export const REPORT_ROOT_CLASS = 'bilan';

/** Class put on `<body>` while the report is being printed. */
export const PRINTING_BODY_CLASS = 'bilan-impression';

/** Options of the printable report. */
export interface PrintableReportOptions {
  /** Référentiels to add, after RNCP41781, through the crosswalk (for a group preparing RNCP41406 or the DU). */
  readonly crosswalks?: readonly CrosswalkTarget[];
}

/**
 * Builds DOM with createElement and textContent only: scenario text and player names are data and must never
 * become markup, so nothing here parses HTML.
 */
function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className !== undefined && className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderDefinitions(
  doc: Document,
  items: readonly LabelledText[],
  className: string,
): HTMLDListElement {
  const list = element(doc, 'dl', className);
  for (const item of items) {
    const group = element(doc, 'div');
    group.append(element(doc, 'dt', undefined, item.label), element(doc, 'dd', undefined, item.text));
    list.append(group);
  }
  return list;
}

function renderTable(doc: Document, view: TableView): HTMLTableElement {
  const table = element(doc, 'table', view.className);
  table.append(element(doc, 'caption', undefined, view.caption));
  const headRow = element(doc, 'tr');
  for (const header of view.headers) {
    const cell = element(doc, 'th', undefined, header);
    cell.scope = 'col';
    headRow.append(cell);
  }
  const head = element(doc, 'thead');
  head.append(headRow);
  const body = element(doc, 'tbody');
  for (const row of view.rows) {
    const line = element(doc, 'tr', row.className);
    for (const cellView of row.cells) {
      if (cellView.isRowHeader === true) {
        const header = element(doc, 'th', cellView.className, cellView.text);
        header.scope = 'row';
        line.append(header);
      } else line.append(element(doc, 'td', cellView.className, cellView.text));
    }
    body.append(line);
  }
  table.append(head, body);
  return table;
}

function renderDetail(doc: Document, view: DetailView): HTMLElement {
  const detail = element(doc, 'article', view.className);
  detail.append(
    element(doc, 'h3', undefined, view.heading),
    renderDefinitions(doc, view.items, 'bilan-detail'),
  );
  return detail;
}

function renderSection(doc: Document, view: SectionView): HTMLElement {
  const section = element(doc, 'section', 'bilan-section');
  const heading = element(doc, 'h2', undefined, view.heading);
  heading.id = view.id;
  section.setAttribute('aria-labelledby', view.id);
  section.append(heading);
  for (const paragraph of view.paragraphs) section.append(element(doc, 'p', undefined, paragraph));
  for (const table of view.tables) section.append(renderTable(doc, table));
  for (const detail of view.details) section.append(renderDetail(doc, detail));
  return section;
}

/** Lays out a presented report: header, then one section per part, semantic headings and tables. */
export function renderPresentedReport(view: PrintableReportView, doc: Document): HTMLElement {
  const root = element(doc, 'article', REPORT_ROOT_CLASS);
  root.lang = 'fr';
  const header = element(doc, 'header', 'bilan-entete');
  header.append(
    element(doc, 'h1', undefined, view.title),
    element(doc, 'p', 'bilan-sous-titre', view.subtitle),
    renderDefinitions(doc, view.meta, 'bilan-meta'),
  );
  root.append(header, ...view.sections.map((section) => renderSection(doc, section)));
  return root;
}

/**
 * The printable report of a game, as a detached element the caller places where it wants (the debrief screen's
 * « Imprimer le bilan » uses {@link printReport}). Crosswalk sections are added for the référentiels asked for.
 */
export function renderPrintableReport(
  report: Report,
  doc: Document,
  options: PrintableReportOptions = {},
): HTMLElement {
  const crosswalks = (options.crosswalks ?? []).map((target) => reportAgainst(report, target));
  return renderPresentedReport(presentReport(report, crosswalks), doc);
}

/**
 * Prints the report: appends it to the page, lets the print sheet hide everything else, opens the browser's
 * print dialog (where a trainer can also save a PDF), and removes it once printing is over.
 */
export function printReport(report: Report, win: Window, options: PrintableReportOptions = {}): void {
  const doc = win.document;
  const root = renderPrintableReport(report, doc, options);
  doc.body.append(root);
  doc.body.classList.add(PRINTING_BODY_CLASS);
  win.addEventListener(
    'afterprint',
    () => {
      root.remove();
      doc.body.classList.remove(PRINTING_BODY_CLASS);
    },
    { once: true },
  );
  win.print();
}
