import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportAgainst } from '../../../../src/core/report';
import {
  blocOutcome,
  formatMark,
  formatPoints,
  formatRatio,
  masteryClass,
  masteryLabel,
  presentCrosswalk,
  presentReport,
  verdictClass,
  verdictLabel,
} from '../../../../src/ui/report/report-presenter';
import type { SectionView } from '../../../../src/ui/report/report-presenter';
import { WORKED_INPUT, reportOf } from '../../core/report/report-fixture';
import { makeEvidence } from '../../core/scoring/evidence-fixture';

const report = reportOf(WORKED_INPUT);

function section(sections: readonly SectionView[], id: string): SectionView {
  const found = sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`section ${id} absente`);
  return found;
}

describe('report presenter: labels and formats', () => {
  it.each([
    ['conforme', 'Conforme'],
    ['acceptable', 'Acceptable'],
    ['risque', 'À risque'],
    ['illegal', 'Illégal'],
  ] as const)('labels the verdict %s « %s », with a class of its own', (verdict, label) => {
    expect(verdictLabel(verdict)).toBe(label);
    expect(verdictClass(verdict)).toBe(`bilan-verdict bilan-verdict--${verdict}`);
  });

  it.each([
    ['acquis', 'Acquis', 'bilan-maitrise--acquis'],
    ['en-cours', 'En cours d’acquisition', 'bilan-maitrise--en-cours'],
    ['non-acquis', 'Non acquis', 'bilan-maitrise--non-acquis'],
    [null, 'Non évalué', 'bilan-maitrise--non-evalue'],
  ] as const)('labels the mastery %s « %s »', (mastery, label, className) => {
    expect(masteryLabel(mastery)).toBe(label);
    expect(masteryClass(mastery)).toContain(className);
  });

  it.each([
    [12.5, '12,5/20'],
    [20, '20/20'],
    [0, '0/20'],
    [null, '—'],
  ])('writes the mark %s as « %s »', (mark, text) => {
    expect(formatMark(mark)).toBe(text);
  });

  it('writes ratios as percentages and points with a true minus sign', () => {
    expect(formatRatio(0.85)).toBe('85\u00a0%');
    expect(formatRatio(null)).toBe('—');
    expect(formatPoints(-1.5, 3)).toBe('\u22121,5 / 3');
  });

  it.each([
    [{ mark: null, validated: false }, 'Non évalué'],
    [{ mark: 9.5, validated: false }, 'Non validé'],
    [{ mark: 10, validated: true }, 'Validé'],
  ])('says what the bloc mark %j means', (bloc, text) => {
    expect(blocOutcome(bloc)).toBe(text);
  });
});

