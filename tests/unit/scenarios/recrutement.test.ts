import { describe, expect, it } from 'vitest';
import { addDays, isNonWorkingDay } from '../../../src/core/dates';
import {
  evaluateContrat,
  evaluatePiecesRecrutement,
  evaluatePublication,
  evaluateTitularisation,
  type ContratCase,
} from '../../../src/core/rules/rh';
import { autoplay, seedPerVariant, startRun, type ScenarioEvent } from '../../../src/core/scenario';
import { resolveValue } from '../../../src/core/scenario/runtime/values';
import { dureeId, fondementId } from '../../../src/core/scenario/vocabulary/domains/rh-recrutement';
import type { Evidence } from '../../../src/core/scoring/evidence';
import {
  markOf as markOfScenario,
  repoScenario,
  verdicts,
  choose,
  submit,
  evidenceOf,
  playGoodBotExcept,
  unpickedAxisValues,
} from './scenario-kit';

const ID = 'recrutement';
const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const VARIANTS = (scenario.variants ?? []).map((variant) => variant.id);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

type Vars = Readonly<Record<string, unknown>>;
const varsOf = (variant: string): Vars =>
  startRun(program, { seed: seeds.get(variant) ?? -1 }).context.vars as Vars;

/** The engine's contract case for the need of a variant. */
function contratOf(vars: Vars, dureeMois = 1): ContratCase {
  return {
    kind: 'contrat',
    population: Number(vars.population),
    besoin: vars.besoin as ContratCase['besoin'],
    dureeMois,
    dureeAbsenceMois: Number(vars.absenceMois),
  };
}

/** The good bot, except at the steps named in `overrides` (see {@link playGoodBotExcept}). */
const playGoodExcept = (variant: string, overrides: Readonly<Record<string, ScenarioEvent>>) =>
  playGoodBotExcept(program, seeds.get(variant) ?? -1, overrides);

describe('scenario « Recruter et faire carrière »: variants', () => {
  it('draws every variant from the seed, and covers each value of each axis', () => {
    expect([...seeds.keys()].sort()).toEqual([...VARIANTS].sort());
    expect(unpickedAxisValues(ID)).toEqual([]);
  });

  it.each(VARIANTS)(
    'variant %s: the good bot scores 20/20 with every decision conforme, the careless one far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      const { evidence } = good.snapshot.context;
      expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(new Set(evidence.map((item) => item.step.split('.')[0])).size).toBeGreaterThanOrEqual(10);
      expect(markOf(evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence.filter((entry) => entry.verdict !== 'conforme')) {
        expect(item.explanation.length, item.step).toBeGreaterThan(60);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
        expect(item.reference, item.step).toMatch(/CGFP|décret/);
      }
    },
    SLOW,
  );

  it.each(VARIANTS)('variant %s: its day and the day five weeks later fall on working days', (variant) => {
    const vars = varsOf(variant);
    expect(isNonWorkingDay(String(vars.date))).toBe(false);
    expect(isNonWorkingDay(addDays(String(vars.date), 35))).toBe(false);
    expect(vars.nominationVoulue).toBe(addDays(String(vars.date), 8));
  });
});

