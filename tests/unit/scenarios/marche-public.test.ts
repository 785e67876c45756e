import { describe, expect, it } from 'vitest';
import { addDays, isNonWorkingDay } from '../../../src/core/dates';
import { formatEuros, rankOffers } from '../../../src/core/rules/commande-publique';
import { autoplay, calculators, replayRun, startRun } from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { fixtureScript, markOf, repoScenario, seedOf as seedOfVariant, verdicts } from './scenario-kit';

const { scenario, program } = repoScenario('marche-public');

const script = (name: string) => fixtureScript('marche-public', name);

const mark = (evidence: readonly Evidence[]) => markOf(scenario, evidence);

const seedOf = (variant: string) => seedOfVariant(program, variant);

const variantIds = (scenario.variants ?? []).map((variant) => variant.id);
const varsOf = (variant: string) => startRun(program, { seed: seedOf(variant) }).context.vars;

describe('marche-public: golden path (seed 2, cantine-septembre, a SSS: procédure adaptée)', () => {
  const replay = replayRun(program, { seed: 2 }, script('golden-seed-2.json'));

  it('plays the whole script to the end', () => {
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.context.variant).toBe('cantine-septembre');
  });

  it('produces exactly the expected evidence, all conforme, for 20/20', () => {
    const evidence = replay.snapshot.context.evidence;
    expect(verdicts(evidence)).toEqual([
      ['besoin-cantine.valeur', 'conforme'],
      ['besoin-cantine.nature', 'conforme'],
      ['fractionnement', 'conforme'],
      ['categorie-sss', 'conforme'],
      ['procedure-sss.seuil', 'conforme'],
      ['procedure-sss.procedure', 'conforme'],
      ['dossier.devis', 'conforme'],
      ['dossier.ccag', 'conforme'],
      ['critere-env-requis', 'conforme'],
      ['criteres', 'conforme'],
      ['avis', 'conforme'],
      ['conflit', 'conforme'],
      ['offre-basse', 'conforme'],
      ['offre-basse-rejet', 'conforme'],
      ['analyse-cantine', 'conforme'],
      ['attribution-adaptee.motifs', 'conforme'],
      ['attribution-adaptee.suspension', 'conforme'],
      ['attribution-adaptee.debut', 'conforme'],
      ['execution.avance', 'conforme'],
      ['execution.montant', 'conforme'],
      ['execution.retenue', 'conforme'],
      ['avenant-possible', 'conforme'],
    ]);
    expect(mark(evidence)).toBe(20);
  });

  it('erratum 1 — school catering is a SSS: 228 000 € HT, MAPA, dispense at 60 000 €, no standstill', () => {
    const { vars } = replay.snapshot.context;
    expect(vars.valeurEstimee).toBe(228_000);
    expect(vars.categorie).toBe('sss');
    expect(vars.procedureCode).toBe('adaptee');
    expect(vars.seuilDispense).toBe(60_000);
    expect(vars.seuilEuropeen).toBe(216_000);
    expect(vars.envoiRejet).toBe('2026-11-16');
    // A MAPA has no standstill period (CCP R2182-1): the contract may be signed on the day the letters leave.
    expect(vars.signatureAuPlusTot).toBe('2026-11-16');
    expect(vars.avanceMinimum).toBe(3239.5);
  });
});

