import { describe, expect, it } from 'vitest';
import { addDays, isNonWorkingDay } from '../../../src/core/dates';
import {
  decideAutorite,
  decideSilence,
  evaluateUrbanismeCase,
  type Demande,
  type DocumentUrbanisme,
} from '../../../src/core/rules/urbanisme';
import {
  autoplay,
  calculators,
  seedPerVariant,
  startRun,
  type ScenarioEvent,
} from '../../../src/core/scenario';
import { resolveValue } from '../../../src/core/scenario/runtime/values';
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

const ID = 'urbanisme-guichet';
const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const VARIANTS = (scenario.variants ?? []).map((variant) => variant.id);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

type Vars = Readonly<Record<string, unknown>>;
const varsOf = (variant: string): Vars =>
  startRun(program, { seed: seeds.get(variant) ?? -1 }).context.vars as Vars;

/** The engine's case for the request filed in a variant. */
function caseOf(vars: Vars) {
  return {
    demande: vars.demande as Demande,
    document: vars.document as DocumentUrbanisme,
    depotDate: String(vars.date),
    abordsMonumentHistorique: vars.abords === true,
  };
}

/** The good bot, except at the steps named in `overrides` (see {@link playGoodBotExcept}). */
const playGoodExcept = (variant: string, overrides: Readonly<Record<string, ScenarioEvent>>) =>
  playGoodBotExcept(program, seeds.get(variant) ?? -1, overrides);

describe('scenario « Le guichet de l’urbanisme »: variants', () => {
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
      expect(evidence.length).toBeGreaterThanOrEqual(11);
      expect(markOf(evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence.filter((entry) => entry.verdict !== 'conforme')) {
        expect(item.explanation.length, item.step).toBeGreaterThan(60);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
        expect(item.reference, item.step).toMatch(/code de l’urbanisme|CGCT/);
      }
    },
    SLOW,
  );

  it.each(VARIANTS)('variant %s: its day and the story’s letters fall on working days', (variant) => {
    const vars = varsOf(variant);
    for (const key of ['date', 'notifDate', 'piecesDate', 'piecesTard'])
      expect(isNonWorkingDay(String(vars[key])), key).toBe(false);
  });
});

describe('scenario « Le guichet de l’urbanisme »: the law comes from the urbanisme engine', () => {
  it.each(VARIANTS)('variant %s: who decides follows the commune’s document (L422-1)', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const { visited } = autoplay(program, { seed }, 'good', seed);
    const { autorite } = decideAutorite(vars.demande as Demande, vars.document as DocumentUrbanisme);
    expect(autorite).toBe(vars.document === 'RNU' ? 'etat' : 'commune');
    expect(visited).toContain(`autorite-${autorite}`);
  });

  it.each(VARIANTS)('variant %s: the délai the good bot writes is the engine’s', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const { snapshot, visited } = autoplay(program, { seed }, 'good', seed);
    const majore = vars.abords === true;
    const expected = evaluateUrbanismeCase({
      ...caseOf(vars),
      ...(majore ? { majorationNotifieeDate: String(vars.notifDate) } : {}),
    });
    expect(expected.confidenceDetail.delaiMois).not.toBe('M');
    const step = majore ? 'delai-majore' : 'delai';
    expect(visited).toContain(step);
    const base = { DP: 1, PCMI: 2 }[vars.demande as 'DP' | 'PCMI'];
    expect(expected.delaiMois).toBe(base + (majore ? 1 : 0));
    expect(evidenceOf(snapshot, `${step}.mois`)).toMatchObject({
      verdict: 'conforme',
      choice: expect.stringContaining(`: ${expected.delaiMois}`) as unknown,
    });
  });

  it.each([
    ['dp-carte-abords-incomplet', 1],
    ['pcmi-plu-abords-courriel', 2],
  ] as const)(
    '%s: without the majoration notified in the month the délai stays %s month(s) (R423-42, sheet §7 case 3)',
    (variant, months) => {
      const { snapshot } = playGoodExcept(variant, {
        majoration: choose('oral'),
        delai: submit({ mois: months + 1 }),
      });
      expect(evidenceOf(snapshot, 'majoration')?.verdict).toBe('risque');
      expect(evidenceOf(snapshot, 'delai.mois')?.verdict).toBe('illegal');
      const again = playGoodExcept(variant, { majoration: choose('oral') }).snapshot;
      expect(evidenceOf(again, 'delai.mois')?.verdict).toBe('conforme');
    },
    SLOW,
  );

  it.each(VARIANTS.filter((variant) => varsOf(variant).dossier === 'incomplet'))(
    '%s: documents asked on the 14th day count, on the 42nd they do not (R423-38, R423-41)',
    (variant) => {
      const vars = varsOf(variant);
      const compute = (piecesDemandeesDate: string) =>
        resolveValue({ rule: 'urbanisme.piecesDemande', args: { ...caseOf(vars), piecesDemandeesDate } }, {});
      expect(vars.piecesDate).toBe(addDays(String(vars.date), 14));
      expect(compute(String(vars.piecesDate))).toBe('oui');
      expect(compute(String(vars.piecesTard))).toBe('non');
    },
  );

  it.each(VARIANTS)('variant %s: the tacit decisions named are the engine’s (L424-2, R423-39)', (variant) => {
    const vars = varsOf(variant);
    const demande = vars.demande as Demande;
    const names: Record<string, RegExp> = {
      'non-opposition-tacite': /non-opposition tacite/,
      'permis-tacite': /permis de construire tacite/,
      'opposition-tacite': /^une opposition tacite/,
      'rejet-tacite': /décision tacite de rejet/,
    };
    expect(String(vars.decisionTacite)).toMatch(names[decideSilence(demande, false).silence] ?? /^$/);
    expect(String(vars.refusTacite)).toMatch(names[decideSilence(demande, true).silence] ?? /^$/);
  });

  it.each(VARIANTS)('variant %s: the certificat and its délai (L410-1, R410-12)', (variant) => {
    const vars = varsOf(variant);
    expect(vars.cuDemande).toBe(vars.cuId === 'cua' ? 'CUa' : 'CUb');
    expect(vars.cuDelai).toBe(vars.cuId === 'cua' ? 1 : 2);
  });

  it.each(VARIANTS)(
    'variant %s: postings are never scored to the day: the avis de dépôt is posted the day of the dépôt',
    (variant) => {
      const vars = varsOf(variant);
      expect(vars.affichageAvant).toBe(addDays(String(vars.date), 15));
      expect(vars.affichageDecisionAvant).toBe(addDays(String(vars.date), 8));
      expect(vars.affichageDecisionMois).toBe(2);
      const posted = calculators['urbanisme.affichageDepotDansLeDelai'];
      expect(posted).toBeDefined();
      expect(
        resolveValue(
          {
            rule: 'urbanisme.affichageDepotDansLeDelai',
            args: { depotDate: String(vars.date), affichageDate: String(vars.date) },
          },
          {},
        ),
      ).toBe('oui');
    },
  );
});

