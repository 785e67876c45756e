import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { depouillementRuleDomain } from '../../../../../src/core/rules/depouillement';

const fixtures = join(__dirname, '../../../../fixtures/rules/depouillement');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function run(raw: unknown) {
  const parsed = depouillementRuleDomain.parseCase(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return depouillementRuleDomain.evaluate(parsed.value);
}

describe('rules depouillement: issue 8 contract', () => {
  it('is the domain `depouillement`', () => {
    expect(depouillementRuleDomain.id).toBe('depouillement');
    expect(depouillementRuleDomain.title).toContain('Dépouillement');
  });

  it('reproduces the example of issue 8 exactly', () => {
    const out = run(readJson(join(fixtures, 'exemple-issue-8.json')));
    expect(out).toMatchObject({
      emargements: 412,
      enveloppes: 7,
      bulletinsSansEnveloppe: 1,
      ecart: -404,
      mentionAuPV: true,
      blancs: 2,
      nuls: 4,
      exprimes: 2,
      voix: { DURAND: 1, LEROY: 1, MOREAU: 0 },
      references: ['code électoral L65', 'code électoral L66'],
    });
    expect(out.details).toContainEqual(expect.objectContaining({ index: 4, classement: 'nul' }));
    const nuls = out.details.filter((d) => d.classement === 'nul').map((d) => [d.origine, d.index]);
    expect(nuls).toEqual([
      ['enveloppe', 4],
      ['enveloppe', 5],
      ['enveloppe', 6],
      ['sansEnveloppe', 0],
    ]);
    const blancs = out.details.filter((d) => d.classement === 'blanc').map((d) => d.index);
    expect(blancs).toEqual([1, 2]);
    for (const detail of out.details) expect(detail.motif.length).toBeGreaterThan(0);
  });

  const cases = readdirSync(fixtures)
    .filter((name) => name.endsWith('.json') && name !== 'malformed.json')
    .map((name) => name.replace(/\.json$/, ''));

  it('has the contract example and at least four other cases', () => {
    expect(cases).toContain('exemple-issue-8');
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('case %s gives its expected output', (name) => {
    const out = run(readJson(join(fixtures, `${name}.json`)));
    expect(out).toEqual(readJson(join(fixtures, 'expected', `${name}.json`)));
  });

  it.each(cases)('case %s holds together (écart, exprimés, voix)', (name) => {
    const out = run(readJson(join(fixtures, `${name}.json`)));
    expect(out.ecart).toBe(out.enveloppes + out.bulletinsSansEnveloppe - out.emargements);
    if (out.ecart !== 0) expect(out.mentionAuPV).toBe(true);
    expect(out.exprimes).toBe(out.enveloppes + out.bulletinsSansEnveloppe - out.blancs - out.nuls);
    expect(out.exprimes).toBe(Object.values(out.voix).reduce((a, b) => a + b, 0));
  });

  it('the municipal case voids the modified list ballots, citing both texts when the population is not given', () => {
    const out = run(readJson(join(fixtures, 'municipale-liste-ratures.json')));
    const byLoi = out.details
      .filter((d) => d.references.includes('code électoral L260 et R66-2 ; loi 2025-444'))
      .map((d) => d.index);
    expect(byLoi).toEqual([1, 2, 3]);
    expect(out).toMatchObject({ ecart: 0, mentionAuPV: false, inscrits: 980 });
  });

  it('the clean count has no écart and no mention', () => {
    expect(run(readJson(join(fixtures, 'decompte-propre.json')))).toMatchObject({
      ecart: 0,
      mentionAuPV: false,
      nuls: 0,
    });
  });

  it('a loose ballot filling the gap still calls for a mention: L65 compares the envelopes', () => {
    const out = run(readJson(join(fixtures, 'ecart-compense-sans-enveloppe.json')));
    expect(out).toMatchObject({ ecart: 0, ecartEnveloppes: -1, mentionAuPV: true });
  });

  it('counts the uncertain classifications without hiding them', () => {
    const out = run(readJson(join(fixtures, 'presidentielle-marques.json')));
    expect(out.classementsIncertains).toBe(3);
    expect(out.details.filter((d) => d.incertain).map((d) => d.index)).toEqual([3, 4, 6]);
  });

  it('accepts a case without looseBallots', () => {
    expect(
      run({ election: 'presidentielle', candidates: ['A'], emargements: 0, envelopes: [] }),
    ).toMatchObject({
      bulletinsSansEnveloppe: 0,
      ecart: 0,
      mentionAuPV: false,
      voix: { A: 0 },
      details: [],
      enveloppesDeCentaine: [],
    });
  });
});

describe('rules depouillement: malformed cases', () => {
  it('malformed.json yields one French message naming every faulty path', () => {
    const parsed = depouillementRuleDomain.parseCase(readJson(join(fixtures, 'malformed.json')));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const path of ['election', 'candidates', 'emargements', 'envelopes[0].ballots[0].marks[0]']) {
      expect(parsed.error).toContain(`${path} :`);
    }
    expect(parsed.error).not.toContain('\n');
  });

  it.each<[string, unknown, string]>([
    ['not an object', 42, '(racine)'],
    [
      'a ballot both for a name and blank',
      {
        election: 'presidentielle',
        candidates: ['A'],
        emargements: 1,
        envelopes: [{ ballots: [{ for: 'A', blank: true }] }],
      },
      'un seul des deux',
    ],
    [
      'a candidate twice',
      { election: 'presidentielle', candidates: ['Durand', 'DURAND'], emargements: 0, envelopes: [] },
      'candidat ou liste en double',
    ],
    [
      'more émargements than inscrits',
      { election: 'presidentielle', candidates: ['A'], inscrits: 3, emargements: 4, envelopes: [] },
      'plus d’émargements que d’inscrits',
    ],
    [
      'an unknown key',
      { election: 'presidentielle', candidates: ['A'], emargements: 0, envelopes: [], urne: [] },
      'urne',
    ],
    [
      'a fractional count',
      { election: 'presidentielle', candidates: ['A'], emargements: 1.5, envelopes: [] },
      'emargements',
    ],
  ])('refuses %s', (_label, raw, fragment) => {
    const parsed = depouillementRuleDomain.parseCase(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(fragment);
  });
});