describe('marche-public: careless path (seed 5, toiture-juin, procédure adaptée)', () => {
  const replay = replayRun(program, { seed: 5 }, script('careless-seed-5.json'));

  it('plays the whole script to the end', () => {
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.context.variant).toBe('toiture-juin');
  });

  it('produces exactly the expected evidence and a low mark', () => {
    const evidence = replay.snapshot.context.evidence;
    expect(verdicts(evidence)).toEqual([
      ['besoin-toiture.valeur', 'risque'],
      ['besoin-toiture.nature', 'conforme'],
      ['fractionnement', 'acceptable'],
      ['procedure-boamp.seuil', 'risque'],
      ['procedure-boamp.procedure', 'conforme'],
      ['procedure-boamp.publicite', 'illegal'],
      ['dossier.devis', 'risque'],
      ['dossier.ccag', 'risque'],
      ['critere-env-facultatif', 'acceptable'],
      ['criteres', 'acceptable'],
      ['avis', 'illegal'],
      ['conflit', 'risque'],
      ['offre-basse', 'illegal'],
      ['offre-basse-maintien', 'illegal'],
      ['analyse-toiture', 'risque'],
      ['attribution-adaptee.motifs', 'acceptable'],
      ['attribution-adaptee.suspension', 'acceptable'],
      ['attribution-adaptee.debut', 'risque'],
      ['execution.avance', 'conforme'],
      ['execution.montant', 'risque'],
      ['execution.retenue', 'illegal'],
      ['avenant-possible', 'acceptable'],
    ]);
    expect(mark(evidence)).toBeLessThan(10);
  });

  it('explains the ranking mistake with the rule engine’s table', () => {
    const ranking = replay.snapshot.context.evidence.find((item) => item.step === 'analyse-toiture');
    expect(ranking?.explanation).toContain('1. Couvertures Martin (93/100)');
    expect(ranking?.explanation).toContain('Bertin Bâtiment, prix : 7 (6,54 arrondi), et non 6');
  });
});

describe('marche-public: variants', () => {
  it('has at least three variants and covers the three purchases', () => {
    expect(variantIds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(variantIds.map((id) => varsOf(id).marche))).toEqual(
      new Set(['cantine', 'toiture', 'tondeuse']),
    );
  });

  it('launches consultations on both sides of 1 April 2026 and of 21 August 2026', () => {
    const launches = variantIds.map((id) => String(varsOf(id).lancement));
    expect(launches.some((date) => date < '2026-04-01')).toBe(true);
    expect(launches.some((date) => date >= '2026-04-01' && date < '2026-08-21')).toBe(true);
    expect(launches.some((date) => date >= '2026-08-21')).toBe(true);
  });

  it.each(variantIds)('%s: the good bot gets 20/20 with every decision conforme', (variant) => {
    const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
    expect(run.stoppedBecause).toBeNull();
    expect(run.snapshot.context.variant).toBe(variant);
    const { evidence } = run.snapshot.context;
    expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
    expect(new Set(evidence.map((item) => item.step.split('.')[0])).size).toBeGreaterThanOrEqual(10);
    expect(mark(evidence)).toBe(20);
  });

  it.each(variantIds)(
    '%s: the branches follow the rules (splitting, publicity handled, winner)',
    (variant) => {
      const vars = varsOf(variant);
      const args = {
        launchDate: vars.lancement,
        nature: vars.nature,
        valueHT: vars.valeurEstimee,
        categorie: vars.categorie,
      };
      const publicite = calculators['commande-publique.publicite'];
      const parsed = publicite?.args.parse(args);
      expect(['boamp_et_joue', 'boamp_ou_jal', 'libre_adaptee']).toContain(publicite?.compute(parsed));
      const splitting = calculators['commande-publique.isSplitting'];
      const orders = {
        launchDate: vars.lancement,
        nature: vars.nature,
        order1HT: vars.fraction1,
        order2HT: vars.fraction2,
        order3HT: vars.fraction3,
        categorie: vars.categorie,
      };
      expect(splitting?.compute(splitting.args.parse(orders))).toBe(true);
    },
  );
});

