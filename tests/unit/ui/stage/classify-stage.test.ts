import { describe, expect, it } from 'vitest';
import type { ClassifyView } from '../../../../src/core/scenario';
import {
  actionOf,
  presentClassifyStage,
  shortLabelOf,
  TABLE,
  targetAt,
} from '../../../../src/ui/stage/classify-stage';
import { classifyReducer, INITIAL_CLASSIFY_STATE } from '../../../../src/ui/views/classify-presenter';

const view: ClassifyView = {
  kind: 'classify',
  stepId: 'douteux',
  role: 'sgm',
  prompt: 'Rangez chaque enveloppe.',
  stage: { objects: 'bulletins' },
  bins: [
    { id: 'c1', label: 'Une voix pour la liste « Saint-Aubin ensemble »' },
    { id: 'blanc', label: 'Blanc' },
    { id: 'nul', label: 'Nul' },
  ],
  items: [
    { id: 'e1', label: 'Enveloppe 1 : un bulletin complet, sans aucune inscription.' },
    { id: 'e2', label: 'Enveloppe 2 : l’enveloppe est vide.' },
    { id: 'e3', label: 'Enveloppe 3 : deux bulletins de listes différentes.' },
  ],
};

const centre = (bounds: { x: number; y: number; width: number; height: number }) =>
  [bounds.x + bounds.width / 2, bounds.y + bounds.height / 2] as const;

const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the classify step on stage (issue #17)', () => {
  it('lays every envelope on the table and every pile along the front, inside the stage, none overlapping', () => {
    const stage = presentClassifyStage(view, INITIAL_CLASSIFY_STATE, 'bulletins');
    expect(stage.items.map((item) => [item.id, item.shortLabel, item.pileId])).toEqual([
      ['e1', 'Enveloppe 1', null],
      ['e2', 'Enveloppe 2', null],
      ['e3', 'Enveloppe 3', null],
    ]);
    expect(stage.piles.map((pile) => [pile.id, pile.countText])).toEqual([
      ['c1', 'vide'],
      ['blanc', 'vide'],
      ['nul', 'vide'],
    ]);
    const boxes = [...stage.items, ...stage.piles].map((object) => object.bounds);
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(720);
      for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
    }
    expect(stage.reading.title).toBe('3 enveloppes à classer');
    expect(stage.takeBack).toBeNull();
  });

  it('names each object for its mirror in French, with where it lies and what a pile would take', () => {
    let state = classifyReducer(view, INITIAL_CLASSIFY_STATE, {
      type: 'place',
      binId: 'blanc',
      itemId: 'e2',
    });
    state = classifyReducer(view, state, { type: 'select', itemId: 'e1' });
    const stage = presentClassifyStage(view, state, 'bulletins');
    expect(stage.items[0]?.mirror).toBe(
      'Enveloppe 1 : un bulletin complet, sans aucune inscription. (sur la table, en main)',
    );
    expect(stage.items[1]?.mirror).toBe('Enveloppe 2 : l’enveloppe est vide. (sur la pile « Blanc »)');
    expect(stage.piles[1]?.mirror).toBe('Pile « Blanc », 1 enveloppe : poser « Enveloppe 1 » ici');
    expect(stage.reading).toMatchObject({ title: 'Enveloppe 1', text: view.items[0]?.label });
    // The envelope on its pile lies inside the pile.
    const pile = stage.piles[1]?.bounds;
    const envelope = stage.items[1]?.bounds;
    if (!pile || !envelope) throw new Error('absent');
    expect(overlap(pile, envelope)).toBe(true);
  });

  it('speaks of letters and trays for the mail', () => {
    const stage = presentClassifyStage(view, INITIAL_CLASSIFY_STATE, 'courrier');
    expect(stage.piles[2]?.mirror).toBe('Bannette « Nul », vide');
    expect(stage.instructions).toMatch(/^Glissez chaque pli sur sa bannette, ou touchez-le/);
  });

  it('finds the drop target under a point from its own geometry', () => {
    const stage = presentClassifyStage(view, INITIAL_CLASSIFY_STATE, 'bulletins');
    const nul = stage.piles[2];
    if (!nul) throw new Error('absent');
    expect(targetAt(stage, ...centre(nul.bounds))).toBe('nul');
    expect(targetAt(stage, ...centre(stage.table))).toBe(TABLE);
    expect(targetAt(stage, 5, 5)).toBeNull();
  });

  it('turns the pointer’s and the mirrors’ intents into the classify view’s actions', () => {
    const none = INITIAL_CLASSIFY_STATE;
    const picked = classifyReducer(view, none, { type: 'select', itemId: 'e1' });
    const placed = classifyReducer(view, picked, { type: 'place', binId: 'nul' });
    expect(actionOf({ type: 'pick', itemId: 'e1' }, none)).toEqual({ type: 'select', itemId: 'e1' });
    expect(actionOf({ type: 'drop', itemId: 'e1', target: 'nul' }, none)).toEqual({
      type: 'place',
      binId: 'nul',
      itemId: 'e1',
    });
    expect(actionOf({ type: 'drop', itemId: 'e1', target: null }, none)).toBeNull();
    expect(actionOf({ type: 'drop', itemId: 'e1', target: TABLE }, none)).toBeNull();
    expect(actionOf({ type: 'drop', itemId: 'e1', target: TABLE }, placed)).toEqual({
      type: 'unplace',
      itemId: 'e1',
    });
    expect(actionOf({ type: 'tap-pile', pileId: 'blanc' }, none)).toBeNull();
    expect(actionOf({ type: 'tap-pile', pileId: 'blanc' }, picked)).toEqual({
      type: 'place',
      binId: 'blanc',
    });
    const pickedAgain = classifyReducer(view, placed, { type: 'select', itemId: 'e1' });
    expect(actionOf({ type: 'tap-table' }, pickedAgain)).toEqual({ type: 'unplace', itemId: 'e1' });
    expect(presentClassifyStage(view, pickedAgain, 'bulletins').takeBack).toBe(
      'Remettre « Enveloppe 1 » sur la table',
    );
    expect(actionOf({ type: 'validate' }, none)).toBe('submit');
  });

  it('writes on an object the head of its text, or its first words', () => {
    expect(shortLabelOf('Enveloppe 12 : vide.')).toBe('Enveloppe 12');
    expect(shortLabelOf('Un notaire demande la copie intégrale de l’acte de naissance d’un client.')).toBe(
      'Un notaire demande la copie intégrale de…',
    );
    expect(shortLabelOf('Le prix des prestations')).toBe('Le prix des prestations');
  });
});
