import { describe, expect, it } from 'vitest';
import type { FormFieldView } from '../../../../src/core/scenario';
import {
  formSubmission,
  initialFormRaw,
  parseFormField,
  presentForm,
  reformatAmount,
} from '../../../../src/ui/views/form-presenter';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

const view = SAMPLE_VIEWS.form;

describe('presentForm', () => {
  it('gives each field its unit, help and input mode', () => {
    const fields = presentForm(view).fields;
    expect(fields.find((field) => field.id === 'montant')).toMatchObject({
      unit: '€ HT',
      inputMode: 'decimal',
      example: 'Format : 1 234,56',
    });
    expect(fields.find((field) => field.id === 'delai')).toMatchObject({
      unit: 'jours',
      inputMode: 'decimal',
    });
    expect(fields.find((field) => field.id === 'objet')).toMatchObject({
      help: 'Tel qu’il figure au devis.',
    });
    expect(fields.find((field) => field.id === 'pieces')?.options).toHaveLength(3);
  });

  it('an amount without unit is in euros', () => {
    const field = presentForm({ ...view, fields: [{ id: 'm', label: 'Montant', type: 'amount' }] }).fields[0];
    expect(field?.unit).toBe('€');
  });
});

describe('parseFormField', () => {
  const field = (type: FormFieldView['type']): FormFieldView => ({
    id: 'f',
    label: 'Champ',
    type,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  });

  it.each<[FormFieldView['type'], string | readonly string[], unknown]>([
    ['text', '  Photocopieur  ', 'Photocopieur'],
    ['text', '', ''],
    ['amount', '3 480,00 €', 3480],
    ['amount', '1234,5', 1234.5],
    ['amount', '', undefined],
    ['number', '15', 15],
    ['number', '2,5', 2.5],
    ['date', '2026-11-23', '2026-11-23'],
    ['date', '', undefined],
    ['select', 'b', 'b'],
    ['select', '', undefined],
    ['multi', ['a', 'z', 'b'], ['a', 'b']],
    ['multi', [], []],
  ])('%s « %s » → %j', (type, raw, value) => {
    expect(parseFormField(field(type), raw)).toEqual({ ok: true, value });
  });

  it.each<[FormFieldView['type'], string, string]>([
    ['amount', 'trois mille', 'n’est pas un montant'],
    ['amount', '12,345', 'deux décimales'],
    ['number', 'quinze', 'n’est pas un nombre'],
    ['date', '2026-02-30', 'date valide'],
    ['select', 'z', 'Choisissez une option'],
  ])('%s « %s » is refused', (type, raw, message) => {
    const result = parseFormField(field(type), raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('formSubmission', () => {
  it('keys the values by field id and leaves empty optional inputs out', () => {
    const raw = {
      ...initialFormRaw(view),
      objet: 'Photocopieur multifonction A3',
      montant: '3 480 €',
      imputation: '2183',
      pieces: ['devis', 'rib'],
    };
    expect(formSubmission(view, raw)).toEqual({
      ok: true,
      value: {
        objet: 'Photocopieur multifonction A3',
        montant: 3480,
        imputation: '2183',
        pieces: ['devis', 'rib'],
      },
    });
  });

  it('lists every unreadable field, in order, keyed by field id', () => {
    const raw = { ...initialFormRaw(view), montant: 'beaucoup', delai: 'quinze' };
    const result = formSubmission(view, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((problem) => problem.key)).toEqual(['montant', 'delai']);
  });
});

describe('reformatAmount', () => {
  it.each([
    ['3480', '3\u202f480'],
    ['3480,5', '3\u202f480,50'],
    ['1.234,56 €', '1\u202f234,56'],
    ['n’importe quoi', 'n’importe quoi'],
  ])('« %s » → « %s »', (raw, text) => {
    expect(reformatAmount(raw)).toBe(text);
  });
});