describe('marche-public: the 2027 variants (law of 2027)', () => {
  const Y2027 = ['cantine-septembre-2027', 'toiture-octobre-2027', 'tondeuse-octobre-2027'] as const;
  /** Every date the scenario computes and shows, from the day of the scenario to the invoice. */
  const DATED = [
    'date',
    'lancement',
    'receptionOffres',
    'envoiRejet',
    'signatureAuPlusTot',
    'signatureMarche',
    'factureRecue',
  ];

  it('has a 2027 counterpart of each purchase the year 2027 plays', () => {
    expect(variantIds).toEqual(expect.arrayContaining([...Y2027]));
    expect(Y2027.map((id) => varsOf(id).marche)).toEqual(['cantine', 'toiture', 'tondeuse']);
  });

  it.each(Y2027)(
    '%s: dated in September–October 2027, every date on a working day, the contract signed in 2027',
    (variant) => {
      const vars = varsOf(variant);
      expect(String(vars.date) >= '2027-09-01' && String(vars.date) <= '2027-10-31').toBe(true);
      expect(String(vars.lancement) >= '2027-09-01' && String(vars.lancement) <= '2027-10-31').toBe(true);
      for (const name of DATED) expect([name, isNonWorkingDay(String(vars[name]))]).toEqual([name, false]);
      // The small-modification branch reads the European threshold at the signature: known until 31 December 2027.
      expect(String(vars.signatureMarche) <= '2027-12-31').toBe(true);
      expect(String(vars.receptionOffres) > String(vars.lancement)).toBe(true);
    },
  );

  it('applies the 2027 thresholds and the environmental criterion at the 2027 launch dates', () => {
    const summary = (variant: string) => {
      const vars = varsOf(variant);
      return [vars.lancement, vars.valeurEstimee, vars.seuilDispense, vars.procedureCode];
    };
    expect(summary('cantine-septembre-2027')).toEqual(['2027-09-20', 234_000, 60_000, 'adaptee']);
    expect(summary('toiture-octobre-2027')).toEqual(['2027-10-04', 180_000, 100_000, 'adaptee']);
    expect(summary('tondeuse-octobre-2027')).toEqual(['2027-10-11', 72_600, 60_000, 'adaptee']);
    const required = calculators['commande-publique.environmentalCriterionRequired'];
    for (const variant of Y2027) {
      const args = required?.args.parse({ launchDate: varsOf(variant).lancement });
      expect([variant, required?.compute(args)]).toEqual([variant, true]);
    }
  });

  it('erratum 1 — computes the 2027 deadlines: offers on 25 October, no standstill for the SSS MAPA', () => {
    const vars = varsOf('cantine-septembre-2027');
    expect(vars.receptionOffres).toBe('2027-10-25');
    expect(vars.envoiRejet).toBe('2027-11-22');
    expect(vars.signatureAuPlusTot).toBe('2027-11-22');
    expect(vars.signatureMarche).toBe('2027-12-06');
    expect(vars.avanceMinimum).toBe(3239.5);
  });

  it.each([
    ['cantine-septembre-2027', 'procedure-sss', 'attribution-adaptee', 'avenant-impossible'],
    ['toiture-octobre-2027', 'procedure-boamp', 'attribution-adaptee', 'avenant-possible'],
    ['tondeuse-octobre-2027', 'procedure-libre', 'attribution-adaptee', 'avenant-impossible'],
  ])(
    '%s: the good bot goes through %s, %s and %s, with the mandatory environmental criterion',
    (variant, ...steps) => {
      const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
      expect(run.visited).toEqual(expect.arrayContaining([...steps, 'critere-env-requis']));
      expect(run.visited).not.toContain('critere-env-facultatif');
    },
  );
});

