import { describe, expect, it } from 'vitest';
import {
  AGENDA_RULES,
  classifyAgendaItem,
  itemsOutsideCouncilPower,
  type AgendaMatter,
} from '../../../../../src/core/rules/conseil/agenda';

describe('what the council may decide', () => {
  it.each<[AgendaMatter, boolean, string, string, string]>([
    ['communal', true, 'conseil', 'deliberation', 'CGCT L2121-29'],
    ['intercommunal', false, 'intercommunalite', 'deliberation-communautaire', 'CGCT L5214-16'],
    ['police', false, 'maire', 'arrete', 'CGCT L2212-2'],
    ['delegue', false, 'maire', 'decision', 'CGCT L2122-22'],
    ['information', false, 'maire', 'aucun', 'CGCT L2122-23'],
  ])(
    '%s → council decides %s (%s by %s, %s)',
    (matter, councilCanDecide, decidedBy, instrument, reference) => {
      expect(classifyAgendaItem(matter)).toMatchObject({
        matter,
        councilCanDecide,
        decidedBy,
        instrument,
        reference,
      });
      expect(classifyAgendaItem(matter).explanation).toBe(AGENDA_RULES[matter].statement);
    },
  );

  it('spots the items the council cannot settle', () => {
    expect(itemsOutsideCouncilPower(['communal', 'intercommunal', 'communal', 'police'])).toEqual([1, 3]);
    expect(itemsOutsideCouncilPower([])).toEqual([]);
  });
});