describe('scenario « Le guichet de l’urbanisme »: the edge cases as the law says', () => {
  it('an incomplete file: the letter in the month, then the applicant silent for 3 months → a tacit refusal', () => {
    const { snapshot } = playGoodExcept('pcmi-rnu-courriel-incomplet', {});
    expect(verdicts(snapshot.context.evidence).slice(0, 6)).toEqual([
      ['recepisse-courriel', 'conforme'],
      ['affichage-depot', 'conforme'],
      ['autorite-etat', 'conforme'],
      ['delai.mois', 'conforme'],
      ['pieces', 'conforme'],
      ['pieces-silence', 'conforme'],
    ]);
    const wrong = playGoodExcept('pcmi-rnu-courriel-incomplet', {
      'pieces-silence': choose('accord'),
    }).snapshot;
    const item = evidenceOf(wrong, 'pieces-silence');
    expect(item?.verdict).toBe('illegal');
    expect(item?.explanation).toContain('décision tacite de rejet');
    expect(item?.reference).toBe('code de l’urbanisme R423-39');
  });

  it('a late request for documents is illegal and leads to the ordinary silence (R423-41, L424-2)', () => {
    const { snapshot } = playGoodExcept('dp-plu-courriel-incomplet-2026', { pieces: choose('tard') });
    expect(evidenceOf(snapshot, 'pieces')?.verdict).toBe('illegal');
    expect(evidenceOf(snapshot, 'pieces')?.explanation).toContain('R423-41');
    expect(evidenceOf(snapshot, 'silence')?.verdict).toBe('conforme');
    expect(evidenceOf(snapshot, 'pieces-silence')).toBeUndefined();
  });

  it('under the RNU, deciding in the name of the commune is illegal (L422-1 b)); under a PLU, in the name of the State', () => {
    const rnu = playGoodExcept('dp-rnu-abords-courriel', { 'autorite-etat': choose('commune') }).snapshot;
    expect(evidenceOf(rnu, 'autorite-etat')).toMatchObject({
      verdict: 'illegal',
      reference: 'code de l’urbanisme L422-1 b)',
    });
    const plu = playGoodExcept('dp-plu-guichet', { 'autorite-commune': choose('etat') }).snapshot;
    expect(evidenceOf(plu, 'autorite-commune')).toMatchObject({
      verdict: 'illegal',
      reference: 'code de l’urbanisme L422-1 a)',
    });
  });

  it('refusing an e-mailed file is illegal: every commune receives them since 2022', () => {
    const { snapshot } = playGoodExcept('pcmi-plu-abords-courriel', {
      'recepisse-courriel': choose('papier'),
    });
    const item = evidenceOf(snapshot, 'recepisse-courriel');
    expect(item?.verdict).toBe('illegal');
    expect(item?.explanation).toContain('1er janvier 2022');
  });

  it('the neighbour: the recours gracieux of one month no longer extends the délai (L600-12-2, since November 2025)', () => {
    const { snapshot } = playGoodExcept('dp-plu-guichet', { 'voisin-choix': choose('ancien') });
    const item = evidenceOf(snapshot, 'recours');
    expect(item?.verdict).toBe('risque');
    expect(item?.explanation).toContain('28 novembre 2025');
    expect(item?.explanation).toContain('ne proroge plus');
    expect(item?.reference).toBe('code de l’urbanisme L600-12-2, R600-1, R600-2');
  });

  it('the maire’s request is a maire ↔ SGM exchange with a tactful, a blunt and a yielding answer', () => {
    expect(scenario.steps['tension-choix']).toMatchObject({
      type: 'choice',
      exchange: true,
      speaker: 'maire',
      role: 'sgm',
    });
    const byOption = Object.fromEntries(
      Object.entries(scenario.scoring.tension?.options ?? {}).map(([id, outcome]) => [id, outcome.verdict]),
    );
    expect(byOption).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
  });

  it('every decision measures BC02-04 and cites the code de l’urbanisme', () => {
    const decisions = Object.values(scenario.scoring);
    expect(decisions.length).toBeGreaterThanOrEqual(14);
    for (const decision of decisions) {
      expect(decision.competences).toContain('RNCP41781-BC02-04');
      expect(decision.reference).toMatch(/^code de l’urbanisme /);
    }
  });
});
