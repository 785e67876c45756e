import { describe, expect, it } from 'vitest';
import { evaluateEntretien, type EntretienCase } from '../../../../../../src/core/rules/rh';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import { rhCalculators, rhOutcome } from '../../../../../../src/core/scenario/vocabulary/domains/rh';
import {
  conversationClimate,
  type ConversationMove,
} from '../../../../../../src/core/scenario/vocabulary/conversation';
import { calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

const titulaire = { statut: 'titulaire' };
/** Convoked Monday 1 March 2027 for Tuesday 16 March, fiche de poste joined: the scenario's dates. */
const regular = {
  ...titulaire,
  convocationDate: '2027-03-01',
  entretienDate: '2027-03-16',
  fichePosteJointe: true,
};
/** The CR notified on Thursday 25 March 2027: 15 jours francs end on Saturday 10 April. */
const notified = { ...regular, notificationDate: '2027-03-25' };

describe('rh calculators: who has the right to the entretien (décret 88-145 art. 1-3)', () => {
  it.each<[string, Args, boolean]>([
    ['a fonctionnaire', titulaire, true],
    ['a CDI', { statut: 'contractuel', contrat: 'cdi' }, true],
    ['a contrat de projet', { statut: 'contractuel', contrat: 'projet', dureeMois: 24 }, true],
    [
      'a CDD of 13 months on a permanent post',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 13, emploiPermanent: true },
      true,
    ],
    [
      'a CDD of exactly 12 months (not more than a year)',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 12, emploiPermanent: true },
      false,
    ],
    [
      'a CDD of 36 months on a non-permanent post',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 36, emploiPermanent: false },
      false,
    ],
    [
      'a temporary increase of 6 months',
      { statut: 'contractuel', contrat: 'accroissement-temporaire', dureeMois: 6 },
      false,
    ],
    [
      'a temporary increase of 12 months',
      { statut: 'contractuel', contrat: 'accroissement-temporaire', dureeMois: 12 },
      false,
    ],
    ['a seasonal contract', { statut: 'contractuel', contrat: 'saisonnier', dureeMois: 4 }, false],
  ])('%s → %s', (_, agent, expected) => {
    expect(compute('rh.droitEntretien', agent)).toBe(expected);
    expect(String(compute('rh.droitEntretienExplication', agent))).toMatch(
      expected ? /^Un fonctionnaire|^Droit/ : /^Pas de droit/,
    );
  });

  it('refuses an agent the rules command refuses: a contractual without contract, a titulaire with one', () => {
    expect(compute('rh.droitEntretien', { statut: 'contractuel' })).toBeUndefined();
    expect(compute('rh.droitEntretien', { statut: 'titulaire', contrat: 'cdi' })).toBeUndefined();
    expect(
      compute('rh.droitEntretien', { statut: 'contractuel', contrat: 'cdd', dureeMois: 18 }),
    ).toBeUndefined();
    expect(compute('rh.droitEntretien', { statut: 'stagiaire' })).toBeUndefined();
  });
});

describe('rh calculators: the convocation, at least 8 days before with the fiche de poste (décret 2014-1526)', () => {
  it.each<[string, Args, string]>([
    ['15 days before, fiche joined', regular, 'oui'],
    [
      'exactly 8 days before: a jours-francs reading says no (§7.2), never scored',
      { ...regular, convocationDate: '2027-03-08' },
      'incertain',
    ],
    ['7 days before', { ...regular, convocationDate: '2027-03-09' }, 'non'],
    ['4 days before', { ...regular, convocationDate: '2027-03-12' }, 'non'],
    ['15 days before without the fiche de poste', { ...regular, fichePosteJointe: false }, 'non'],
    [
      'exactly 8 days before without the fiche de poste: irregular whatever the reading',
      { ...regular, convocationDate: '2027-03-08', fichePosteJointe: false },
      'non',
    ],
  ])('%s → %s', (_, args, expected) => {
    expect(compute('rh.convocation', args)).toBe(expected);
  });

  it('gives the first possible day of the entretien and refuses a convocation after the entretien', () => {
    expect(compute('rh.premierJourEntretien', { convocationDate: '2027-03-01' })).toBe('2027-03-09');
    expect(compute('rh.convocation', { ...regular, convocationDate: '2027-03-17' })).toBeUndefined();
  });
});

