import { h } from '../dom';
import '../styles/views.css';
import '../styles/debrief.css';
import { reportToCsv, type Report } from '../../core/report';
import { PRINTING_BODY_CLASS, renderPrintableReport } from '../report/print-report';
import { button } from '../views/dom';
import { presentDebrief, type DecisionModel, type MarkBarModel } from './debrief-presenter';
import type { Screen } from './screen-host';

/** `data-screen` of the overlay on the debrief. */
export const DEBRIEF_SCREEN_ID = 'bilan';

export interface DebriefOptions {
  readonly report: Report;
  /** Says a text in the overlay's live region. */
  readonly announce: (text: string) => void;
  /** « Rejouer ». */
  readonly onReplay: () => void;
  /** « Retour à la mairie ». */
  readonly onBack: () => void;
  /** Opens the print dialog; `window.print` when omitted (tests pass a spy). */
  readonly print?: () => void;
  /** Saves a file; an object-URL download link when omitted. Nothing goes to the network. */
  readonly download?: (fileName: string, blob: Blob) => void;
}

export interface Debrief {
  readonly root: HTMLElement;
  /** The printable report last rendered for « Imprimer le bilan », until printing ends; null otherwise. */
  printedReport(): HTMLElement | null;
  unmount(): void;
}

/** Id of the printable report while it is being printed. */
export const PRINTED_REPORT_ID = 'bilan-impression';

