import { describe, expect, it } from 'vitest';
import { assessDeathDeclaration, transcriptionDuty } from '../../../../../src/core/rules/etat-civil';

describe('death declaration (code civil art. 78 and 80)', () => {
  it.each([
    ['commune', true, 'recevoir', null, null],
    ['commune', false, 'recevoir', null, 'envoyer_expedition_au_dernier_domicile'],
    ['autre_commune', true, 'orienter', 'mairie_du_lieu', 'transcrire_a_reception'],
    ['autre_commune', false, 'orienter', 'mairie_du_lieu', null],
  ] as const)(
    'died in %s, last domicile here %s → %s',
    (deathPlace, lastDomicileHere, decision, orientation, duty) => {
      const out = assessDeathDeclaration({ deathPlace, lastDomicileHere });
      expect(out.decision).toBe(decision);
      expect(out.orientation).toBe(orientation);
      expect(out.transcription).toBe(duty);
      expect(transcriptionDuty({ deathPlace, lastDomicileHere })).toBe(duty);
      expect(out.references).toEqual(
        duty === null ? ['code civil art. 78'] : ['code civil art. 78', 'code civil art. 80'],
      );
      expect(out.scored).toBe(true);
    },
  );
  it('never refuses: the 24-hour delay is practice, shown as information only', () => {
    const out = assessDeathDeclaration({ deathPlace: 'commune', lastDomicileHere: true });
    expect(out.uncertain.map((point) => point.rule)).toEqual(['declaration-deces-24h-pratique']);
    expect(out.reason).toContain('quel que soit le délai');
    expect(out.usualDocuments).toContain('certificat médical de décès');
  });
});