describe('rh calculators: revision (15 jours francs) and CAP (within the month of the answer)', () => {
  it('the fact sheet’s own example: notified on 10 January, asked by the 26th at the latest', () => {
    expect(compute('rh.dernierJourRevision', { notificationDate: '2026-01-10' })).toBe('2026-01-26');
    expect(
      compute('rh.revision', {
        ...regular,
        entretienDate: '2026-01-05',
        convocationDate: '2025-12-15',
        notificationDate: '2026-01-10',
        demandeRevisionDate: '2026-01-26',
      }),
    ).toBe('oui');
  });

  it.each<[string, string]>([
    ['2027-04-06', 'oui'],
    // The last day (25 March + 16) is Saturday 10 April: still in time.
    ['2027-04-10', 'oui'],
    // Sunday 11 and Monday 12: late under the stated reading, in time if the delay were extended to the next
    // working day, which no text of the sheet says: never scored.
    ['2027-04-11', 'incertain'],
    ['2027-04-12', 'incertain'],
    ['2027-04-13', 'non'],
    ['2027-04-20', 'non'],
  ])('CR notified on 25 March 2027, revision asked on %s → %s', (demandeRevisionDate, expected) => {
    expect(compute('rh.revision', { ...notified, demandeRevisionDate })).toBe(expected);
  });

  it('no revision asked: sans-objet; the last day is Saturday 10 April 2027', () => {
    expect(compute('rh.revision', notified)).toBe('sans-objet');
    expect(compute('rh.saisineCap', notified)).toBe('sans-objet');
    expect(compute('rh.dernierJourRevision', { notificationDate: '2027-03-25' })).toBe('2027-04-10');
  });

  it.each<[string, Args, string]>([
    ['straight to the CAP, without revision', { ...notified, saisineCapSansRevision: true }, 'non'],
    [
      'to the CAP after the revision request but before the answer',
      {
        ...notified,
        demandeRevisionDate: '2027-04-06',
        reponseAutoriteDate: '2027-04-15',
        saisineCapDate: '2027-04-08',
      },
      'non',
    ],
    [
      'within the month after the answer',
      {
        ...notified,
        demandeRevisionDate: '2027-04-06',
        reponseAutoriteDate: '2027-04-15',
        saisineCapDate: '2027-05-10',
      },
      'oui',
    ],
    [
      'on the last day, Saturday 15 May',
      {
        ...notified,
        demandeRevisionDate: '2027-04-06',
        reponseAutoriteDate: '2027-04-15',
        saisineCapDate: '2027-05-15',
      },
      'oui',
    ],
    [
      'on Monday 17 May (a reading that extends to the working day): never scored',
      {
        ...notified,
        demandeRevisionDate: '2027-04-06',
        reponseAutoriteDate: '2027-04-15',
        saisineCapDate: '2027-05-17',
      },
      'incertain',
    ],
    [
      'on 1 June, well after the month',
      {
        ...notified,
        demandeRevisionDate: '2027-04-06',
        reponseAutoriteDate: '2027-04-15',
        saisineCapDate: '2027-06-01',
      },
      'non',
    ],
    [
      'the autorité silent: a point the sheet leaves open',
      { ...notified, demandeRevisionDate: '2027-04-06', saisineCapDate: '2027-05-10' },
      'incertain',
    ],
  ])('%s → %s', (_, args, expected) => {
    expect(compute('rh.saisineCap', args)).toBe(expected);
  });

  it('gives the other last days and the commission, as the engine does', () => {
    expect(compute('rh.dernierJourNotification', { entretienDate: '2027-03-16' })).toBe('2027-03-31');
    expect(compute('rh.dernierJourSaisineCap', { reponseAutoriteDate: '2027-04-15' })).toBe('2027-05-15');
    expect(compute('rh.instance', regular)).toBe('CAP');
    expect(compute('rh.instance', { ...regular, statut: 'contractuel', contrat: 'cdi' })).toBe('CCP');
    const engineCase = {
      kind: 'entretien',
      agent: { statut: 'titulaire' },
      convocationDate: '2027-03-01',
      entretienDate: '2027-03-16',
      fichePosteJointe: true,
    } as EntretienCase;
    expect(compute('rh.explication', regular)).toBe(evaluateEntretien(engineCase).explication);
  });

  it('refuses incoherent dates as the rules command does', () => {
    expect(compute('rh.revision', { ...notified, demandeRevisionDate: '2027-03-20' })).toBeUndefined();
    expect(compute('rh.revision', { ...regular, demandeRevisionDate: '2027-04-06' })).toBeUndefined();
  });

  it('maps a verdict to one word: M is never scored', () => {
    expect(rhOutcome(true, 'C')).toBe('oui');
    expect(rhOutcome(false, 'P')).toBe('non');
    expect(rhOutcome(false, 'M')).toBe('incertain');
    expect(rhOutcome(null, undefined)).toBe('sans-objet');
  });

  it('is registered in the vocabulary', () => {
    for (const name of Object.keys(rhCalculators)) expect(calculators[name]).toBeDefined();
    expect(calculators['conversation.climat']).toBeDefined();
  });
});

describe('conversation.climat: the climate of the conversation mini-game (game design)', () => {
  it.each<[ConversationMove[], string]>([
    [[], 'confiant'],
    [['attente', 'attente'], 'confiant'],
    [['ecoute', 'ecoute', 'ecoute', 'ecoute', 'ecoute'], 'confiant'],
    [['ecoute', 'neutre', 'ecoute'], 'confiant'],
    [['ecoute', 'neutre', 'neutre'], 'reserve'],
    [['ecoute', 'heurte', 'ecoute', 'ecoute'], 'reserve'],
    [['heurte', 'ecoute', 'heurte', 'ecoute', 'ecoute'], 'ferme'],
    [['heurte', 'heurte', 'attente'], 'ferme'],
  ])('%j → %s', (moves, expected) => {
    expect(conversationClimate(moves)).toBe(expected);
    const args = Object.fromEntries(moves.map((move, index) => [`e${index + 1}`, move]));
    expect(compute('conversation.climat', args)).toBe(expected);
  });

  it('refuses an unknown move', () => {
    expect(compute('conversation.climat', { e1: 'ecoute', e2: 'bof' })).toBeUndefined();
  });
});