describe('marche-public: data checked against the rule engine', () => {
  const objects = ['cantine', 'toiture', 'tondeuse'] as const;

  it.each(objects)(
    '%s: offer names and prices of the grid match the assessor, whose winner is the titulaire',
    (object) => {
      const step = scenario.steps[`analyse-${object}`];
      const args = scenario.scoring[`analyse-${object}`]?.assessor?.args;
      if (step?.type !== 'rank' || !args) throw new Error('grille introuvable');
      const names = args.names as readonly string[];
      const prices = args.prices as readonly number[];
      step.offers.forEach((offer, index) => {
        expect(scenario.texts[offer.label]).toBe(names[index]);
        const price = offer.facts.find((fact) => fact.id === 'prix');
        expect(scenario.texts[price?.value ?? '']).toContain(formatEuros(prices[index] ?? 0, ''));
      });
      const weights = args.weights as readonly number[];
      expect(step.criteria.map((criterion) => criterion.weight)).toEqual(weights);
      const marks = args.marks as readonly number[];
      const ranked = rankOffers({
        criteria: [
          { id: 'prix', label: 'prix', weight: weights[0] ?? 0, method: 'prix' },
          { id: 'technique', label: 'technique', weight: weights[1] ?? 0, method: 'note' },
          { id: 'environnement', label: 'environnement', weight: weights[2] ?? 0, method: 'note' },
        ],
        offers: step.offers.map((offer, index) => ({
          bidder: names[index] ?? offer.id,
          priceHT: prices[index] ?? 0,
          marks: { technique: marks[2 * index] ?? 0, environnement: marks[2 * index + 1] ?? 0 },
        })),
        markScale: 10,
      });
      if (!ranked.ok) throw new Error(ranked.error);
      for (const variant of variantIds.filter((id) => varsOf(id).marche === object)) {
        expect(varsOf(variant).titulaire).toBe(ranked.value[0]?.bidder);
      }
    },
  );

  it('marks the maire ↔ SGM splitting exchange with a tactful, a blunt and a yielding answer', () => {
    const step = scenario.steps.fractionnement;
    expect(step?.type).toBe('choice');
    if (step?.type !== 'choice') return;
    expect(step.exchange).toBe(true);
    expect(step.role).toBe('sgm');
    expect(scenario.cast[step.speaker ?? '']?.role).toBe('maire');
    const outcomes = scenario.scoring.fractionnement?.options ?? {};
    expect(step.options.map((option) => outcomes[option.id]?.verdict)).toEqual([
      'conforme',
      'acceptable',
      'illegal',
    ]);
  });

  it('never scores the points the fact sheet marks uncertain', () => {
    const references = Object.values(scenario.scoring).flatMap((decision) => [
      decision.reference,
      ...Object.values(decision.options ?? {}).map((outcome) => outcome.reference ?? ''),
      ...Object.values(decision.fields ?? {}).flatMap((field) => [
        field.reference ?? '',
        ...Object.values(field.answers ?? {}).map((outcome) => outcome.reference ?? ''),
      ]),
    ]);
    for (const uncertain of ['R2192-10', 'R2152-11', 'R2152-12', 'L2196-2', 'R2196-1'])
      expect(references.filter((reference) => reference.includes(uncertain))).toEqual([]);
  });
});

