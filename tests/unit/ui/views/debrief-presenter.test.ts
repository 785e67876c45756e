import { describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../../../../src/core/report';
import type { Evidence } from '../../../../src/core/scoring';
import { csvFileName, presentDebrief } from '../../../../src/ui/screens/debrief-presenter';
import evidence from '../../../fixtures/views/debrief-evidence.json';

function report(items: readonly Evidence[]): Report {
  const built = buildReport({ title: 'Premier jour en mairie', playedOn: '2026-11-23', evidence: items });
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

const sample = (): readonly Evidence[] =>
  evidence.map((item): Evidence => {
    const verdict = (['conforme', 'acceptable', 'risque', 'illegal'] as const).find(
      (v) => v === item.verdict,
    );
    const role = (['sgm', 'bureau'] as const).find((r) => r === item.role);
    if (verdict === undefined || role === undefined) throw new Error(`échantillon invalide : ${item.step}`);
    return { ...item, verdict, role };
  });

describe('presentDebrief', () => {
  const model = presentDebrief(report(sample()));

  it('gives each bloc a bar with its mark in text and « Validé » / « Non validé »', () => {
    expect(model.blocs.map((bloc) => [bloc.code, bloc.markText, bloc.outcome, bloc.status])).toEqual([
      ['BC01', '20/20', 'Validé', 'valide'],
      ['BC02', expect.stringMatching(/\/20$/), 'Non validé', 'non-valide'],
      ['BC03', expect.stringMatching(/\/20$/), expect.any(String), expect.any(String)],
    ]);
    expect(model.blocs[0]?.percent).toBe(100);
    expect(model.blocs[0]?.description).toBe('BC01 — Assister et conseiller les élus : 20/20, validé.');
  });

  it('validates a bloc at 10/20 exactly as the report says', () => {
    for (const [index, bloc] of report(sample()).blocs.entries()) {
      const bar = model.blocs[index];
      if (bloc.mark === null) expect(bar?.status).toBe('non-evalue');
      else expect(bar?.status).toBe(bloc.mark >= 10 ? 'valide' : 'non-valide');
    }
  });

  it('lists each mistake with what was done, what should have been done and the reference', () => {
    expect(model.mistakes.map((mistake) => [mistake.verdictText, mistake.reference])).toEqual([
      ['À risque', 'code civil, art. 63 et 70'],
      ['Acceptable', 'décret 2012-1246 art. 20'],
      ['Illégal', 'code électoral L66'],
    ]);
    expect(model.mistakes[2]).toMatchObject({
      id: 'decision-4',
      heading: 'Décision n° 4 — mardi 1er septembre 2026',
      choice: expect.stringContaining('« Bravo ! »'),
      explanation: expect.stringContaining('nul'),
    });
    expect(model.successes).toHaveLength(2);
    expect(model.summary).toBe('5 décisions notées : 2 conformes, 3 à reprendre.');
  });

  it('shows the mastery of the competences assessed, grouped by bloc, and counts the others', () => {
    expect(model.competenceGroups.map((group) => group.items.map((item) => item.code))).toEqual([
      ['BC01-01'],
      ['BC02-01', 'BC02-02'],
      ['BC03-01', 'BC03-02'],
    ]);
    expect(model.competenceGroups[0]?.items[0]).toMatchObject({ masteryText: 'Acquis', mastery: 'acquis' });
    expect(model.competenceGroups[1]?.items[1]).toMatchObject({ masteryText: 'Non acquis' });
    expect(model.unassessedText).toMatch(/^\d+ compétences du référentiel ne sont pas évaluées/);
  });

  it('announces the overall mark and names the CSV file', () => {
    expect(model.overall.markText).toMatch(/\/20$/);
    expect(model.announcement).toMatch(
      /^Bilan — Premier jour en mairie\. Note globale : .+\/20\. 3 décisions à reprendre\.$/,
    );
    expect(model.csvFileName).toBe('bilan-premier-jour-en-mairie-2026-11-23.csv');
  });

  it('an empty game says so', () => {
    const empty = presentDebrief(report([]));
    expect(empty.summary).toBe('Aucune décision notée.');
    expect(empty.overall).toMatchObject({ markText: '—', percent: 0, status: 'non-evalue' });
    expect(empty.competenceGroups).toEqual([]);
  });

  it.each([
    ['Premier jour en mairie', 'bilan-premier-jour-en-mairie-2026-11-23.csv'],
    ['Élections : « le dépouillement »', 'bilan-elections-le-depouillement-2026-11-23.csv'],
    ['???', 'bilan-partie-2026-11-23.csv'],
  ])('csvFileName(%s)', (title, name) => {
    expect(csvFileName(title, '2026-11-23')).toBe(name);
  });
});
