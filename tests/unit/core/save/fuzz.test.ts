import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compressContent,
  crc32,
  loadSaveText,
  payloadOf,
  saveText,
  SAVE_FORMAT,
} from '../../../../src/core/save';
import { playWeeks, newYear, repoYearLibrary, yearEnv } from '../year/year-fixtures';

const library = repoYearLibrary();
const env = yearEnv();
// Three weeks with the tutorial played: a short replay keeps thousands of runs fast.
const state = playWeeks(env, newYear(env, 12), 3);
const text = saveText(env, state, '2026-11-23T18:00:00Z');
const payload = payloadOf(env, state);

/** The loader's contract: a valid year, or a French message about the save. Never an exception. */
function checkOutcome(candidate: string): void {
  const loaded = loadSaveText(candidate, library);
  if (loaded.ok) {
    expect(loaded.value.state.setup.configId).toBe(env.config.id);
  } else {
    expect(loaded.error.message).toMatch(/sauvegarde|fichier|JSON/i);
    expect(loaded.error.message).toMatch(/[éèàùâêîôûç’«]/);
  }
}

function envelopeAround(content: unknown): string {
  const data = compressContent(content);
  return JSON.stringify({
    format: SAVE_FORMAT,
    version: 2,
    savedAt: 'x',
    label: 'y',
    data,
    checksum: crc32(data),
  });
}

// Thousands of mutations each replayed through the machines: seconds of work by design. The limit only stops a
// hung loader; on two shared cores the default 5 s would fail a correct loader (speed is measured by the bench).
describe('fuzzed saves never crash the loader', { timeout: 120_000 }, () => {
  it('the unmutated save loads', () => {
    const loaded = loadSaveText(text, library);
    expect(loaded.ok && loaded.value.state).toEqual(state);
  });

  it('survives byte flips anywhere in the file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 32, max: 0x17f })), {
          minLength: 1,
          maxLength: 4,
        }),
        (flips) => {
          const chars = [...text];
          for (const [position, code] of flips) chars[position] = String.fromCharCode(code);
          checkOutcome(chars.join(''));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('survives truncations and insertions', () => {
    fc.assert(
      fc.property(
        fc.nat(text.length),
        fc.string({ maxLength: 20 }),
        fc.nat(text.length),
        (cut, insert, at) => {
          checkOutcome(text.slice(0, cut));
          checkOutcome(text.slice(0, at) + insert + text.slice(at));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('survives random JSON and random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 200 })), (candidate) => checkOutcome(candidate)),
      { numRuns: 1000 },
    );
  });

  it('survives well-sealed envelopes around mutated contents (checksum recomputed)', () => {
    const mutatedLog = fc.array(
      fc.oneof(
        fc.constantFrom('e', 'a', 't', 'x'),
        fc.tuple(
          fc.constantFrom('o', 'c', 'p', 's'),
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom('premier-jour', 'g0@0 g1@2', 'courrier-deces'),
          ),
        ),
        fc.tuple(
          fc.constant('s'),
          fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 8 }),
        ),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.record({
          prefix: fc.nat(payload.log.length),
          extra: mutatedLog,
          seed: fc.oneof(fc.constant(payload.seed), fc.integer(), fc.double()),
          post: fc.constantFrom('temps-plein', 'temps-partage', 'mi-temps'),
          world: fc.constantFrom('saint-aubin-sur-loire', 'ailleurs'),
          version: fc.constantFrom(1, 2, 3),
        }),
        ({ prefix, extra, seed, post, world, version }) => {
          checkOutcome(
            envelopeAround({
              ...payload,
              seed,
              post,
              w: [world, version],
              log: [...payload.log.slice(0, prefix), ...extra],
            }),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('survives random contents in a sealed envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (content) => checkOutcome(envelopeAround(content))),
      { numRuns: 500 },
    );
  });
});
