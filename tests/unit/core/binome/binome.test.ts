import { describe, expect, it } from 'vitest';
import {
  binomeProfile,
  decodeResult,
  encodeResult,
  gaveWayOn,
  judgeChoices,
  pairChoicesOf,
  type BinomeDecision,
  type PairChoice,
} from '../../../../src/core/binome';
import { crc32 } from '../../../../src/core/save/checksum';
import { autoplay } from '../../../../src/core/scenario';
import { repoScenario } from '../../scenarios/scenario-kit';

const { scenario, program } = repoScenario('situations-de-tension');

const pair = (decision: string, advised: string, decided: string, explained = true): PairChoice => ({
  decision,
  advised,
  decided,
  explained,
});

describe('who gave way', () => {
  it.each([
    ['agreed on the option the card pushed towards', 'nom', 'nom', 'nom', 'aucun'],
    ['the élu followed the advice against the card', 'ecoute', 'ecoute', 'nom', 'elu'],
    ['the élu decided against the advice', 'ecoute', 'nom', 'nom', 'sgm'],
    ['the élu decided against the advice, away from the card too', 'nom', 'renvoyer', 'nom', 'sgm'],
    ['agreed, no pressure on the card', 'ecoute', 'ecoute', undefined, 'aucun'],
  ] as const)('%s → %s', (_name, advised, decided, pressure, expected) => {
    expect(gaveWayOn(pair('guichet-plainte', advised, decided), pressure)).toBe(expected);
  });
});

describe('the pair’s decisions, judged by the pack', () => {
  it('judges the decided option, whoever advised it, with its topic, explanation and reference', () => {
    const [followed, overruled] = judgeChoices(scenario, [
      pair('guichet-plainte', 'ecoute', 'ecoute'),
      pair('recrutement-proche', 'publier', 'direct', false),
    ]);
    expect(followed).toMatchObject({
      topic: 'Un habitant en colère au guichet',
      agreed: true,
      gaveWay: 'elu',
      verdict: 'conforme',
      reference: 'CGFP L121-6, L121-7 ; code pénal 226-13',
    });
    expect(overruled).toMatchObject({ agreed: false, gaveWay: 'sgm', verdict: 'illegal', explained: false });
    expect(overruled?.explanation).toMatch(/CGFP L313-4/);
  });

  it('reads the choices of a finished run', () => {
    const run = autoplay(program, { seed: 0 }, 'careless', 0);
    const choices = pairChoicesOf(run.snapshot.context);
    expect(choices).toHaveLength(5);
    expect(choices.every((choice) => !choice.explained)).toBe(true);
    const judged = judgeChoices(scenario, choices, run.snapshot.context.vars);
    expect(judged.map((decision) => decision.verdict)).toEqual(
      run.snapshot.context.evidence.map((item) => item.verdict),
    );
  });
});

const decided = (
  agreed: boolean,
  verdict: BinomeDecision['verdict'],
  gaveWay: BinomeDecision['gaveWay'],
  explained: boolean,
) => ({ agreed, verdict, gaveWay, explained }) as BinomeDecision;

describe('the binôme profile: a discussion aid on three axes', () => {
  it.each([
    [
      'always agreed, always explained, always legal',
      [decided(true, 'conforme', 'aucun', true), decided(true, 'conforme', 'elu', true)],
      { confiance: 100, tension: 50, copilotage: 100 },
    ],
    [
      'always overruled, never explained',
      [decided(false, 'illegal', 'sgm', false), decided(false, 'conforme', 'sgm', false)],
      { confiance: 0, tension: 100, copilotage: 0 },
    ],
    [
      'agreed on an illegal act, explained once',
      [decided(true, 'illegal', 'aucun', true), decided(false, 'conforme', 'sgm', false)],
      { confiance: 50, tension: 50, copilotage: 25 },
    ],
    ['nothing decided', [], { confiance: 0, tension: 0, copilotage: 0 }],
  ])('%s', (_name, decisions, values) => {
    const profile = binomeProfile(decisions);
    expect(Object.fromEntries(profile.axes.map((axis) => [axis.id, axis.value]))).toEqual(values);
    for (const axis of profile.axes) {
      expect(axis.summary).toMatch(/\d/);
      expect(axis.question).toMatch(/\?$/);
    }
  });

  it('names the levels in words, a lively tension being no fault', () => {
    const lively = binomeProfile([decided(false, 'conforme', 'sgm', true)]);
    expect(lively.axes.find((axis) => axis.id === 'tension')?.levelLabel).toBe('Vive');
    expect(lively.axes.find((axis) => axis.id === 'confiance')?.levelLabel).toBe('En chemin');
  });
});

describe('the result code', () => {
  const choices = [
    pair('guichet-plainte', 'ecoute', 'ecoute'),
    pair('recrutement-proche', 'publier', 'direct', false),
    pair('reseaux-reponse', 'details', 'general'),
  ];

  it('is short, and reads back exactly', () => {
    const code = encodeResult(scenario, 1234, choices) ?? '';
    expect(code).toMatch(/^ST1-YA-A11EC01NF01E-[0-9A-Z]{4}$/);
    expect(decodeResult(code, [scenario])).toEqual({
      ok: true,
      value: { packId: 'situations-de-tension', version: 1, seed: 1234, choices },
    });
    expect(decodeResult(` ${code.toLowerCase()} `, [scenario]).ok).toBe(true);
  });

  it('encodes every run of the good and careless bots', () => {
    for (const strategy of ['good', 'careless'] as const) {
      const run = autoplay(program, { seed: 7 }, strategy, 7);
      const played = pairChoicesOf(run.snapshot.context);
      const decoded = decodeResult(encodeResult(scenario, 7, played) ?? '', [scenario]);
      expect(decoded.ok && decoded.value.choices).toEqual(played);
    }
  });

  const code = encodeResult(scenario, 1234, choices) ?? '';
  const swap = (at: number, by: string) => `${code.slice(0, at)}${by}${code.slice(at + 1)}`;
  it.each([
    ['empty', '', /^Saisissez un code/],
    ['not a code', 'bonjour', /^Code illisible/],
    ['a mistyped option', swap(code.indexOf('A11E') + 1, '2'), /^Code abîmé/],
    ['a mistyped key', swap(code.length - 1, code.endsWith('0') ? '1' : '0'), /^Code abîmé/],
    ['an unknown pack', 'ZZ1-1-A00E-0000', /^Code abîmé|aucun pack/],
  ])('refuses %s with a French message', (_name, text, message) => {
    const decoded = decodeResult(text, [scenario]);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(message);
  });

  it('refuses a well-keyed code of another version, or naming an option the pack lacks', () => {
    const other = encodeResult({ ...scenario, version: 2 }, 5, choices) ?? '';
    const decoded = decodeResult(other, [scenario]);
    expect(!decoded.ok && decoded.error).toMatch(/version 2 du pack « Situations de tension/);
    // A well-keyed code (the key is the CRC-32 of the body, in four base-36 characters) with an option 9.
    const body = 'ST1-5-A91E';
    const key = (Number.parseInt(crc32(body), 16) % 36 ** 4).toString(36).toUpperCase().padStart(4, '0');
    const forged = decodeResult(`${body}-${key}`, [scenario]);
    expect(!forged.ok && forged.error).toMatch(/une décision ou une option que le pack n’a pas/);
  });

  it('is not made for a scenario that is not a pack', () => {
    expect(encodeResult(repoScenario('premier-jour').scenario, 1, choices)).toBeNull();
  });
});
