import { describe, expect, it } from 'vitest';
import type { StepView } from '../../../../src/core/scenario';
import { plural, stepAnnouncement, stepHeading } from '../../../../src/ui/views/step-summary';
import { roleBadge } from '../../../../src/ui/views/role-labels';
import { ROLES } from '../../../../src/core/scoring';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

describe('step heading and announcement', () => {
  it.each<[keyof typeof SAMPLE_VIEWS, string, string]>([
    ['dialogue', 'Mme Garnier, maire', 'Mme Garnier, maire : Bienvenue à la mairie !'],
    ['choice', 'La maire veut faire voter', '3 choix possibles.'],
    ['inspect', 'Comparez la pièce d’identité', 'Comparez la pièce d’identité'],
    ['form', 'Établissez le bon de commande', 'Établissez le bon de commande'],
    ['classify', 'Dépouillement', 'Dépouillement'],
    ['allocate', 'Équilibrez la section', 'Équilibrez la section'],
    ['rank', 'Analysez les trois offres', 'Analysez les trois offres'],
    ['end', 'Fin de votre première journée', 'Fin de votre première journée. Mme Garnier vous remercie'],
  ])('%s', (kind, heading, announcement) => {
    const view: StepView = SAMPLE_VIEWS[kind];
    expect(stepHeading(view)).toContain(heading);
    expect(stepAnnouncement(view)).toContain(announcement);
  });

  it('a choice with a speaker names the speaker first', () => {
    expect(stepAnnouncement(SAMPLE_VIEWS.choice)).toMatch(/^Mme Garnier, maire : La maire veut/);
  });

  it.each([
    [0, '0 élément'],
    [1, '1 élément'],
    [2, '2 éléments'],
  ])('plural(%i)', (count, text) => {
    expect(plural(count, 'élément', 'éléments')).toBe(text);
  });

  it('every role has a French label', () => {
    for (const role of ROLES) expect(roleBadge(role)).toMatch(/^Décision : [A-ZÉ]/);
    expect(roleBadge('maire')).toBe('Décision : Maire');
  });
});
