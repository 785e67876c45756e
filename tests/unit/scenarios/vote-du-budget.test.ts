import { describe, expect, it } from 'vitest';
import {
  checkDocumentedCredit,
  checkEquilibreReel,
  checkGrantSincerity,
  checkNoUnforeseenExpensesCredit,
  checkTaxProductSincerity,
} from '../../../src/core/rules/budget';
import { assessors, autoplay, startRun, type ScenarioEvent } from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { resolveArgs } from '../../../src/core/scenario/runtime/values';
import {
  fixtureScript,
  markOf,
  playScript,
  repoScenario,
  seedOf as seedOfVariant,
  verdicts,
} from './scenario-kit';
import { repoCatalogue } from '../core/scenario/repo-scenarios';

const { scenario, program } = repoScenario('vote-du-budget');
const catalogue = repoCatalogue();

const script = (name: string) => fixtureScript('vote-du-budget', name);

const play = (seed: number, events: readonly ScenarioEvent[]) => playScript(program, seed, events);

const mark = (evidence: readonly Evidence[]) => markOf(scenario, evidence);

const seedOf = (variant: string) => seedOfVariant(program, variant);
const VARIANTS = (scenario.variants ?? []).map((variant) => variant.id);

describe('« Le vote du budget »: shape', () => {
  it('loads, with three variants, at least eight decisions per run and a maire ↔ SGM exchange', () => {
    expect(catalogue.errors.filter((error) => error.file.includes('vote-du-budget'))).toEqual([]);
    expect(VARIANTS).toEqual(['renouvellement-2026', 'seance-tardive-2027', 'ordinaire-2027']);
    for (const variant of VARIANTS) {
      const decisions = new Set(
        autoplay(program, { seed: seedOf(variant) }, 'good', 1).snapshot.context.evidence.map(
          (item) => item.step.split('.')[0],
        ),
      );
      expect(decisions.size).toBeGreaterThanOrEqual(8);
    }
    for (const id of ['tension-subvention', 'tension-fiscalite']) {
      const step = scenario.steps[id];
      expect(
        step?.type === 'choice' && step.exchange && step.speaker === 'maire' && step.role === 'sgm',
      ).toBe(true);
      expect(Object.values(scenario.scoring[id]?.options ?? {}).map((outcome) => outcome.verdict)).toEqual([
        'conforme',
        'acceptable',
        'illegal',
      ]);
    }
  });
});

describe('« Le vote du budget »: scripted paths (seed 5, variant seance-tardive-2027)', () => {
  it('golden path: every decision conforme, 20/20', () => {
    const session = play(5, script('golden-seed-5.json'));
    expect(session.isDone()).toBe(true);
    expect(verdicts(session.evidence())).toEqual([
      ['calendrier.dateLimite', 'conforme'],
      ['calendrier.taux', 'conforme'],
      ['dob', 'conforme'],
      ['seance-hors-delai', 'conforme'],
      ['cdl', 'conforme'],
      ['collecte', 'conforme'],
      ['avant-vote.quart', 'conforme'],
      ['avant-vote.chauffage', 'conforme'],
      ['avant-vote.echeance', 'conforme'],
      ['tracteur-impossible', 'conforme'],
      ['produit-fiscal.produit', 'conforme'],
      ['produit-fiscal.retard', 'conforme'],
      ['avant-projet', 'conforme'],
      ['tension-fiscalite', 'conforme'],
      ['budget-primitif', 'conforme'],
      ['fongibilite.delegation', 'conforme'],
      ['fongibilite.plafond', 'conforme'],
      ['fongibilite.personnel', 'conforme'],
      ['apres-vote.transmission', 'conforme'],
      ['apres-vote.presentation', 'conforme'],
      ['apres-vote.miseEnLigne', 'conforme'],
      ['consequences', 'conforme'],
    ]);
    expect(mark(session.evidence())).toBe(20);
  });

  it('careless path: the usual mistakes, each with its verdict, and a failing mark', () => {
    const session = play(5, script('careless-seed-5.json'));
    expect(session.isDone()).toBe(true);
    const evidence = session.evidence();
    expect(verdicts(evidence)).toEqual([
      ['calendrier.dateLimite', 'risque'], // 30 avril : la règle de l'année du renouvellement
      ['calendrier.taux', 'conforme'],
      ['dob', 'acceptable'],
      ['seance-hors-delai', 'illegal'], // garde le 22 avril
      ['cdl', 'acceptable'],
      ['collecte', 'acceptable'], // la subvention espérée rangée en recettes
      ['avant-vote.quart', 'illegal'], // le chapitre 16 compté dans le quart
      ['avant-vote.chauffage', 'conforme'],
      ['avant-vote.echeance', 'risque'],
      ['tracteur-impossible', 'illegal'],
      ['produit-fiscal.produit', 'conforme'],
      ['produit-fiscal.retard', 'risque'],
      ['avant-projet', 'risque'], // 022 et chapitre 13 manqués
      ['tension-fiscalite', 'acceptable'],
      ['budget-primitif', 'illegal'], // subvention non notifiée inscrite
      ['fongibilite.delegation', 'conforme'],
      ['fongibilite.plafond', 'risque'], // 7,5 % de toutes les dépenses, ordre compris
      ['fongibilite.personnel', 'illegal'],
      ['apres-vote.transmission', 'risque'], // quinze jours après le vote
      ['apres-vote.presentation', 'conforme'],
      ['apres-vote.miseEnLigne', 'conforme'],
      ['consequences', 'risque'],
    ]);
    expect(mark(evidence)).toBeLessThan(10);
    const budget = evidence.find((item) => item.step === 'budget-primitif');
    expect(budget?.explanation).toContain('30\u202f000\u00a0€ de recette surestimée');
    expect(session.snapshot().context.log).toHaveLength(script('careless-seed-5.json').length);
  });
});

