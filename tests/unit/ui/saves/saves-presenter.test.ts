import { describe, expect, it } from 'vitest';
import type { SlotInfo } from '../../../../src/core/save';
import { confirmationOf, presentSaves, slotTitle } from '../../../../src/ui/saves/saves-presenter';

const info = (slot: string, extra: Partial<SlotInfo> = {}): SlotInfo => ({
  slot,
  label: `2027, semaine 3 sur 52 — Temps plein (${slot})`,
  savedAt: '2026-12-06T10:00:00.000Z',
  size: 1200,
  quarantined: false,
  reason: null,
  ...extra,
});
const time = (iso: string) => `le ${iso.slice(0, 10)}`;
const actionsOf = (model: ReturnType<typeof presentSaves>, slot: string) =>
  [...model.slots, ...model.quarantine].find((row) => row.slot === slot)?.actions.map((a) => a.action);

describe('the saves screen', () => {
  it('lists the automatic save then the three manual slots, empty ones included', () => {
    const model = presentSaves({ slots: [info('auto')], current: null, pending: null }, time);
    expect(model.slots.map((row) => row.title)).toEqual([
      'Sauvegarde automatique',
      'Partie 1',
      'Partie 2',
      'Partie 3',
    ]);
    expect(model.slots[1]?.description).toBe('Emplacement vide');
    expect(model.slots[0]?.savedText).toBe('Enregistrée le le 2026-12-06');
    expect(model.currentText).toContain('Aucune année n’est ouverte');
  });

  it('offers to save into a manual slot only while a year is open, never into the automatic one', () => {
    const closed = presentSaves(
      { slots: [info('auto'), info('partie-1')], current: null, pending: null },
      time,
    );
    expect(actionsOf(closed, 'auto')).toEqual(['load', 'export']);
    expect(actionsOf(closed, 'partie-1')).toEqual(['load', 'export', 'remove']);
    expect(actionsOf(closed, 'partie-2')).toEqual([]);
    const open = presentSaves(
      { slots: [info('auto'), info('partie-1')], current: '2027, semaine 3', pending: null },
      time,
    );
    expect(actionsOf(open, 'auto')).toEqual(['load', 'export']);
    expect(actionsOf(open, 'partie-1')).toEqual(['load', 'save', 'export', 'remove']);
    expect(actionsOf(open, 'partie-2')).toEqual(['save']);
    expect(open.currentText).toBe('Partie ouverte : 2027, semaine 3.');
  });

  it('shows the saves kept aside with their reason; they can be exported or deleted, not resumed', () => {
    const kept = info('quarantaine/partie-2/1', { quarantined: true, reason: 'Le fichier est tronqué.' });
    const model = presentSaves({ slots: [kept], current: null, pending: null }, time);
    expect(model.quarantine).toHaveLength(1);
    expect(model.quarantine[0]?.title).toBe('Mise de côté (Partie 2)');
    expect(model.quarantine[0]?.reason).toBe('Le fichier est tronqué.');
    expect(actionsOf(model, 'quarantaine/partie-2/1')).toEqual(['export', 'remove']);
    expect(model.slots.map((row) => row.slot)).not.toContain('quarantaine/partie-2/1');
  });

  it('proposes the first free manual slot for an import', () => {
    const model = presentSaves(
      { slots: [info('partie-1'), info('partie-3')], current: null, pending: null },
      time,
    );
    expect(model.importTargets).toEqual([
      { slot: 'partie-1', title: 'Partie 1', occupied: true, proposed: false },
      { slot: 'partie-2', title: 'Partie 2', occupied: false, proposed: true },
      { slot: 'partie-3', title: 'Partie 3', occupied: true, proposed: false },
    ]);
    const full = presentSaves(
      { slots: ['partie-1', 'partie-2', 'partie-3'].map((slot) => info(slot)), current: null, pending: null },
      time,
    );
    expect(full.importTargets.filter((target) => target.proposed).map((target) => target.slot)).toEqual([
      'partie-1',
    ]);
  });

  it('asks before replacing the open year, overwriting a slot or deleting a save — and only then', () => {
    expect(confirmationOf('load', info('partie-1'), true)?.confirmLabel).toBe('Reprendre quand même');
    expect(confirmationOf('load', info('partie-1'), false)).toBeNull();
    expect(confirmationOf('save', info('partie-1'), true)?.question).toContain('sera remplacée');
    expect(confirmationOf('save', undefined, true)).toBeNull();
    expect(confirmationOf('remove', info('partie-1'), false)?.confirmLabel).toBe('Effacer');
    expect(confirmationOf('export', info('partie-1'), true)).toBeNull();
    const model = presentSaves(
      { slots: [info('partie-1')], current: 'x', pending: { slot: 'partie-1', action: 'remove' } },
      time,
    );
    expect(model.slots.find((row) => row.slot === 'partie-1')?.confirm?.confirmLabel).toBe('Effacer');
    expect(model.slots.filter((row) => row.confirm !== null)).toHaveLength(1);
  });

  it('names unknown slots by themselves', () => {
    expect(slotTitle('partie-2')).toBe('Partie 2');
    expect(slotTitle('autre')).toBe('autre');
  });
});