describe('scenario « Recruter et faire carrière »: the law comes from the rh engine', () => {
  it.each(VARIANTS)(
    'variant %s: the basis and the duration the good bot picks are the engine’s',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { snapshot } = autoplay(program, { seed }, 'good', seed);
      const result = evaluateContrat(contratOf(vars));
      expect(result.confidence).toBe('C');
      const expected = {
        'accroissement-saisonnier': ['l332-23', 'saison-6-12', 6],
        remplacement: ['l332-13', 'absence', 4],
        'vacance-temporaire': ['l332-14', 'vacance-1-2', 12],
      }[String(vars.besoin)];
      expect([fondementId(result), dureeId(result, contratOf(vars).besoin), result.dureeMaxMois]).toEqual(
        expected,
      );
      expect(vars.dureeMax).toBe(result.dureeMaxMois);
      const fondement = evidenceOf(snapshot, 'contrat.fondement');
      expect(fondement?.verdict).toBe('conforme');
      expect(fondement?.choice).toContain(`CGFP ${String(result.fondement).replace('CGFP ', '')}`);
      expect(evidenceOf(snapshot, 'contrat.duree')?.verdict).toBe('conforme');
    },
  );

  it.each(VARIANTS)(
    'variant %s: the duration the maire asks is refused by the engine (L332-13, -14, -23)',
    (variant) => {
      const vars = varsOf(variant);
      const asked = evaluateContrat(contratOf(vars, Number(vars.dureeDemandee)));
      expect(asked.dureeAdmise).toBe(false);
      expect(asked.confidence).toBe('C');
      const seed = seeds.get(variant) ?? -1;
      expect(autoplay(program, { seed }, 'good', seed).visited).toContain('duree-demandee');
    },
  );

  it.each(VARIANTS)(
    'variant %s: the maire’s tension is routed by the tension axis and the publication rule',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { visited } = autoplay(program, { seed }, 'good', seed);
      if (vars.tension === 'sans-publicite') {
        expect(visited).toContain('tension-publicite');
        expect(visited).not.toContain('tension-delai');
      } else {
        const published = evaluatePublication({
          kind: 'publication',
          publicationDate: String(vars.date),
          nominationDate: String(vars.nominationVoulue),
          urgence: false,
        });
        expect(published.publicationSuffisante).toBe(false);
        expect(published.confidence).toBe('C');
        expect(visited).toContain('tension-delai');
      }
    },
  );

  it.each(VARIANTS)(
    'variant %s: the documents follow the engine (B2 on a nomination, no medical certificate)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { visited, snapshot } = autoplay(program, { seed }, 'good', seed);
      const pieces = evaluatePiecesRecrutement({
        kind: 'pieces-recrutement',
        mutation: vars.mutation === true,
      });
      expect(pieces.certificatMedicalExige).toBe(false);
      const step = pieces.bulletinB2Exige ? 'pieces' : 'pieces-mutation';
      expect(visited).toContain(step);
      expect(evidenceOf(snapshot, `${step}.certificat`)?.choice).toContain('Ne pas l’exiger');
      expect(visited.includes('formation-integration')).toBe(vars.recrue === 'stagiaire');
    },
  );

  it.each(VARIANTS)(
    'variant %s: the end of the stage follows the titularisation rule (L422-21)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { visited } = autoplay(program, { seed }, 'good', seed);
      const { titularisationPossible } = evaluateTitularisation({
        kind: 'titularisation',
        recrutement: 'sans-concours-c',
        formationIntegrationSuivie: vars.formationSuivie === true,
      });
      const step = !titularisationPossible
        ? 'stage-sans-formation'
        : vars.stage === 'insuffisant'
          ? 'stage-insuffisant'
          : 'stage-titularisation';
      expect(visited).toContain(step);
    },
  );

  it('an uncertain answer of the engine is never scored: a nomination on the same day of the next month', () => {
    const args = { publicationDate: '2027-03-02', nominationDate: '2027-04-02', urgence: false };
    expect(resolveValue({ rule: 'rh.publicationSuffisante', args }, {})).toBe('incertain');
    const branch = scenario.steps['tension-aiguillage'];
    expect(branch).toMatchObject({ type: 'branch', otherwise: 'recrue-intro' });
  });
});

