import { describe, expect, it } from 'vitest';
import {
  commandePubliqueAssessors,
  commandePubliqueCalculators,
} from '../../../../../../src/core/scenario/vocabulary/domains/commande-publique';

type Calculators = typeof commandePubliqueCalculators;

function compute<N extends keyof Calculators>(name: N, args: Record<string, unknown>): unknown {
  const calculator = commandePubliqueCalculators[name] as {
    args: { parse: (raw: unknown) => unknown };
    compute: (parsed: never) => unknown;
  };
  return calculator.compute(calculator.args.parse(args) as never);
}

describe('commande-publique calculators (thin wrappers over the rule engine)', () => {
  it('values issue 10’s example: 2 lots × (2 + 1) years = 105 000 € HT', () => {
    expect(
      compute('commande-publique.estimatedValue', {
        lot1HT: 20_000,
        lot1Annual: true,
        lot2HT: 15_000,
        lot2Annual: true,
        years: 2,
        renewalYears: 1,
      }),
    ).toBe(105_000);
  });

  it('adds a one-off part to a yearly one, and refuses a yearly lot without a duration', () => {
    expect(
      compute('commande-publique.estimatedValue', {
        lot1HT: 34_000,
        lot2HT: 3_500,
        lot2Annual: true,
        years: 4,
      }),
    ).toBe(48_000);
    expect(() => compute('commande-publique.estimatedValue', { lot1HT: 3_500, lot1Annual: true })).toThrow(
      /years/,
    );
  });

  it.each([
    ['2026-03-31', 'adaptee', 'libre_adaptee', 40_000],
    ['2026-04-01', 'sans_publicite', 'aucune_obligatoire', 60_000],
  ])(
    '50 000 € HT of services launched on %s: %s, %s (dispense %d)',
    (launchDate, procedure, publicite, dispense) => {
      const args = { launchDate, nature: 'services', valueHT: 50_000 };
      expect(compute('commande-publique.procedure', args)).toBe(procedure);
      expect(compute('commande-publique.publicite', args)).toBe(publicite);
      expect(
        compute('commande-publique.threshold', { kind: 'dispense', launchDate, nature: 'services' }),
      ).toBe(dispense);
      expect(compute('commande-publique.procedureExplanation', args)).toMatch(/^Valeur estimée 50/);
    },
  );

  it.each([
    [[58_000, 86_000, 21_000], true],
    [[20_000, 10_000, 5_000], false],
  ])('works orders %j of one operation: splitting %s', (orders, splitting) => {
    expect(
      compute('commande-publique.isSplitting', {
        launchDate: '2026-06-08',
        nature: 'travaux',
        order1HT: orders[0],
        order2HT: orders[1],
        order3HT: orders[2],
      }),
    ).toBe(splitting);
  });

  it.each([
    ['2026-08-20', false],
    ['2026-08-21', true],
  ])('environmental criterion for a launch on %s: %s', (launchDate, required) => {
    expect(compute('commande-publique.environmentalCriterionRequired', { launchDate })).toBe(required);
  });

  it('lists the dossier pieces and the usual CCAG', () => {
    expect(
      compute('commande-publique.consultationDocuments', {
        procedure: 'adaptee',
        nature: 'travaux',
        priceForm: 'global_forfaitaire',
      }),
    ).toBe('rc,ae,ccap,cctp,dpgf,dc1_dc2');
    expect(compute('commande-publique.usualCcag', { nature: 'travaux' })).toBe('ccag_travaux');
  });

  it.each([
    [false, true],
    [true, false],
  ])('justifications convincing %s: rejection due %s', (justificationConvincing, mustReject) => {
    expect(compute('commande-publique.mustRejectAbnormallyLowOffer', { justificationConvincing })).toBe(
      mustReject,
    );
  });

  it.each([
    ['formalisee', true, '2026-09-12', true],
    ['formalisee', false, '2026-09-17', true],
    ['adaptee', true, '2026-09-01', false],
  ])(
    '%s, electronic %s: signature from %s, standstill required %s',
    (procedure, electronic, date, required) => {
      expect(
        compute('commande-publique.earliestSignature', {
          procedure,
          rejectionSentOn: '2026-09-01',
          electronic,
        }),
      ).toBe(date);
      expect(
        compute('commande-publique.standstillRequired', { procedure, rejectionSentOn: '2026-09-01' }),
      ).toBe(required);
      expect(compute('commande-publique.reasonsCommunication', { procedure })).toBe(
        procedure === 'formalisee' ? 'dans_la_lettre' : 'sur_demande',
      );
    },
  );

  it.each([
    [50_000, 4, false, 0],
    [50_000.01, 4, true, 3_000.01],
    [176_700, 36, true, 3_239.5],
  ])(
    'advance for %d € HT over %d months: required %s, at least %d € TTC',
    (amountHT, months, required, minimum) => {
      const args = { initialAmountHT: amountHT, initialAmountTTC: amountHT * 1.2, durationMonths: months };
      if (months === 36) args.initialAmountTTC = 194_370;
      expect(compute('commande-publique.advanceRequired', args)).toBe(required);
      expect(compute('commande-publique.advanceMinimumTTC', args)).toBe(minimum);
    },
  );

  it.each([
    ['travaux', 7_799.99, true],
    ['travaux', 7_800, false],
    ['services', 5_199.99, true],
    ['services', 5_200, false],
  ])('%s: a modification of %d € HT on 52 000 € HT is small: %s', (nature, modificationHT, small) => {
    expect(
      compute('commande-publique.isSmallModification', {
        nature,
        initialAmountHT: 52_000,
        modificationHT,
        date: '2026-10-01',
      }),
    ).toBe(small);
  });

  it('adds earlier modifications before comparing with the cap', () => {
    const args = { nature: 'services', initialAmountHT: 52_000, modificationHT: 3_000, date: '2026-10-01' };
    expect(compute('commande-publique.isSmallModification', args)).toBe(true);
    expect(
      compute('commande-publique.isSmallModification', { ...args, previousModificationsHT: 2_200 }),
    ).toBe(false);
  });

  it('caps the retenue de garantie at 5 % and shows the uncertain points as information', () => {
    expect(compute('commande-publique.retenueMaximum', { initialAmount: 62_400 })).toBe(3_120);
    expect(compute('commande-publique.retenueMaximum', { initialAmount: 62_400, modification: 7_000 })).toBe(
      3_470,
    );
    expect(
      compute('commande-publique.essentialDataNote', { awardedOn: '2026-11-30', amountHT: 58_000 }),
    ).toMatch(/non noté/);
    expect(compute('commande-publique.paymentNote', { invoiceReceivedOn: '2027-02-01' })).toMatch(
      /non notée/,
    );
  });
});

