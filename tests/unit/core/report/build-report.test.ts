import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/core/report';
import { makeEvidence } from '../scoring/evidence-fixture';
import { WORKED_INPUT, reportOf } from './report-fixture';

describe('buildReport', () => {
  const report = reportOf(WORKED_INPUT);

  it('states the game, the player and the injected date', () => {
    expect(report).toMatchObject({
      version: 1,
      certification: 'RNCP41781',
      certificationTitle: 'Secrétaire général de mairie',
      title: 'Mars à la mairie',
      playerLabel: 'Camille D.',
      playedOn: '2026-11-23',
    });
  });

  it('gives the marks of the worked example per bloc and overall', () => {
    expect(report.blocs.map((bloc) => [bloc.code, bloc.mark, bloc.validated])).toEqual([
      ['BC01', 12.5, true],
      ['BC02', 9, false],
      ['BC03', null, false],
    ]);
    expect(report.blocs[0]?.title).toBe('Assister et conseiller les élus');
    expect(report.overall).toEqual({ evidenceCount: 7, points: 8.5, weight: 16, mark: 10.5 });
    expect(report.validatedBlocIds).toEqual(['RNCP41781-BC01']);
  });

  it('lists every competence with its wording and mastery, null when not assessed', () => {
    expect(report.competences).toHaveLength(30);
    expect(report.competences.find((c) => c.competenceId === 'RNCP41781-BC02-06')).toMatchObject({
      mastery: 'acquis',
      ratio: 1,
      evidenceCount: 1,
    });
    const budget = report.competences.find((c) => c.competenceId === 'RNCP41781-BC03-01');
    expect(budget).toMatchObject({ mastery: null, ratio: null, evidenceCount: 0 });
    expect(budget?.wording.startsWith('Préparer le budget')).toBe(true);
  });

  it('orders the decisions by in-game date, keeping the order they were taken within a day', () => {
    const shuffled = reportOf({
      ...WORKED_INPUT,
      evidence: [
        makeEvidence({ step: 'c', date: '2027-04-01' }),
        makeEvidence({ step: 'a', date: '2027-03-01' }),
        makeEvidence({ step: 'b2', date: '2027-03-15' }),
        makeEvidence({ step: 'b1', date: '2027-03-15' }),
      ],
    });
    expect(shuffled.evidence.map((e) => [e.rank, e.step])).toEqual([
      [1, 'a'],
      [2, 'b2'],
      [3, 'b1'],
      [4, 'c'],
    ]);
  });

  it('says for each mistake what should have been done, why, and the reference', () => {
    const illegal = report.evidence.find((e) => e.verdict === 'illegal');
    expect(illegal).toMatchObject({
      isMistake: true,
      points: -1.5,
      scenarioTitle: 'Une copie d’acte',
      reference: 'décret 2017-890 art. 30',
    });
    expect(illegal?.explanation).toContain('ne se délivre qu’au titulaire');
    expect(report.mistakeCount).toBe(3);
    expect(report.evidence.filter((e) => !e.isMistake).every((e) => e.verdict === 'conforme')).toBe(true);
  });

  it('names a scenario by its ID when no title is given, and an anonymous player as null', () => {
    const anonymous = reportOf({ title: 'Essai', playedOn: '2026-11-23', evidence: [makeEvidence()] });
    expect(anonymous.playerLabel).toBeNull();
    expect(anonymous.evidence[0]?.scenarioTitle).toBeNull();
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it.each([
    [{ playedOn: '23/11/2026' }, 'Date de la partie invalide'],
    [{ evidence: [makeEvidence({ competences: ['RNCP41781-BC05-01'] })] }, 'RNCP41781-BC05-01'],
  ])('refuses %j', (overrides, message) => {
    const built = buildReport({ ...WORKED_INPUT, ...overrides });
    expect(built.ok ? '' : built.error).toContain(message);
  });
});
