import { describe, expect, it } from 'vitest';
import { reportAgainst } from '../../../../src/core/report';
import { makeEvidence } from '../scoring/evidence-fixture';
import { WORKED_INPUT, reportOf } from './report-fixture';

describe('reportAgainst', () => {
  const report = reportOf(WORKED_INPUT);

  it('expresses the worked example against the DU, whose bloc 3 serves the population', () => {
    const du = reportAgainst(report, 'DU');
    expect(du.certification).toBe('DU');
    expect(du.blocs.map((bloc) => [bloc.code, bloc.mark])).toEqual([
      ['B1', 12.5], // BC01 decisions all map to DU bloc 1 (BC01-03 also to bloc 4)
      ['B2', null],
      ['B3', 9],
      ['B4', 0], // only the risqué délibération (BC01-03) reaches the écrits professionnels
      ['B5', null],
    ]);
    expect(du.blocs[0]?.units).toEqual([]);
    expect(du.validatedBlocIds).toEqual(['DU-ARTOIS-B1']);
    // Overall over B1, B3 and B4: (5 + 3.5 + 0) / (8 + 8 + 2) × 20 = 9.44 → 9.5.
    expect(du.overall).toMatchObject({ points: 8.5, weight: 18, mark: 9.5 });
    expect(du.unmappedCompetenceIds).toEqual([]);
  });

  it('expresses the worked example against RNCP41406, competence by competence', () => {
    const rncp = reportAgainst(report, 'RNCP41406');
    expect(rncp.certificationTitle).toBe('Responsable d’administration communale');
    expect(rncp.blocs.map((bloc) => [bloc.code, bloc.evidenceCount, bloc.mark])).toEqual([
      ['BC01', 3, 11.5], // convocation, ordre du jour, délibération (via BC01-10): 4 / 7 × 20 = 11.43
      ['BC02', 3, 9],
      ['BC03', 1, 0], // the délibération again, through BC01-03 → « Rédiger un acte administratif »
    ]);
    const etatCivil = rncp.blocs[1]?.units.find((unit) => unit.id === 'RNCP41406-BC02-12');
    expect(etatCivil).toMatchObject({
      sourceCompetenceIds: ['RNCP41781-BC02-03'],
      evidenceCount: 1,
      mastery: 'non-acquis',
    });
    const electoral = rncp.blocs[1]?.units.find((unit) => unit.id === 'RNCP41406-BC02-16');
    expect(electoral).toMatchObject({ evidenceCount: 1, ratio: 1, mastery: 'acquis' });
    // Classement (BC01-04) has no RNCP41406 counterpart: said, not silently dropped.
    expect(rncp.unmappedCompetenceIds).toEqual(['RNCP41781-BC01-04']);
  });

  it('counts an evidence once in a target bloc even when several of its competences map there', () => {
    const single = reportOf({
      ...WORKED_INPUT,
      evidence: [
        makeEvidence({
          competences: ['RNCP41781-BC02-06', 'RNCP41781-BC02-07', 'RNCP41781-BC02-08'],
          verdict: 'acceptable',
          weight: 2,
        }),
      ],
    });
    const rncp = reportAgainst(single, 'RNCP41406');
    expect(rncp.blocs[1]).toMatchObject({
      evidenceCount: 1,
      points: 1,
      weight: 2,
      mark: 10,
      validated: true,
    });
  });

  it('keeps the game’s identity', () => {
    expect(reportAgainst(report, 'DU')).toMatchObject({
      title: report.title,
      playerLabel: report.playerLabel,
      playedOn: report.playedOn,
    });
  });
});
