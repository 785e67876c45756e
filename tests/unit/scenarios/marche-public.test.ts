import { describe, expect, it } from 'vitest';
import { isNonWorkingDay } from '../../../src/core/dates';
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

describe('marche-public: golden path (seed 2, cantine-septembre, procédure formalisée)', () => {
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
      ['procedure-joue.seuil', 'conforme'],
      ['procedure-joue.procedure', 'conforme'],
      ['procedure-joue.publicite', 'conforme'],
      ['dossier.pieces', 'conforme'],
      ['dossier.ccag', 'conforme'],
      ['critere-env-requis', 'conforme'],
      ['criteres', 'conforme'],
      ['avis', 'conforme'],
      ['conflit', 'conforme'],
      ['offre-basse', 'conforme'],
      ['offre-basse-rejet', 'conforme'],
      ['analyse-cantine', 'conforme'],
      ['attribution-formalisee.motifs', 'conforme'],
      ['attribution-formalisee.signature', 'conforme'],
      ['attribution-formalisee.debut', 'conforme'],
      ['execution.avance', 'conforme'],
      ['execution.montant', 'conforme'],
      ['execution.retenue', 'conforme'],
      ['avenant-possible', 'conforme'],
    ]);
    expect(mark(evidence)).toBe(20);
  });

  it('expects the values the rules give: 228 000 € HT, dispense at 60 000 €, signature 11 days after sending', () => {
    const { vars } = replay.snapshot.context;
    expect(vars.valeurEstimee).toBe(228_000);
    expect(vars.seuilDispense).toBe(60_000);
    expect(vars.envoiRejet).toBe('2026-11-16');
    expect(vars.signatureAuPlusTot).toBe('2026-11-27');
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
      ['dossier.pieces', 'risque'],
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
      const args = { launchDate: vars.lancement, nature: vars.nature, valueHT: vars.valeurEstimee };
      const publicite = calculators['commandePublique.publicite'];
      const parsed = publicite?.args.parse(args);
      expect(['boamp_et_joue', 'boamp_ou_jal', 'libre_adaptee']).toContain(publicite?.compute(parsed));
      const splitting = calculators['commandePublique.isSplitting'];
      const orders = {
        launchDate: vars.lancement,
        nature: vars.nature,
        order1HT: vars.fraction1,
        order2HT: vars.fraction2,
        order3HT: vars.fraction3,
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
    expect(summary('cantine-septembre-2027')).toEqual(['2027-09-20', 234_000, 60_000, 'formalisee']);
    expect(summary('toiture-octobre-2027')).toEqual(['2027-10-04', 180_000, 100_000, 'adaptee']);
    expect(summary('tondeuse-octobre-2027')).toEqual(['2027-10-11', 72_600, 60_000, 'adaptee']);
    const required = calculators['commandePublique.environmentalCriterionRequired'];
    for (const variant of Y2027) {
      const args = required?.args.parse({ launchDate: varsOf(variant).lancement });
      expect([variant, required?.compute(args)]).toEqual([variant, true]);
    }
  });

  it('computes the 2027 deadlines: offers on 25 October, standstill to Friday 3 December 2027', () => {
    const vars = varsOf('cantine-septembre-2027');
    expect(vars.receptionOffres).toBe('2027-10-25');
    expect(vars.envoiRejet).toBe('2027-11-22');
    expect(vars.signatureAuPlusTot).toBe('2027-12-03');
    expect(vars.signatureMarche).toBe('2027-12-06');
    expect(vars.avanceMinimum).toBe(3239.5);
  });

  it.each([
    ['cantine-septembre-2027', 'procedure-joue', 'attribution-formalisee', 'avenant-impossible'],
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
