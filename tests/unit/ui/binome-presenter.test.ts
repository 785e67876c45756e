import { describe, expect, it } from 'vitest';
import { autoplay } from '../../../src/core/scenario';
import { decodeResult } from '../../../src/core/binome';
import { ofSeat, presentBinomeDebrief, seatName, type Pair } from '../../../src/ui/binome/binome-presenter';
import { repoScenario } from '../scenarios/scenario-kit';

const { scenario, program } = repoScenario('situations-de-tension');

describe('the binôme screens’ words', () => {
  it.each([
    [{ mandate: 'maire', eluName: '', sgmName: '' }, 'le ou la maire', 'le ou la SGM'],
    [{ mandate: 'adjoint', eluName: '', sgmName: '' }, 'l’adjoint(e)', 'le ou la SGM'],
    [{ mandate: 'adjoint', eluName: 'Hélène', sgmName: 'Karim' }, 'Hélène (adjoint(e))', 'Karim (SGM)'],
    [
      { mandate: 'conseiller', eluName: 'Paul', sgmName: '' },
      'Paul (conseiller(ère) délégué(e))',
      'le ou la SGM',
    ],
  ] as const)('names the seats of %o', (pair: Pair, elu, sgm) => {
    expect(seatName(pair, 'maire')).toBe(elu);
    expect(seatName(pair, 'sgm')).toBe(sgm);
  });

  it.each([
    [{ mandate: 'maire', eluName: '', sgmName: '' }, 'du ou de la maire', 'du ou de la SGM'],
    [{ mandate: 'adjoint', eluName: '', sgmName: 'Karim' }, 'de l’adjoint(e)', 'de Karim (SGM)'],
    [{ mandate: 'adjoint', eluName: 'Hélène', sgmName: 'Inès' }, 'd’Hélène (adjoint(e))', 'd’Inès (SGM)'],
    [
      { mandate: 'conseiller', eluName: 'Paul', sgmName: '' },
      'de Paul (conseiller(ère) délégué(e))',
      'du ou de la SGM',
    ],
  ] as const)('says « de » with the elisions of French for %o', (pair: Pair, elu, sgm) => {
    expect(ofSeat(pair, 'maire')).toBe(elu);
    expect(ofSeat(pair, 'sgm')).toBe(sgm);
  });

  it('debriefs a careless pair: every act judged by the law, the profile, a code the facilitator can read', () => {
    const run = autoplay(program, { seed: 3 }, 'careless', 3);
    const model = presentBinomeDebrief(
      scenario,
      { mandate: 'maire', eluName: '', sgmName: '' },
      run.snapshot.context,
    );
    expect(model.rows).toHaveLength(5);
    expect(model.rows.every((row) => row.verdict !== 'conforme' && row.reference.length > 3)).toBe(true);
    expect(model.rows.every((row) => row.explained === 'Conseil donné sans explication.')).toBe(true);
    expect(model.legalLine).toMatch(/^\d acte\(s\) légal\(aux\) sur 5/);
    expect(model.profile.axes.map((axis) => axis.id)).toEqual(['confiance', 'tension', 'copilotage']);
    const decoded = decodeResult(model.code ?? '', [scenario]);
    expect(decoded.ok && decoded.value.seed).toBe(3);
  });
});
