import { describe, expect, it } from 'vitest';
import {
  DEMANDES,
  DOCUMENTS,
  decideAutorite,
  type Autorite,
  type Confidence,
  type Demande,
  type DocumentUrbanisme,
} from '../../../../../src/core/rules/urbanisme';
import { BASE, run } from './helpers';

type Row = [string, Demande, DocumentUrbanisme, Autorite, string, Confidence];

describe('autorité compétente (code de l’urbanisme L422-1)', () => {
  it.each<Row>([
    ['L422-1 a) — PLU: the maire decides in the commune’s name', 'PC', 'PLU', 'commune', 'L422-1 a)', 'C'],
    ['L422-1 a) — carte communale: commune too', 'DP', 'carte-communale', 'commune', 'L422-1 a)', 'C'],
    [
      'L422-1 b) — game case 1: PCMI under the RNU is decided in the State’s name',
      'PCMI',
      'RNU',
      'etat',
      'L422-1 b)',
      'C',
    ],
    ['L422-1 b) — a permis de démolir under the RNU as well', 'PD', 'RNU', 'etat', 'L422-1 b)', 'C'],
    [
      'L410-1 → L422-1 b) — a CUb under the RNU: State, marked P (not in the sheet)',
      'CUb',
      'RNU',
      'etat',
      'L422-1 b)',
      'P',
    ],
    ['L410-1 → L422-1 a) — a CUa with a PLU: commune, marked P', 'CUa', 'PLU', 'commune', 'L422-1 a)', 'P'],
  ])('%s', (_point, demande, document, autorite, article, confidence) => {
    const decision = decideAutorite(demande, document);
    expect(decision.autorite).toBe(autorite);
    expect(decision.references).toContain(`code de l’urbanisme ${article}`);
    expect(decision.confidence).toBe(confidence);
  });

  it('L422-1 — every request and document: State exactly under the RNU, whatever the request', () => {
    for (const demande of DEMANDES) {
      for (const document of DOCUMENTS) {
        const result = run({ ...BASE, demande, document });
        expect(result.autorite).toBe(document === 'RNU' ? 'etat' : 'commune');
      }
    }
  });

  it('L422-1 b) — the explanation names the préfet’s cases of R422-2 without making them the rule', () => {
    expect(decideAutorite('PCMI', 'RNU').explication).toContain('au nom de l’État, par le maire ou');
  });
});