describe('« Le vote du budget »: every variant', () => {
  it.each(VARIANTS)('the good bot gets 20/20 in %s', (variant) => {
    const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
    expect(run.stoppedBecause).toBeNull();
    expect(run.snapshot.context.evidence.every((item) => item.verdict === 'conforme')).toBe(true);
    expect(mark(run.snapshot.context.evidence)).toBe(20);
  });

  it.each([
    ['renouvellement-2026', '2026-04-30', '2026-05-15', 26_000, 'seance-dans-delai', 'tracteur-possible'],
    ['seance-tardive-2027', '2027-04-15', '2027-04-30', 18_500, 'seance-hors-delai', 'tracteur-impossible'],
    ['ordinaire-2027', '2027-04-15', '2027-04-30', 22_500, 'seance-dans-delai', 'tracteur-impossible'],
  ])(
    '%s: deadlines, quarter and branches come from the rules',
    (variant, vote, sent, quarter, seance, tracteur) => {
      const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
      const { vars } = run.snapshot.context;
      expect(vars.dateLimite).toBe(vote);
      expect(vars.tauxLimite).toBe(vote);
      expect(vars.transmissionLimite).toBe(sent);
      expect(vars.quart).toBe(quarter);
      expect(run.visited).toContain(seance);
      expect(run.visited).toContain(tracteur);
    },
  );
});

describe('« Le vote du budget »: the budget data agree with the rules', () => {
  const decision = scenario.scoring['budget-primitif'];
  const solution = decision?.solution ?? {};
  const amount = (line: string) => {
    const value = solution[line];
    return typeof value === 'number' ? value : 0;
  };
  const side = (prefix: string) =>
    Object.fromEntries(
      Object.keys(solution)
        .filter((line) => line.startsWith(`${prefix}-`))
        .map((line) => [line.slice(3), amount(line)]),
    );

  it('the model budget is judged conforme by the assessor in every variant', () => {
    const assessor = assessors['budget.equilibreReel'];
    for (const variant of VARIANTS) {
      const { vars } = startRun(program, { seed: seedOf(variant) }).context;
      const args = assessor?.args.parse(resolveArgs(decision?.assessor?.args ?? {}, vars));
      expect(assessor?.assess(solution, args)).toEqual({
        verdict: 'conforme',
        explanation: '',
        reference: 'CGCT L1612-4',
      });
    }
  });

  it('the model budget is in équilibre réel, with the virement covering what the loan may not', () => {
    const report = checkEquilibreReel({
      fonctionnement: { depenses: side('fd'), recettes: side('fr') },
      investissement: { depenses: side('id'), recettes: side('ir') },
    });
    expect(report.equilibreReel).toBe(true);
    expect(report.fonctionnement.solde).toBe(0);
    expect(report.investissement.solde).toBe(0);
    // Without the virement, own resources (10, 13, 040) would not cover the capital: the 023/021 matters.
    expect(report.ressourcesPropres - amount('ir-021')).toBeLessThan(report.remboursementCapital);
  });

  it('the computed fongibilité ceiling and the « budget présenté » document use the model budget', () => {
    const args = scenario.computed?.plafondFongibilite;
    const chapters = typeof args === 'object' && 'rule' in args ? args.args : {};
    for (const [code, value] of Object.entries(chapters)) expect(amount(`fd-${code}`)).toBe(value);
    const { vars } = startRun(program, { seed: 1 }).context;
    expect(vars.plafondFongibilite).toBe(45_960);
    expect(vars.depensesReellesF).toBe(612_800);
  });

  it('the draft lines marked as discrepancies are exactly those the rules reject', () => {
    const { vars } = startRun(program, { seed: 1 }).context;
    const draftGrants = Number(vars.brouillon13);
    const taxLines = [
      { tax: 'TFPB', base: 890_000, ratePercent: 36.4 },
      { tax: 'TFPNB', base: 52_000, ratePercent: 48.2 },
      { tax: 'THRS', base: 96_000, ratePercent: 12.5 },
    ] as const;
    const rejected = {
      interets: !checkDocumentedCredit({
        section: 'fonctionnement',
        side: 'depenses',
        chapter: '66',
        documented: 14_800,
        entered: 12_300,
      }).passed,
      imprevues: !checkNoUnforeseenExpensesCredit({
        fonctionnement: { depenses: { '022': 45_000 }, recettes: {} },
        investissement: { depenses: {}, recettes: {} },
      }).passed,
      fiscalite: !checkTaxProductSincerity({ lines: taxLines, entered: 372_000 }).check.passed,
      subventions: !checkGrantSincerity({ label: 'chapitre 13', entered: draftGrants, notified: 54_000 })
        .passed,
      personnel: !checkDocumentedCredit({
        section: 'fonctionnement',
        side: 'depenses',
        chapter: '012',
        documented: 285_000,
        entered: 285_000,
      }).passed,
      capital: !checkDocumentedCredit({
        section: 'investissement',
        side: 'depenses',
        chapter: '16',
        documented: 96_500,
        entered: 96_500,
      }).passed,
    };
    const marked = Object.entries(rejected)
      .filter(([, isRejected]) => isRejected)
      .map(([field]) => `avant-projet.${field}`);
    expect(marked.sort()).toEqual([...(scenario.scoring['avant-projet']?.discrepancies ?? [])].sort());
    expect(vars.produitFiscal).toBe(361_024);
  });
});
