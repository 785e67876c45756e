import { describe, expect, it } from 'vitest';
import {
  checkAbnormallyLowOffer,
  type AbnormallyLowOfferSituation,
} from '../../../../../src/core/rules/commande-publique';

describe('abnormally low offer (CCP L2152-5, L2152-6, R2152-3)', () => {
  it.each<[string, AbnormallyLowOfferSituation, boolean, RegExp]>([
    [
      'rejecting without asking first',
      { seemsAbnormallyLow: true, justificationRequested: false, intendedAction: 'rejeter' },
      false,
      /Demander d’abord par écrit/,
    ],
    [
      'keeping without asking first',
      { seemsAbnormallyLow: true, justificationRequested: false, intendedAction: 'retenir' },
      false,
      /Demander d’abord/,
    ],
    [
      'deciding before the answer',
      { seemsAbnormallyLow: true, justificationRequested: true, intendedAction: 'rejeter' },
      false,
      /apprécier ses réponses/,
    ],
    [
      'rejecting after unconvincing justifications',
      {
        seemsAbnormallyLow: true,
        justificationRequested: true,
        justificationConvincing: false,
        intendedAction: 'rejeter',
      },
      true,
      /est rejetée/,
    ],
    [
      'keeping after unconvincing justifications',
      {
        seemsAbnormallyLow: true,
        justificationRequested: true,
        justificationConvincing: false,
        intendedAction: 'retenir',
      },
      false,
      /doit la rejeter/,
    ],
    [
      'keeping after convincing justifications',
      {
        seemsAbnormallyLow: true,
        justificationRequested: true,
        justificationConvincing: true,
        intendedAction: 'retenir',
      },
      true,
      /reste en lice/,
    ],
    [
      'rejecting after convincing justifications',
      {
        seemsAbnormallyLow: true,
        justificationRequested: true,
        justificationConvincing: true,
        intendedAction: 'rejeter',
      },
      false,
      /ne peut plus être rejetée/,
    ],
    [
      'rejecting a merely cheap offer',
      { seemsAbnormallyLow: false, justificationRequested: false, intendedAction: 'rejeter' },
      false,
      /Un prix bas ne suffit pas/,
    ],
    [
      'keeping an ordinary offer',
      { seemsAbnormallyLow: false, justificationRequested: false, intendedAction: 'retenir' },
      true,
      /analysée comme les autres/,
    ],
  ])('%s → lawful %s', (_, situation, lawful, expected) => {
    const check = checkAbnormallyLowOffer(situation);
    expect(check.lawful).toBe(lawful);
    expect(check.expected).toMatch(expected);
    expect(check.references).toEqual(['CCP L2152-5', 'CCP L2152-6', 'CCP R2152-3']);
    expect(check.confidence).toBe('partial');
  });
});