describe('scenario « Recruter et faire carrière »: a careless path and the edge cases', () => {
  it('a careless path: the friend’s son named without publicity, no B2, a medical certificate, eight seasonal months', () => {
    const { snapshot } = playGoodExcept('saison-proche-stagiaire-titularise', {
      'tension-publicite': choose('cede'),
      pieces: submit({ b2: 'pas-requis', certificat: 'a-exiger' }),
      'duree-demandee': choose('accepter'),
    });
    expect(verdicts(snapshot.context.evidence)).toEqual([
      ['creation', 'conforme'],
      ['vacance', 'conforme'],
      ['tension-publicite', 'illegal'],
      ['pieces.b2', 'risque'],
      ['pieces.certificat', 'illegal'],
      ['formation-integration', 'conforme'],
      ['contrat.fondement', 'conforme'],
      ['contrat.duree', 'conforme'],
      ['duree-demandee', 'illegal'],
      ['titularisation', 'conforme'],
      ['cap', 'conforme'],
      ['avancement', 'conforme'],
      ['plan-formation', 'conforme'],
    ]);
    expect(markOf(snapshot.context.evidence)).toBe(11.5);
    expect(evidenceOf(snapshot, 'pieces.certificat')?.explanation).toContain('26 novembre 2022');
    expect(evidenceOf(snapshot, 'duree-demandee')?.explanation).toContain(
      '6 mois au plus sur une période de 12 mois',
    );
    expect(evidenceOf(snapshot, 'tension-publicite')?.reference).toBe('CGFP L313-4 ; CGFP D311-2');
  });

  it('the wrong basis for a replacement is illegal; the replacement lasts as long as the absence', () => {
    const { snapshot } = playGoodExcept('remplacement-delai-mutation-sans-formation', {
      contrat: submit({ fondement: 'l332-23', duree: 'saison-6-12' }),
    });
    expect(evidenceOf(snapshot, 'contrat.fondement')?.verdict).toBe('illegal');
    expect(evidenceOf(snapshot, 'contrat.duree')?.verdict).toBe('illegal');
    expect(evidenceOf(snapshot, 'contrat.fondement')?.explanation).toContain('CGFP L332-13');
  });

  it('in a commune of 1 200 inhabitants, the 3° of L332-8 does not cover a vacancy', () => {
    const { snapshot } = playGoodExcept('vacance-proche-mutation-insuffisant', {
      contrat: submit({ fondement: 'l332-8-3', duree: 'permanent-3-6' }),
    });
    expect(evidenceOf(snapshot, 'contrat.fondement')?.verdict).toBe('illegal');
    expect(evidenceOf(snapshot, 'contrat.fondement')?.explanation).toContain('moins de 1 000 habitants');
  });

  it('a mutation: asking the B2 again is only acceptable', () => {
    const { snapshot } = playGoodExcept('remplacement-delai-mutation-sans-formation', {
      'pieces-mutation': submit({ b2: 'a-verifier', certificat: 'pas-requis' }),
    });
    expect(evidenceOf(snapshot, 'pieces-mutation.b2')?.verdict).toBe('acceptable');
    expect(evidenceOf(snapshot, 'pieces-mutation.certificat')?.verdict).toBe('conforme');
  });

  it('titularising without the formation d’intégration is illegal; an insufficient stagiaire goes to the CAP', () => {
    const noFormation = playGoodExcept('remplacement-proche-stagiaire-sans-formation', {
      'stage-sans-formation': choose('titulariser'),
    }).snapshot;
    expect(evidenceOf(noFormation, 'titularisation-formation')).toMatchObject({
      verdict: 'illegal',
      reference: 'CGFP L422-21 ; décret 2008-512 ; CGFP R327-10',
    });
    const insufficient = playGoodExcept('saison-delai-stagiaire-insuffisant', {
      'stage-insuffisant': choose('renvoyer'),
    }).snapshot;
    expect(evidenceOf(insufficient, 'fin-de-stage')?.verdict).toBe('illegal');
    expect(evidenceOf(insufficient, 'fin-de-stage')?.explanation).toContain(
      'commission administrative paritaire',
    );
  });

  it('the grade promotion without a ratio voted after the CST’s opinion is illegal; asking the CAP is a risk', () => {
    const signed = playGoodExcept('vacance-delai-stagiaire-titularise', {
      avancement: choose('arrete'),
    }).snapshot;
    expect(evidenceOf(signed, 'avancement')?.verdict).toBe('illegal');
    expect(evidenceOf(signed, 'avancement')?.explanation).toContain('CGFP L522-27');
    const cap = playGoodExcept('vacance-delai-stagiaire-titularise', {
      avancement: choose('cap-avis'),
    }).snapshot;
    expect(evidenceOf(cap, 'avancement')?.verdict).toBe('risque');
    expect(evidenceOf(cap, 'avancement')?.explanation).toContain('1er janvier 2021');
  });

  it('the maire’s requests are maire ↔ SGM exchanges with a tactful, a blunt and a yielding answer', () => {
    for (const [step, decision] of [
      ['tension-publicite', 'tension-publicite'],
      ['tension-delai', 'tension-delai'],
    ] as const) {
      expect(scenario.steps[step]).toMatchObject({
        type: 'choice',
        exchange: true,
        speaker: 'maire',
        role: 'sgm',
      });
      const byOption = Object.fromEntries(
        Object.entries(scenario.scoring[decision]?.options ?? {}).map(([id, outcome]) => [
          id,
          outcome.verdict,
        ]),
      );
      expect(byOption).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
    }
  });

  it('every decision measures BC03-04, BC03-05 or BC03-06 and cites the CGFP or a décret', () => {
    const decisions = Object.values(scenario.scoring);
    expect(decisions.length).toBeGreaterThanOrEqual(12);
    for (const decision of decisions) {
      expect(
        decision.competences.some((id) => /^RNCP41781-BC03-0[456]$/.test(id)),
        decision.reference,
      ).toBe(true);
      expect(decision.reference).toMatch(/^(CGFP|décret)/);
    }
  });
});
