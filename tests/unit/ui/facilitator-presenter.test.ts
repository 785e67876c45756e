import { describe, expect, it } from 'vitest';
import { encodeResult, resultFileOf, type PairChoice } from '../../../src/core/binome';
import {
  emptyDraft,
  facilitatorPacks,
  isEmptyDraft,
  presentFiles,
  readImportedFile,
  withImported,
  withoutFile,
  type FacilitatorDraft,
} from '../../../src/ui/facilitator/facilitator-presenter';
import { presentRoom } from '../../../src/ui/facilitator/room-presenter';
import { repoCatalogue } from '../core/scenario/repo-scenarios';

const catalogue = repoCatalogue();
const packs = facilitatorPacks(catalogue);
const tensions = packs.find((pack) => pack.id === 'situations-de-tension');
const contrat = packs.find((pack) => pack.id === 'contrat-de-confiance');
if (!tensions || !contrat) throw new Error('les packs binôme sont introuvables');

const choice = (decision: string, advised: string, decided: string): PairChoice => ({
  decision,
  advised,
  decided,
  explained: true,
});
const codeOf = (seed: number, choices: readonly PairChoice[]) => encodeResult(tensions, seed, choices) ?? '';
const fileOf = (name: string, code: string) => ({
  name,
  text: resultFileOf(tensions.id, code, '2026-12-08')?.text ?? '',
});

const first = codeOf(1, [
  choice('guichet-plainte', 'ecoute', 'ecoute'),
  choice('interesse-terrain', 'sort', 'reste'),
]);
const second = codeOf(2, [
  choice('guichet-plainte', 'ecoute', 'nom'),
  choice('interesse-terrain', 'sort', 'sort'),
]);
const third = codeOf(3, [choice('guichet-plainte', 'nom', 'nom')]);
const damaged = `${first.slice(0, -1)}${first.endsWith('0') ? '1' : '0'}`;

describe('the facilitator’s codes and files', () => {
  it('offers the binôme packs that give result codes, by title, and nothing else', () => {
    expect(packs.map((pack) => pack.id)).toEqual([
      'co-piloter',
      'contrat-de-confiance',
      'situations-de-tension',
    ]);
    expect(emptyDraft(packs)).toEqual({ packId: 'co-piloter', typed: '', files: [] });
    expect(isEmptyDraft(emptyDraft(packs))).toBe(true);
    expect(isEmptyDraft({ ...emptyDraft(packs), typed: '  \n ' })).toBe(true);
  });

  it('reads a pair’s file, and refuses a foreign or oversized one with a French reason', () => {
    expect(readImportedFile(fileOf('a.json', first), packs)).toEqual({
      name: 'a.json',
      ok: true,
      code: first,
      packId: 'situations-de-tension',
    });
    expect(readImportedFile({ name: 'photo.json', text: '{"x": 1}' }, packs)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/pas un résultat de binôme/),
    });
    expect(readImportedFile({ name: 'gros.json', text: null }, packs)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Fichier trop grand/),
    });
  });

  it('adds files to what was entered, once each, and says how many were taken or refused', () => {
    const start: FacilitatorDraft = { packId: tensions.id, typed: first, files: [] };
    const once = withImported(start, [
      readImportedFile(fileOf('a.json', second), packs),
      readImportedFile({ name: 'b.json', text: 'pas du JSON' }, packs),
    ]);
    expect(once.draft.typed).toBe(first);
    expect(once.announcement).toBe('1 fichier importé, 1 refusé. 1 résultat en fichier au total.');
    const twice = withImported(once.draft, [
      readImportedFile(fileOf('a.json', second), packs),
      readImportedFile(fileOf('c.json', third), packs),
    ]);
    expect(twice.draft.files.map((file) => file.name)).toEqual(['a.json', 'b.json', 'c.json']);
    expect(twice.announcement).toBe('1 fichier importé, 1 déjà importé. 2 résultats en fichier au total.');
    expect(presentFiles(twice.draft, packs)).toEqual([
      { name: 'a.json', ok: true, status: `Résultat lu (« ${tensions.title} »).` },
      { name: 'b.json', ok: false, status: expect.stringMatching(/^Refusé : Fichier illisible/) },
      { name: 'c.json', ok: true, status: `Résultat lu (« ${tensions.title} »).` },
    ]);
    expect(withoutFile(twice.draft, 1).files.map((file) => file.name)).toEqual(['a.json', 'c.json']);
  });
});

describe('the room’s debrief as the facilitator projects it', () => {
  const draft = withImported({ packId: tensions.id, typed: `${damaged}\n\n`, files: [] }, [
    readImportedFile(fileOf('a.json', first), packs),
    readImportedFile(fileOf('b.json', second), packs),
    readImportedFile(fileOf('c.json', third), packs),
    readImportedFile({ name: 'd.json', text: '[]' }, packs),
  ]).draft;

  it('counts the pairs and, per decision, who played, agreed and acted legally, the most split first', () => {
    const room = presentRoom(tensions, draft, packs);
    expect(room.heading).toBe(`Débrief de la salle — ${tensions.title}`);
    expect(room.pairsLine).toBe('3 binômes comptés.');
    expect(room.rows.slice(0, 2)).toEqual([
      {
        decision: 'interesse-terrain',
        topic: 'Une conseillère intéressée à une délibération',
        pairs: 2,
        agreed: { percent: 50, text: '1 sur 2 (50 %)' },
        // « Rester en séance » is a risk, not an illegal act: both pairs acted legally.
        legal: { percent: 100, text: '2 sur 2 (100 %)' },
        split: { percent: 50, text: '1 sur 2 (50 %)' },
      },
      {
        decision: 'guichet-plainte',
        topic: 'Un habitant en colère au guichet',
        pairs: 3,
        agreed: { percent: 67, text: '2 sur 3 (67 %)' },
        legal: { percent: 33, text: '1 sur 3 (33 %)' },
        split: { percent: 33, text: '1 sur 3 (33 %)' },
      },
    ]);
    expect(room.rows).toHaveLength(6);
    expect(room.rows[5]).toMatchObject({ pairs: 0, agreed: { percent: 0, text: 'non jouée' } });
    expect(room.rows.every((row) => row.topic !== '')).toBe(true);
    expect(room.toDiscuss).toEqual([
      'Une conseillère intéressée à une délibération : 50 % des binômes en désaccord.',
      'Un habitant en colère au guichet : 33 % des binômes en désaccord.',
    ]);
  });

  it('lists the damaged code by its line and the refused file by its name, without counting them', () => {
    const room = presentRoom(tensions, draft, packs);
    expect(room.problems).toEqual([
      expect.stringMatching(/^Code n° 1 : Code abîmé/),
      expect.stringMatching(/^Fichier « d\.json » : Ce fichier n’est pas un résultat de binôme/),
    ]);
  });

  it('leaves out, with a reason, the files of another pack than the one chosen', () => {
    const room = presentRoom(contrat, draft, packs);
    expect(room.pairsLine).toBe('Aucun binôme compté : aucun code ni fichier n’a pu être lu.');
    expect(room.problems).toContainEqual(
      `Fichier « a.json » : c’est un résultat du pack « ${tensions.title} », pas de « ${contrat.title} » ; il n’est pas compté.`,
    );
  });
});
