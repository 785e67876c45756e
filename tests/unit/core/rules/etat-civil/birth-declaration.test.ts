import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isNonWorkingDay, toDayNumber } from '../../../../../src/core/dates';
import {
  BIRTH_DECLARANTS,
  assessBirthDeclaration,
  birthDeclarationDeadline,
  isBirthDeclarationLate,
  isListedBirthDeclarant,
} from '../../../../../src/core/rules/etat-civil';

describe('birth declaration deadline (code civil art. 55, décret 2017-278 art. 1)', () => {
  it.each([
    // Ordinary weeks: day 5 is a working day.
    ['2026-11-18', '2026-11-23', '2026-11-23'],
    ['2026-11-19', '2026-11-24', '2026-11-24'],
    // Day 5 on a Saturday or a Sunday → Monday.
    ['2026-12-21', '2026-12-26', '2026-12-28'],
    ['2026-11-17', '2026-11-22', '2026-11-23'],
    // Christmas (Friday 25 December 2026), then the weekend.
    ['2026-12-20', '2026-12-25', '2026-12-28'],
    // Year boundary: 1 January 2027 is a Friday, then the weekend.
    ['2026-12-27', '2027-01-01', '2027-01-04'],
    // Easter Monday 6 April 2026.
    ['2026-04-01', '2026-04-06', '2026-04-07'],
    // Ascension, Thursday 14 May 2026.
    ['2026-05-09', '2026-05-14', '2026-05-15'],
    // Pentecost Monday, 25 May 2026.
    ['2026-05-20', '2026-05-25', '2026-05-26'],
    // 8 May 2026 is a Friday, then the weekend.
    ['2026-05-03', '2026-05-08', '2026-05-11'],
    // 14 July 2026 is a Tuesday.
    ['2026-07-09', '2026-07-14', '2026-07-15'],
    // 15 August 2026 is a Saturday, then Sunday.
    ['2026-08-10', '2026-08-15', '2026-08-17'],
    // 11 November 2026 is a Wednesday.
    ['2026-11-06', '2026-11-11', '2026-11-12'],
    // Leap year: 29 February 2028 is counted.
    ['2028-02-25', '2028-03-01', '2028-03-01'],
  ])('born %s → day 5 is %s → last day %s', (birth, nominal, last) => {
    expect(birthDeclarationDeadline(birth)).toEqual({
      nominalLastDay: nominal,
      lastDay: last,
      extended: nominal !== last,
    });
  });

  it.each([
    ['2026-12-21', '2026-12-21', false],
    ['2026-12-21', '2026-12-26', false],
    ['2026-12-21', '2026-12-28', false],
    ['2026-12-21', '2026-12-29', true],
    ['2026-11-18', '2026-11-23', false],
    ['2026-11-18', '2026-11-24', true],
    ['2026-12-27', '2027-01-04', false],
    ['2026-12-27', '2027-01-05', true],
  ])('born %s, declared %s → late %s', (birth, declared, late) => {
    expect(isBirthDeclarationLate(birth, declared)).toBe(late);
  });

  it('refuses a declaration dated before the birth', () => {
    expect(() => isBirthDeclarationLate('2026-12-21', '2026-12-20')).toThrow(RangeError);
  });

  it('ends on a working day, five days or more after the birth, skipping only non-working days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2060-12-31') }),
        (dayNumber) => {
          const birth = fromDayNumber(dayNumber);
          const { nominalLastDay, lastDay } = birthDeclarationDeadline(birth);
          if (nominalLastDay !== addDays(birth, 5) || isNonWorkingDay(lastDay) || lastDay < nominalLastDay)
            return false;
          for (let day = nominalLastDay; day < lastDay; day = addDays(day, 1)) {
            if (!isNonWorkingDay(day)) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('declarants (code civil art. 56)', () => {
  it.each([
    ['pere', true],
    ['medecin', true],
    ['sage_femme', true],
    ['personne_presente', true],
    ['hote', true],
    ['mere', false],
    ['autre', false],
  ] as const)('%s listed %s', (declarant, listed) => {
    expect(isListedBirthDeclarant(declarant)).toBe(listed);
  });
});

describe('assessing a birth declaration', () => {
  it('receives the father’s declaration on the extended last day', () => {
    const out = assessBirthDeclaration({
      birthDate: '2026-12-21',
      declarationDate: '2026-12-28',
      birthPlace: 'commune',
      declarant: 'pere',
    });
    expect(out).toMatchObject({ decision: 'recevoir', late: false, scored: true, followUp: [] });
    expect(out.references).toEqual(['code civil art. 55', 'décret 2017-278 art. 1', 'code civil art. 56']);
    expect(out.reason).toContain('prorogé au lundi 28 décembre 2026');
    expect(out.reason).toContain('un samedi');
  });
  it('refuses a late declaration, explains the jugement déclaratif and informs the procureur', () => {
    const out = assessBirthDeclaration({
      birthDate: '2026-12-21',
      declarationDate: '2026-12-29',
      birthPlace: 'commune',
      declarant: 'pere',
    });
    expect(out).toMatchObject({ decision: 'refuser', late: true, scored: true });
    expect(out.followUp).toEqual(['jugement_declaratif', 'aviser_procureur']);
    expect(out.reason).toContain('jugement déclaratif');
    expect(out.rules).toContain('declaration-naissance-tardive');
  });
  it('refuses a late declaration whoever declares', () => {
    for (const declarant of BIRTH_DECLARANTS) {
      const out = assessBirthDeclaration({
        birthDate: '2026-11-02',
        declarationDate: '2026-11-23',
        birthPlace: 'commune',
        declarant,
      });
      expect(out.decision).toBe('refuser');
      expect(out.scored).toBe(true);
    }
  });
  it('receives the mother’s declaration without scoring it', () => {
    const out = assessBirthDeclaration({
      birthDate: '2026-11-18',
      declarationDate: '2026-11-20',
      birthPlace: 'commune',
      declarant: 'mere',
    });
    expect(out).toMatchObject({ decision: 'recevoir', scored: false });
    expect(out.uncertain[0]?.rule).toBe('declarants-naissance-hors-liste');
  });
  it('orients a birth in another commune to its mairie, with the deadline', () => {
    const out = assessBirthDeclaration({
      birthDate: '2026-11-18',
      declarationDate: '2026-11-19',
      birthPlace: 'autre_commune',
      declarant: 'pere',
    });
    expect(out).toMatchObject({ decision: 'orienter', orientation: 'mairie_du_lieu', late: false });
    expect(out.deadline?.lastDay).toBe('2026-11-23');
  });
  it('orients a birth abroad to the consulate', () => {
    const out = assessBirthDeclaration({
      birthDate: '2026-11-18',
      declarationDate: '2026-11-19',
      birthPlace: 'etranger',
      declarant: 'pere',
    });
    expect(out).toMatchObject({ decision: 'orienter', orientation: 'consulat', deadline: null });
  });
});