describe('presentReport', () => {
  const view = presentReport(report);

  it('titles the report and states player, date and overall mark', () => {
    expect(view.title).toBe('Bilan — Mars à la mairie');
    expect(view.subtitle).toBe('Référentiel RNCP41781 « Secrétaire général de mairie »');
    expect(view.meta).toEqual([
      { label: 'Joueur', text: 'Camille D.' },
      { label: 'Partie jouée le', text: 'lundi 23 novembre 2026' },
      { label: 'Note globale', text: '10,5/20' },
      { label: 'Blocs validés', text: 'BC01 (1 sur 3)' },
      { label: 'Décisions notées', text: '7, dont 3 à reprendre' },
    ]);
  });

  it('leaves the player line out of an anonymous report', () => {
    const anonymous = presentReport(reportOf({ title: 'Essai', playedOn: '2026-11-23', evidence: [] }));
    expect(anonymous.meta.map((item) => item.label)).not.toContain('Joueur');
    expect(section(anonymous.sections, 'bilan-decisions').paragraphs).toEqual(['Aucune décision notée.']);
    expect(section(anonymous.sections, 'bilan-erreurs').details).toEqual([]);
  });

  it('tabulates the bloc marks with an overall row', () => {
    const [table] = section(view.sections, 'bilan-notes').tables;
    expect(table?.headers).toEqual(['Bloc', 'Intitulé', 'Décisions', 'Points / poids', 'Note', 'Résultat']);
    expect(table?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['BC01', 'Assister et conseiller les élus', '4', '5 / 8', '12,5/20', 'Validé'],
      ['BC02', 'Assurer les services à la population', '3', '3,5 / 8', '9/20', 'Non validé'],
      ['BC03', 'Gérer les services de la commune', '0', '—', '—', 'Non évalué'],
      ['Note globale', 'Blocs évalués, pondérés par leur poids', '7', '8,5 / 16', '10,5/20', ''],
    ]);
    expect(table?.rows[0]?.cells[0]?.isRowHeader).toBe(true);
  });

  it('lists the 30 competences in three tables, one per bloc', () => {
    const tables = section(view.sections, 'bilan-competences').tables;
    expect(tables.map((table) => table.rows.length)).toEqual([10, 8, 12]);
    expect(tables[1]?.rows[5]?.cells.map((cell) => cell.text)).toEqual([
      'BC02-06',
      expect.stringMatching(/^Actualiser la liste électorale/),
      '1',
      '100\u00a0%',
      'Acquis',
    ]);
  });

  it('lists the decisions in game order and marks the mistaken rows', () => {
    const [table] = section(view.sections, 'bilan-decisions').tables;
    expect(table?.rows).toHaveLength(7);
    expect(table?.rows[4]?.className).toBe('bilan-ligne-erreur');
    expect(table?.rows[4]?.cells[6]).toEqual({
      text: 'Illégal',
      className: 'bilan-verdict bilan-verdict--illegal',
    });
    expect(table?.rows[0]?.className).toBeUndefined();
    expect(table?.rows[2]?.cells[5]).toEqual({ text: 'BC01-03\nBC01-10', className: 'bilan-codes' });
  });

  it('explains every mistake: choice, what should have been done and why, reference', () => {
    const details = section(view.sections, 'bilan-erreurs').details;
    expect(details).toHaveLength(3);
    expect(details[2]).toMatchObject({
      heading: 'N° 5 — Illégal — lundi 15 mars 2027 — Une copie d’acte',
      className: 'bilan-erreur bilan-erreur--illegal',
    });
    expect(details[2]?.items.map((item) => item.label)).toEqual([
      'Votre choix',
      'Ce qu’il fallait faire et pourquoi',
      'Référence',
      'Compétences',
    ]);
    expect(details[2]?.items[2]?.text).toBe('décret 2017-890 art. 30');
  });

  it('passes scenario text through as text, markup included', () => {
    const hostile = reportOf({
      ...WORKED_INPUT,
      evidence: [makeEvidence({ verdict: 'risque', choice: '<img src=x onerror=alert(1)>' })],
    });
    const details = section(presentReport(hostile).sections, 'bilan-erreurs').details;
    expect(details[0]?.items[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('adds one section per crosswalk asked for', () => {
    const withCrosswalks = presentReport(report, [
      reportAgainst(report, 'RNCP41406'),
      reportAgainst(report, 'DU'),
    ]);
    expect(withCrosswalks.sections.map((s) => s.id)).toEqual([
      'bilan-notes',
      'bilan-competences',
      'bilan-decisions',
      'bilan-erreurs',
      'bilan-correspondance-rncp41406',
      'bilan-correspondance-du',
    ]);
  });
});

describe('presentCrosswalk', () => {
  it('shows RNCP41406 marks, its 47 competences and what could not be carried over', () => {
    const view = presentCrosswalk(reportAgainst(report, 'RNCP41406'));
    expect(view.heading).toBe('Correspondance : Responsable d’administration communale');
    expect(view.tables.map((table) => table.rows.length)).toEqual([4, 13, 19, 15]);
    expect(view.paragraphs).toContain(
      'Sans équivalent dans ce référentiel, donc non comptées ici : RNCP41781-BC01-04.',
    );
  });

  it('shows the DU blocs with their topics', () => {
    const view = presentCrosswalk(reportAgainst(report, 'DU'));
    expect(view.tables).toHaveLength(1);
    expect(view.tables[0]?.rows.map((row) => row.cells[4]?.text)).toEqual([
      '12,5/20',
      '—',
      '9/20',
      '0/20',
      '—',
      '9,5/20',
    ]);
    expect(view.details.map((detail) => detail.heading)).toEqual([
      'B1 — Assister et conseiller les élus de la commune (60 h)',
      'B2 — Gérer les services de la commune (120 h)',
      'B3 — Assurer les services à la population (54 h)',
      'B4 — Organiser son travail dans la commune (30 h)',
      'B5 — Préparation au concours (24 h)',
    ]);
    expect(view.details[4]?.items).toEqual([
      { label: 'Thèmes', text: 'Préparation aux écrits du concours de rédacteur' },
    ]);
  });
});

describe('print renderer source', () => {
  it('never parses HTML: createElement and textContent only', () => {
    const source = readFileSync(
      new URL('../../../../src/ui/report/print-report.ts', import.meta.url),
      'utf8',
    );
    expect(source).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|DOMParser|createContextualFragment|write\(/,
    );
  });
});