function downloadWithLink(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A mark as a bar: the number and the outcome in words, the bar itself decorative, a tick at 10/20. */
function markBar(bar: MarkBarModel, headingLevel: 'h3' | 'p'): HTMLElement {
  const fill = h('span', { class: 'debrief-bar__fill' });
  fill.style.width = `${bar.percent}%`;
  return h('li', { class: `debrief-bar debrief-bar--${bar.status}` }, [
    h(headingLevel, { class: 'debrief-bar__title' }, [
      h('span', { class: 'debrief-bar__code', text: bar.code }),
      ` ${bar.title}`,
    ]),
    h('span', { class: 'debrief-bar__track', attrs: { 'aria-hidden': 'true' } }, [
      fill,
      h('span', { class: 'debrief-bar__threshold' }),
    ]),
    h('p', { class: 'debrief-bar__value' }, [
      h('strong', { class: 'debrief-bar__mark', text: bar.markText }),
      ...(bar.outcome === null ? [] : [h('span', { class: 'debrief-bar__outcome', text: bar.outcome })]),
    ]),
  ]);
}

function decisionArticle(item: DecisionModel): HTMLElement {
  const headingId = `debrief-${item.id}`;
  return h(
    'article',
    {
      class: `debrief-decision debrief-decision--${item.verdict}`,
      attrs: { 'aria-labelledby': headingId },
    },
    [
      h('h3', { class: 'debrief-decision__title', text: item.heading, attrs: { id: headingId } }),
      h('p', { class: 'debrief-verdict', text: `Verdict : ${item.verdictText}` }),
      h('dl', { class: 'debrief-decision__details' }, [
        h('div', {}, [h('dt', { text: 'Ce que vous avez fait' }), h('dd', { text: item.choice })]),
        h('div', {}, [h('dt', { text: item.explanationLabel }), h('dd', { text: item.explanation })]),
        h('div', {}, [
          h('dt', { text: 'Référence' }),
          h('dd', { class: 'debrief-reference', text: item.reference }),
        ]),
      ]),
    ],
  );
}

function section(id: string, title: string, children: readonly (Node | string)[]): HTMLElement {
  return h('section', { class: 'debrief-section', attrs: { 'aria-labelledby': id } }, [
    h('h2', { text: title, attrs: { id } }),
    ...children,
  ]);
}

/**
 * The debrief screen: marks per bloc as bars with the number and « validé » / « non validé » in words, the
 * overall mark, the mastery of each competence assessed, every mistake with what should have been done, why
 * and the reference; « Rejouer », « Imprimer le bilan », « Exporter en CSV », « Retour à la mairie ».
 */
export function mountDebrief(container: HTMLElement, options: DebriefOptions): Debrief {
  const model = presentDebrief(options.report);
  const title = h('h1', {
    class: 'debrief-title',
    text: model.heading,
    attrs: { id: 'debrief-titre', tabindex: '-1', 'data-autofocus': '' },
  });
  let printed: HTMLElement | null = null;
  const endPrinting = () => {
    printed?.remove();
    printed = null;
    document.body.classList.remove(PRINTING_BODY_CLASS);
  };

  const replay = button('Rejouer', 'v-button', { 'data-action': 'rejouer' });
  const print = button('Imprimer le bilan', 'v-button', { 'data-action': 'imprimer' });
  const csv = button('Exporter en CSV', 'v-button', { 'data-action': 'csv' });
  const back = button('Retour à la mairie', 'v-button v-button--primary', { 'data-action': 'retour' });
  replay.addEventListener('click', options.onReplay);
  back.addEventListener('click', options.onBack);
  // The report goes straight under <body>: the print sheet of src/ui/report shows it alone on paper.
  print.addEventListener('click', () => {
    endPrinting();
    printed = renderPrintableReport(options.report, document);
    printed.id = PRINTED_REPORT_ID;
    document.body.append(printed);
    document.body.classList.add(PRINTING_BODY_CLASS);
    window.addEventListener('afterprint', endPrinting, { once: true });
    (options.print ?? (() => window.print()))();
  });
  csv.addEventListener('click', () => {
    const blob = new Blob([reportToCsv(options.report, { bom: true })], { type: 'text/csv;charset=utf-8' });
    (options.download ?? downloadWithLink)(model.csvFileName, blob);
    options.announce(`Fichier « ${model.csvFileName} » enregistré.`);
  });

  const competences = model.competenceGroups.map((group) =>
    h('div', { class: 'debrief-competences' }, [
      h('h3', { text: group.title }),
      h(
        'ul',
        { class: 'debrief-competence-list' },
        group.items.map((item) =>
          h('li', { class: `debrief-competence debrief-competence--${item.mastery}` }, [
            h('span', { class: 'debrief-competence__code', text: item.code }),
            h('span', { class: 'debrief-competence__wording', text: item.wording }),
            h('span', { class: 'debrief-mastery', text: item.masteryText }),
            h('span', { class: 'debrief-competence__detail', text: item.detail }),
          ]),
        ),
      ),
    ]),
  );

  const root = h('section', { class: 'debrief', attrs: { 'aria-labelledby': title.id } }, [
    h('div', { class: 'debrief-inner' }, [
      h('header', { class: 'debrief-header' }, [
        h('p', { class: 'debrief-kicker', text: 'Bilan de la mise en situation' }),
        title,
        h('p', { class: 'debrief-subtitle', text: model.subtitle }),
      ]),
      h('div', { class: 'debrief-overview' }, [
        h('ul', { class: 'debrief-overall', attrs: { 'aria-label': 'Note globale' } }, [
          markBar(model.overall, 'p'),
        ]),
        h('p', { class: 'debrief-summary', text: model.summary }),
        h('div', { class: 'debrief-actions' }, [replay, print, csv, back]),
      ]),
      section('debrief-notes', 'Notes par bloc (validé à partir de 10/20)', [
        h(
          'ul',
          { class: 'debrief-bars' },
          model.blocs.map((bar) => markBar(bar, 'h3')),
        ),
      ]),
      section('debrief-competences', 'Maîtrise des compétences', [
        ...(competences.length === 0 ? [h('p', { text: 'Aucune compétence évaluée.' })] : competences),
        ...(model.unassessedText === null
          ? []
          : [h('p', { class: 'debrief-note', text: model.unassessedText })]),
      ]),
      section('debrief-erreurs', 'Décisions à reprendre', [
        ...(model.mistakes.length === 0
          ? [h('p', { text: 'Aucune : toutes les décisions notées sont conformes.' })]
          : model.mistakes.map(decisionArticle)),
      ]),
      ...(model.successes.length === 0
        ? []
        : [
            section('debrief-reussites', 'Décisions conformes', [
              h('details', { class: 'debrief-successes' }, [
                h('summary', { text: model.successesLabel }),
                ...model.successes.map(decisionArticle),
              ]),
            ]),
          ]),
    ]),
  ]);

  container.append(root);
  options.announce(model.announcement);
  title.focus();
  return {
    root,
    printedReport: () => printed,
    unmount() {
      window.removeEventListener('afterprint', endPrinting);
      endPrinting();
      root.remove();
    },
  };
}

/** The debrief for the shell's screen host (`shell.screens.show(debriefScreen(…))`). */
export function debriefScreen(options: DebriefOptions): Screen {
  return {
    id: DEBRIEF_SCREEN_ID,
    title: `Bilan — ${options.report.title}`,
    mount(root) {
      const debrief = mountDebrief(root, options);
      return () => debrief.unmount();
    },
  };
}
