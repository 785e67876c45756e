import { describe, expect, it } from 'vitest';
import { CONTRACT_PACK_ID } from '../../../src/core/binome/contract';
import { autoplay } from '../../../src/core/scenario';
import { presentContract } from '../../../src/ui/binome/contract-presenter';
import { repoScenario } from '../scenarios/scenario-kit';

const { scenario, program } = repoScenario(CONTRACT_PACK_ID);
const named = { mandate: 'adjoint', eluName: 'Hélène', sgmName: 'Karim' } as const;
const anonymous = { mandate: 'maire', eluName: '', sgmName: '' } as const;

describe('the contrat de confiance screen’s words', () => {
  it('a careful pair: the parties by name and commune, every clause agreed, names at the places to sign', () => {
    const run = autoplay(program, { seed: 0 }, 'good', 0);
    expect(run.stoppedBecause).toBeNull();
    const model = presentContract(scenario, named, run.snapshot.context);
    const commune = String(run.snapshot.context.vars['commune']);
    expect(model.parties).toBe(`Entre Hélène (adjoint(e)) et Karim (SGM), à la mairie de ${commune}.`);
    expect(model.reviewLine).toBe('');
    expect(model.clauses).toHaveLength(8);
    expect(model.clauses.slice(0, 3).every((clause) => clause.status === 'convenu')).toBe(true);
    expect(model.signatures).toEqual([
      { seat: 'L’élu(e)', name: 'Hélène (adjoint(e))' },
      { seat: 'Le ou la SGM', name: 'Karim (SGM)' },
    ]);
    expect(model.preamble).toMatch(/acte juridique\u00a0: c’est/);
  });

  it('a careless pair: the clauses the law rejects are counted « à revoir »; without names, lines to fill in', () => {
    const run = autoplay(program, { seed: 0 }, 'careless', 0);
    expect(run.stoppedBecause).toBeNull();
    const model = presentContract(scenario, anonymous, run.snapshot.context);
    const toReview = model.clauses.filter((clause) => clause.status === 'a-revoir');
    expect(toReview.length).toBeGreaterThan(0);
    expect(model.reviewLine).toMatch(new RegExp(`^${toReview.length} clause\\(s\\) à revoir`));
    expect(model.parties).toMatch(/^Entre le ou la maire et le ou la SGM/);
    expect(model.signatures.map((place) => place.name)).toEqual(['', '']);
  });
});
