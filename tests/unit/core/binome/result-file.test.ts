import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advisedSteps,
  encodeResult,
  isResultPack,
  parseResultFile,
  resultFileOf,
  RESULT_FILE_FORMAT,
  type PairChoice,
} from '../../../../src/core/binome';
import { repoScenario } from '../../scenarios/scenario-kit';

const { scenario } = repoScenario('situations-de-tension');
const packs = [scenario];
const steps = advisedSteps(scenario);

/** Any set of the pack's decisions, each with an advised and a decided option, explained or not. */
const choicesArbitrary = fc.subarray(steps, { minLength: 1 }).chain((chosen) =>
  fc.tuple(
    ...chosen.map((step) =>
      fc.record({
        decision: fc.constant(step.decision),
        advised: fc.constantFrom(...step.options.map((option) => option.id)),
        decided: fc.constantFrom(...step.options.map((option) => option.id)),
        explained: fc.boolean(),
      }),
    ),
  ),
);

const choices: PairChoice[] = [
  { decision: 'guichet-plainte', advised: 'ecoute', decided: 'nom', explained: true },
];
const code = encodeResult(scenario, 7, choices) ?? '';

function fileText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    format: RESULT_FILE_FORMAT,
    version: 1,
    packId: scenario.id,
    code,
    savedOn: '2026-12-08',
    ...fields,
  });
}

describe('the pair’s result file', () => {
  it('is named after the pack and the day, and holds the code and the pack, never a first name', () => {
    const file = resultFileOf(scenario.id, code, '2026-12-08');
    expect(file?.fileName).toBe('binome-situations-de-tension-2026-12-08.json');
    expect(JSON.parse(file?.text ?? '')).toEqual({
      format: RESULT_FILE_FORMAT,
      version: 1,
      packId: 'situations-de-tension',
      code,
      savedOn: '2026-12-08',
    });
    expect(resultFileOf(scenario.id, null, '2026-12-08')).toBeNull();
  });

  it('reads back every file it writes, with the pair’s choices', () => {
    fc.assert(
      fc.property(choicesArbitrary, fc.nat({ max: 36 ** 7 - 1 }), (picked, seed) => {
        const written = encodeResult(scenario, seed, picked);
        const file = resultFileOf(scenario.id, written, '2026-12-08');
        const read = parseResultFile(file?.text ?? '', packs);
        expect(read).toEqual({
          ok: true,
          value: {
            code: written,
            result: { packId: scenario.id, version: scenario.version, seed, choices: picked },
          },
        });
      }),
    );
  });

  it('refuses any text that is not such a file with a French sentence, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const read = parseResultFile(text, packs);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.error).toMatch(/^[A-ZÀ-Ÿ].*[.:]/);
      }),
    );
  });

  it.each([
    ['a text that is not JSON', 'binome', /^Fichier illisible/],
    [
      'a save file',
      JSON.stringify({ format: 'une-annee-en-mairie/sauvegarde', version: 3 }),
      /pas un résultat de binôme/,
    ],
    ['a JSON array', '[1, 2]', /pas un résultat de binôme/],
    ['a newer format', fileText({ version: 2 }), /version plus récente/],
    ['a file without its code', fileText({ code: undefined }), /^Fichier de résultat abîmé : il y manque/],
    ['a file with a bad date', fileText({ savedOn: 'hier' }), /^Fichier de résultat abîmé : il y manque/],
    [
      'a damaged code',
      fileText({ code: `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}` }),
      /^Code abîmé/,
    ],
    [
      'a code of another pack than the one named',
      fileText({ packId: 'contrat-de-confiance' }),
      /ne correspond pas au pack/,
    ],
  ])('refuses %s with a French message', (_, text, message) => {
    const read = parseResultFile(text, packs);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(message);
  });

  it('knows which packs have result codes', () => {
    expect(isResultPack('situations-de-tension')).toBe(true);
    expect(isResultPack('premier-jour')).toBe(false);
    expect(isResultPack('toString')).toBe(false);
  });
});
