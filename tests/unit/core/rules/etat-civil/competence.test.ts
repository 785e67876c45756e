import { describe, expect, it } from 'vitest';
import {
  ACT_DELIVERY_FEE,
  competentAuthority,
  holdsAct,
  requestStatesEnough,
  requiredRequestMentions,
} from '../../../../../src/core/rules/etat-civil';

describe('competent authority', () => {
  it.each([
    ['naissance', 'commune', true, null, 'code civil art. 55'],
    ['naissance', 'autre_commune', false, 'mairie_du_lieu', 'code civil art. 55'],
    ['naissance', 'etranger', false, 'scec_nantes', 'décret 65-422 du 1er juin 1965'],
    ['mariage', 'commune', true, null, 'code civil art. 165'],
    ['mariage', 'autre_commune', false, 'mairie_du_lieu', 'code civil art. 165'],
    ['mariage', 'etranger', false, 'scec_nantes', 'décret 65-422 du 1er juin 1965'],
    ['deces', 'commune', true, null, 'code civil art. 78 et 80'],
    ['deces', 'autre_commune', false, 'mairie_du_lieu', 'code civil art. 78 et 80'],
    ['deces', 'etranger', false, 'scec_nantes', 'décret 65-422 du 1er juin 1965'],
  ] as const)('%s, %s → holds %s, orientation %s (%s)', (act, place, holds, orientation, reference) => {
    const authority = competentAuthority(act, place);
    expect(authority.holdsAct).toBe(holds);
    expect(authority.orientation).toBe(orientation);
    expect(authority.reference).toBe(reference);
    expect(holdsAct(place)).toBe(holds);
  });
  it('names Nantes for an event abroad', () => {
    expect(competentAuthority('naissance', 'etranger').reason).toContain('Nantes');
  });
});

describe('what a request must state (décret 2017-890 art. 29)', () => {
  it('asks the parents’ names for a full copy of a birth act', () => {
    expect(requiredRequestMentions('naissance', 'copie_integrale')).toContain(
      'nom et prénom usuel de ses parents',
    );
  });
  it('adds the date and place of the marriage for a marriage act with filiation', () => {
    const mentions = requiredRequestMentions('mariage', 'extrait_avec_filiation');
    expect(mentions).toContain('nom et prénom usuel de ses parents');
    expect(mentions).toContain('date et lieu du mariage');
  });
  it('does not ask the parents’ names for an extract without filiation', () => {
    expect(requiredRequestMentions('naissance', 'extrait_sans_filiation')).toEqual([
      'date et lieu de naissance',
      'nom et prénoms de la ou des personnes concernées',
    ]);
  });
  it('asks the deceased’s names, date and place of death for a death act', () => {
    expect(requiredRequestMentions('deces', 'copie_integrale')).toEqual([
      'nom et prénoms du défunt',
      'date et lieu du décès',
    ]);
  });
  it.each([
    ['naissance', 'copie_integrale', false, false],
    ['naissance', 'copie_integrale', true, true],
    ['mariage', 'extrait_avec_filiation', false, false],
    ['naissance', 'extrait_sans_filiation', false, true],
    ['deces', 'copie_integrale', false, true],
  ] as const)('%s %s, parents named %s → enough %s', (act, form, named, expected) => {
    expect(requestStatesEnough(act, form, named)).toBe(expected);
  });
  it('delivers free of charge', () => {
    expect(ACT_DELIVERY_FEE).toEqual({ amountEuros: 0, reference: 'décret 2017-890 art. 29' });
  });
});