const ranking = commandePubliqueAssessors['commande-publique.offerRanking'];
const toiture = {
  offers: ['martin', 'val', 'bertin'],
  names: ['Couvertures Martin', 'Toitures du Val', 'Bertin Bâtiment'],
  prices: [52_000, 84_000, 79_500],
  criteria: ['prix', 'technique', 'environnement'],
  criterionNames: ['prix', 'valeur technique', 'environnement'],
  weights: [60, 30, 10],
  priceCriterion: 'prix',
  marks: [8, 9, 8, 6, 6, 5],
  scale: 10,
};
const right = {
  'martin.prix': 10,
  'martin.technique': 8,
  'martin.environnement': 9,
  'val.prix': 6,
  'val.technique': 8,
  'val.environnement': 6,
  'bertin.prix': 7,
  'bertin.technique': 6,
  'bertin.environnement': 5,
};

describe('commande-publique.offerRanking assessor', () => {
  const args = ranking.args.parse(toiture);

  it('judges conforme the marks of the formula and the grid', () => {
    expect(ranking.assess(right, args)).toEqual({
      verdict: 'conforme',
      explanation: '',
      reference: expect.stringMatching(/^CCP L2152-7/) as unknown as string,
    });
  });

  it('judges risque a wrong price mark that leaves the winner first', () => {
    const assessment = ranking.assess({ ...right, 'bertin.prix': 6 }, args);
    expect(assessment.verdict).toBe('risque');
    expect(assessment.explanation).toContain('Bertin Bâtiment, prix : 7 (6,54 arrondi), et non 6');
  });

  it('judges illegal marks that put another offer first, and names the rule’s winner', () => {
    const assessment = ranking.assess({ ...right, 'val.technique': 10, 'val.prix': 10 }, args);
    expect(assessment.verdict).toBe('illegal');
    expect(assessment.explanation).toContain(
      '1. Couvertures Martin (93/100), 2. Toitures du Val (67,14/100)',
    );
    expect(assessment.explanation).toContain('Vos notes plaçaient en tête Toitures du Val');
  });

  it('judges illegal a tie at the top of the player’s marks', () => {
    const tied = { ...right, 'val.prix': 10, 'val.technique': 8, 'val.environnement': 9 };
    expect(ranking.assess(tied, args).verdict).toBe('illegal');
  });

  it.each([
    ['a missing name', { names: ['Couvertures Martin', 'Toitures du Val'] }, /autant de noms/],
    ['weights not adding up to 100', { weights: [60, 30, 20] }, /totaliser 100/],
    ['a mark above the scale', { marks: [8, 9, 8, 6, 6, 11] }, /de 0 à 10/],
    ['two offers tied first', { prices: [52_000, 52_000, 79_500], marks: [8, 9, 8, 9, 6, 5] }, /égalité/],
  ])('refuses scenario data with %s', (_what, change, message) => {
    const parsed = ranking.args.safeParse({ ...toiture, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join(' ')).toMatch(message);
  });
});