describe('marche-public: errata 1, 8 and 11', () => {
  const CANTINE = variantIds.filter((id) => varsOf(id).marche === 'cantine');
  const evidenceOf = (variant: string, bot: 'good' | 'careless') =>
    autoplay(program, { seed: seedOf(variant) }, bot, 1).snapshot.context.evidence;

  it('erratum 1 — school catering is a SSS: every canteen variant is a MAPA, whatever its value', () => {
    expect(CANTINE).toEqual(['cantine-septembre', 'cantine-mars', 'cantine-septembre-2027']);
    for (const variant of CANTINE) {
      const vars = varsOf(variant);
      expect([variant, vars.categorie, vars.procedureCode]).toEqual([variant, 'sss', 'adaptee']);
    }
    // Two of them exceed the European threshold of ordinary services, which no longer decides anything.
    expect(CANTINE.filter((id) => Number(varsOf(id).valeurEstimee) >= 216_000)).toEqual([
      'cantine-septembre',
      'cantine-septembre-2027',
    ]);
    for (const variant of variantIds.filter((id) => !CANTINE.includes(id)))
      expect([variant, varsOf(variant).categorie]).toEqual([variant, 'standard']);
  });

  it.each(['cantine-septembre', 'cantine-mars', 'cantine-septembre-2027'])(
    'erratum 1 — %s: the trainee is asked to recognise the SSS category, and no publicity is scored',
    (variant) => {
      const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
      expect(run.visited).toEqual(
        expect.arrayContaining(['sss-adjoint', 'categorie-sss', 'procedure-sss', 'attribution-adaptee']),
      );
      expect(run.visited).not.toContain('procedure-boamp');
      expect(run.visited).not.toContain('procedure-libre');
      const steps = run.snapshot.context.evidence.map((item) => item.step);
      expect(steps).toContain('categorie-sss');
      expect(steps.filter((step) => step.endsWith('.publicite') || step.endsWith('.suspension'))).toEqual([
        'attribution-adaptee.suspension',
      ]);
    },
  );

  it('erratum 1 — the SSS decision: recognised conforme, treated as ordinary services acceptable, outside the code illegal', () => {
    const step = scenario.steps['categorie-sss'];
    if (step?.type !== 'choice') throw new Error('categorie-sss introuvable');
    const outcomes = scenario.scoring['categorie-sss']?.options ?? {};
    expect(step.options.map((option) => [option.id, outcomes[option.id]?.verdict])).toEqual([
      ['sss', 'conforme'],
      ['standard', 'acceptable'],
      ['hors-code', 'illegal'],
    ]);
    expect(scenario.scoring['categorie-sss']?.reference).toContain('R2123-1 3°');
    expect(scenario.scoring['procedure-sss']?.fields?.procedure?.answers?.formalisee?.verdict).toBe(
      'acceptable',
    );
    expect(scenario.scoring['procedure-sss']?.fields?.publicite).toBeUndefined();
  });

  it('erratum 1 — the careless debrief on the canteen names the SSS rule and the 750 000 € HT', () => {
    const evidence = evidenceOf('cantine-septembre', 'careless');
    const sss = evidence.find((item) => item.step === 'categorie-sss');
    expect(sss?.verdict).toBe('illegal');
    expect(sss?.explanation).toContain('reste un marché public');
    const procedure = evidence.find((item) => item.step === 'procedure-sss.procedure');
    expect(procedure?.explanation).toContain('quelle que soit la valeur (CCP R2123-1 3°)');
    expect(procedure?.explanation).toContain(formatEuros(750_000));
    expect(mark(evidence)).toBeLessThan(10);
  });

  it('erratum 1 — no variant reaches a formalised procedure any more, and its steps are gone', () => {
    for (const variant of variantIds)
      expect([variant, varsOf(variant).procedureCode]).not.toEqual([variant, 'formalisee']);
    expect(scenario.steps['procedure-joue']).toBeUndefined();
    expect(scenario.steps['attribution-formalisee']).toBeUndefined();
  });

  it('erratum 8 — the pieces of a MAPA dossier and the weighting of criteria are never scored', () => {
    const dossier = scenario.steps.dossier;
    if (dossier?.type !== 'form') throw new Error('dossier introuvable');
    expect(dossier.fields.map((field) => field.id)).toEqual(['devis', 'ccag']);
    expect(Object.keys(scenario.scoring.dossier?.fields ?? {})).toEqual(['devis', 'ccag']);
    expect(scenario.scoring.dossier?.fields?.devis?.reference).toContain('CCP L3');
    // The pieces are named in the prompt as unsettled, marked « point non noté »: nothing asserts them as law.
    expect(scenario.texts['dossier.prompt']).toContain('point non noté');
    expect(scenario.texts['dossier.prompt']).toContain('ne sont pas établies avec certitude');
    expect(scenario.texts['dossier.prompt']).not.toMatch(/le code n’impose|sont recevables/);
    const scoredTexts = [
      'criteres.bin.attribution',
      'criteres.why.prix',
      'criteres.explication',
      'env.prompt',
      'analyse.prompt',
    ].map((key) => scenario.texts[key] ?? '');
    for (const text of scoredTexts) expect(text).not.toMatch(/pond[ée]r|règlement de la consultation/);
  });

  it('erratum 11 — toiture-juin no longer opens on Whit Monday 2026 (25 May)', () => {
    expect(varsOf('toiture-juin').date).toBe('2026-06-01');
    expect(varsOf('toiture-juin').lancement).toBe('2026-06-15');
    expect(isNonWorkingDay('2026-05-25')).toBe(true);
  });

  /** The in-game day after each `advanceDate`: avis +14, plis +35, justification +8, attribution +20, signature +14, avenant +45. */
  const IN_GAME_OFFSETS = [0, 14, 49, 57, 77, 91, 136];

  it.each(variantIds)(
    'erratum 11 — %s: every date the scenario shows or reaches is a working day',
    (variant) => {
      const vars = varsOf(variant);
      const shown = [
        'date',
        'lancement',
        'receptionOffres',
        'envoiRejet',
        'signatureAuPlusTot',
        'signatureMarche',
        'factureRecue',
      ].map((name) => [name, String(vars[name])]);
      const reached = IN_GAME_OFFSETS.map((days) => [`date+${days}`, addDays(String(vars.date), days)]);
      for (const [name, date] of [...shown, ...reached])
        expect([name, date, isNonWorkingDay(String(date))]).toEqual([name, date, false]);
    },
  );
});
