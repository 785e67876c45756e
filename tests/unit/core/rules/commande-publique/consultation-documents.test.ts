import { describe, expect, it } from 'vitest';
import {
  ccagFor,
  checkConsultationDocuments,
  consultationDocumentsChecklist,
  expectedConsultationDocuments,
  usualCcag,
  type CcagId,
  type Nature,
  isScorableAsLaw,
  type ConsultationDocumentId,
  type PriceForm,
  type Procedure,
} from '../../../../../src/core/rules/commande-publique';

function expected(procedure: Procedure, priceForm: PriceForm): ConsultationDocumentId[] {
  return consultationDocumentsChecklist({ procedure, nature: 'services', priceForm })
    .items.filter((item) => item.status === 'attendu')
    .map((item) => item.id);
}

describe('dossier de consultation checklist (practice)', () => {
  it.each<[Procedure, PriceForm, ConsultationDocumentId[]]>([
    ['formalisee', 'unitaire', ['rc', 'ae', 'ccap', 'cctp', 'bpu', 'dqe']],
    ['formalisee', 'global_forfaitaire', ['rc', 'ae', 'ccap', 'cctp', 'dpgf']],
    ['adaptee', 'unitaire', ['ae', 'ccap', 'cctp', 'bpu', 'dqe']],
    ['adaptee', 'mixte', ['ae', 'ccap', 'cctp', 'bpu', 'dqe', 'dpgf']],
    ['sans_publicite', 'unitaire', []],
  ])('%s with %s prices expects %j', (procedure, priceForm, ids) => {
    expect(expected(procedure, priceForm)).toEqual(ids);
  });

  it('recommends the RC in a procédure adaptée and is labelled as practice', () => {
    const checklist = consultationDocumentsChecklist({
      procedure: 'adaptee',
      nature: 'travaux',
      priceForm: 'global_forfaitaire',
    });
    expect(checklist.items.find((item) => item.id === 'rc')?.status).toBe('recommande');
    expect(checklist.items.find((item) => item.id === 'ae')?.label).toBe(
      'Acte d’engagement (formulaire ATTRI1)',
    );
    expect(checklist.confidence).toBe('practice');
    expect(isScorableAsLaw(checklist.confidence)).toBe(false);
    expect(checklist.ccag[0]).toBe('CCAG-Travaux');
  });

  it('suggests the CCAG by nature', () => {
    expect(ccagFor('fournitures')[0]).toBe('CCAG-FCS (fournitures courantes et services)');
    expect(ccagFor('travaux')).toContain('CCAG-Travaux');
  });

  it('lists what a dossier lacks', () => {
    const check = checkConsultationDocuments({
      procedure: 'formalisee',
      nature: 'services',
      priceForm: 'unitaire',
      provided: ['rc', 'ae', 'ccap', 'bpu'],
      ccapRefersToCcag: false,
    });
    expect(check.missing.map((item) => item.id)).toEqual(['cctp', 'dqe']);
    expect(check.ccapRefersToCcag).toBe(false);
    expect(check.complete).toBe(false);
  });

  it('accepts a complete dossier', () => {
    const check = checkConsultationDocuments({
      procedure: 'adaptee',
      nature: 'travaux',
      priceForm: 'global_forfaitaire',
      provided: ['ae', 'ccap', 'cctp', 'dpgf'],
      ccapRefersToCcag: true,
    });
    expect(check.complete).toBe(true);
  });
});

describe('pieces a dossier should hold (attendu or recommandé)', () => {
  it.each<[Procedure, PriceForm, ConsultationDocumentId[]]>([
    ['formalisee', 'unitaire', ['rc', 'ae', 'ccap', 'cctp', 'bpu', 'dqe', 'dc1_dc2']],
    ['adaptee', 'global_forfaitaire', ['rc', 'ae', 'ccap', 'cctp', 'dpgf', 'dc1_dc2']],
    ['adaptee', 'mixte', ['rc', 'ae', 'ccap', 'cctp', 'bpu', 'dqe', 'dpgf', 'dc1_dc2']],
    ['sans_publicite', 'global_forfaitaire', []],
  ])('%s with %s prices: %j', (procedure, priceForm, ids) => {
    expect(expectedConsultationDocuments({ procedure, nature: 'travaux', priceForm })).toEqual(ids);
  });

  it.each<[Nature, CcagId]>([
    ['fournitures', 'ccag_fcs'],
    ['services', 'ccag_fcs'],
    ['travaux', 'ccag_travaux'],
  ])('the usual CCAG for %s is %s, the first one ccagFor suggests', (nature, id) => {
    expect(usualCcag(nature)).toBe(id);
    expect(ccagFor(nature)[0]?.toLowerCase().replace('-', '_')).toMatch(new RegExp(`^${id}`));
  });
});
