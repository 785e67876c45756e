import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import { DEMANDES, DOCUMENTS, urbanismeRuleDomain } from '../../../../../src/core/rules/urbanisme';
import { BASE, errorOf } from './helpers';

describe('malformed urbanisme cases: one French message naming the field', () => {
  it.each<[string, unknown, string]>([
    ['missing field — no dépôt date', { ...BASE, depotDate: undefined }, 'depotDate : date attendue'],
    [
      'wrong type — abords given as text',
      { ...BASE, abordsMonumentHistorique: 'oui' },
      'abordsMonumentHistorique : booléen attendu',
    ],
    [
      'impossible date — 30 February 2026',
      { ...BASE, depotDate: '2026-02-30' },
      'depotDate : date impossible',
    ],
    [
      'impossible date — 29 February 2027 (not a leap year)',
      { ...BASE, depotDate: '2027-02-29' },
      'depotDate : date impossible',
    ],
    ['French order — 03/03/2026', { ...BASE, depotDate: '03/03/2026' }, 'depotDate : date impossible'],
    ['unknown request — « PCM »', { ...BASE, demande: 'PCM' }, 'demande : demande attendue : DP, PCMI'],
    ['unknown document — « POS »', { ...BASE, document: 'POS' }, 'document : document d’urbanisme attendu'],
    [
      'majoration before the dépôt',
      { ...BASE, majorationNotifieeDate: '2026-03-02' },
      'majorationNotifieeDate : date antérieure au dépôt',
    ],
    [
      'request for documents before the dépôt',
      { ...BASE, piecesDemandeesDate: '2025-12-31' },
      'piecesDemandeesDate : date antérieure au dépôt',
    ],
    [
      'L422-1 — dépôt before 2017 (old cartes communales)',
      { ...BASE, depotDate: '2016-12-31' },
      'depotDate : dépôt hors de la période couverte',
    ],
    [
      'after 2027 — law unknown',
      { ...BASE, depotDate: '2028-01-01' },
      'depotDate : dépôt hors de la période couverte',
    ],
    ['unknown key — a typo is never ignored', { ...BASE, abordsMH: true }, 'Clé non reconnue'],
    ['empty object', {}, 'demande : demande attendue'],
    ['not an object', [1, 2], '(racine)'],
    ['null', null, '(racine)'],
  ])('%s', (_point, raw, message) => {
    expect(errorOf(raw)).toContain(message);
  });

  it('accepts the range’s first and last days', () => {
    expect(urbanismeRuleDomain.parseCase({ ...BASE, depotDate: '2017-01-01' }).ok).toBe(true);
    expect(urbanismeRuleDomain.parseCase({ ...BASE, depotDate: '2027-12-31' }).ok).toBe(true);
  });

  it('any real date of the range, any request and document, always parses (property)', () => {
    const day = fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2027-12-31') });
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(...DEMANDES),
        fc.constantFrom(...DOCUMENTS),
        fc.boolean(),
        (d, demande, document, abords) => {
          const parsed = urbanismeRuleDomain.parseCase({
            demande,
            document,
            depotDate: fromDayNumber(d),
            abordsMonumentHistorique: abords,
          });
          expect(parsed.ok).toBe(true);
        },
      ),
    );
  });
});
