import { describe, expect, it } from 'vitest';
import { rhError, runRh } from './helpers';

/** A regular case: a titulaire convoked 11 days ahead with the fiche de poste. */
const base = {
  kind: 'entretien',
  agent: { statut: 'titulaire' },
  entretienDate: '2027-01-05',
  convocationDate: '2026-12-22',
  fichePosteJointe: true,
};

describe('entretien — droitEntretien (CGFP L521-1 ; décret 88-145 art. 1-3)', () => {
  it.each([
    ['a titulaire always has the right (L521-1)', { statut: 'titulaire' }, true],
    ['contractuel in CDI (88-145 art. 1-3)', { statut: 'contractuel', contrat: 'cdi' }, true],
    [
      'contrat de projet (88-145 art. 1-3)',
      { statut: 'contractuel', contrat: 'projet', dureeMois: 18 },
      true,
    ],
    [
      'case §8.5: 6-month contract for a temporary increase of activity → no right',
      { statut: 'contractuel', contrat: 'accroissement-temporaire', dureeMois: 6 },
      false,
    ],
    ['seasonal contract → no right', { statut: 'contractuel', contrat: 'saisonnier', dureeMois: 4 }, false],
    [
      'CDD of 24 months on a permanent post → right',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 24, emploiPermanent: true },
      true,
    ],
    [
      'CDD of exactly 12 months: « plus d’un an » not reached → no right',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 12, emploiPermanent: true },
      false,
    ],
    [
      'CDD of 13 months on a permanent post → right',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 13, emploiPermanent: true },
      true,
    ],
    [
      'CDD of 24 months on a non-permanent post → no right',
      { statut: 'contractuel', contrat: 'cdd', dureeMois: 24, emploiPermanent: false },
      false,
    ],
  ])('%s', (_point, agent, expected) => {
    const out = runRh({ ...base, agent });
    expect(out).toMatchObject({ droitEntretien: expected });
    expect((out.confidenceParChamp as Record<string, string>).droitEntretien).toBe('C');
  });

  it('a contractual’s references cite décret 88-145 art. 1-3, a titulaire’s CGFP L521-1', () => {
    expect(runRh(base).references).toContain('CGFP L521-1');
    expect(runRh({ ...base, agent: { statut: 'contractuel', contrat: 'cdi' } }).references).toContain(
      'décret 88-145 art. 1-3',
    );
  });
});

describe('entretien — convocationReguliere (8 days, fiche de poste ; décret 2014-1526)', () => {
  it.each([
    [
      'case §8.1: 16 March for 20 March, no fiche de poste → irregular',
      '2027-03-16',
      '2027-03-20',
      false,
      false,
      'C',
    ],
    ['4 days even with the fiche → irregular', '2027-03-16', '2027-03-20', true, false, 'C'],
    ['11 days but no fiche de poste → irregular, clear-cut', '2027-03-09', '2027-03-20', false, false, 'C'],
    ['9 days with the fiche → regular', '2027-03-11', '2027-03-20', true, true, 'C'],
    [
      'exactly 8 days with the fiche → regular but M (§7.2 fine computation)',
      '2027-03-12',
      '2027-03-20',
      true,
      true,
      'M',
    ],
    ['7 days with the fiche → irregular', '2027-03-13', '2027-03-20', true, false, 'C'],
    ['convocation the day of the entretien → irregular', '2027-03-20', '2027-03-20', true, false, 'C'],
  ])('%s', (_point, convocationDate, entretienDate, fichePosteJointe, expected, confidence) => {
    const out = runRh({ ...base, convocationDate, entretienDate, fichePosteJointe });
    expect(out.convocationReguliere).toBe(expected);
    expect((out.confidenceParChamp as Record<string, string>).convocationReguliere).toBe(confidence);
  });

  it('an M answer is said in confidence and in pointsIncertains, never presented as certain', () => {
    const out = runRh({ ...base, convocationDate: '2027-03-12', entretienDate: '2027-03-20' });
    expect(out.confidence).toBe('M');
    expect((out.pointsIncertains as string[]).join(' ')).toContain('§7.2');
  });

  it('cites décret 2014-1526 without an article number (§7.1)', () => {
    const refs = runRh(base).references as string[];
    expect(refs).toContain('décret 2014-1526');
    expect(refs.some((ref) => /2014-1526 art/.test(ref))).toBe(false);
  });
});

describe('entretien — revisionRecevable (15 jours francs after notification)', () => {
  const notified = {
    ...base,
    entretienDate: '2027-01-05',
    convocationDate: '2026-12-22',
    notificationDate: '2027-01-10',
  };
  it.each([
    ['not asked → null', undefined, null, undefined],
    ['sheet §1.7: notified 10 January, asked 26 January → admissible', '2027-01-26', true, 'C'],
    ['asked 27 January → late', '2027-01-27', false, 'C'],
    ['asked the day of the notification → admissible', '2027-01-10', true, 'C'],
  ])('%s', (_point, demandeRevisionDate, expected, confidence) => {
    const out = runRh({ ...notified, ...(demandeRevisionDate ? { demandeRevisionDate } : {}) });
    expect(out.revisionRecevable).toBe(expected);
    expect((out.confidenceParChamp as Record<string, string>).revisionRecevable).toBe(confidence);
  });

  it('last day a Saturday (26 December 2026): the next Monday is late, marked M (no text extends it)', () => {
    const out = runRh({
      ...base,
      entretienDate: '2026-12-01',
      convocationDate: '2026-11-20',
      notificationDate: '2026-12-10',
      demandeRevisionDate: '2026-12-28',
    });
    expect(out).toMatchObject({ revisionRecevable: false, confidence: 'M' });
  });
});

describe('entretien — notificationDansLeDelai (extra: CR notified within 15 days)', () => {
  it.each([
    ['no notification date → null', undefined, null],
    ['notified on day 15 → in time', '2027-01-20', true],
    ['notified on day 17 → late', '2027-01-22', false],
  ])('%s', (_point, notificationDate, expected) => {
    expect(
      runRh({ ...base, ...(notificationDate ? { notificationDate } : {}) }).notificationDansLeDelai,
    ).toBe(expected);
  });
});

describe('entretien — capRecevable and instance (§0.3: revision first, CAP or CCP within a month)', () => {
  const revised = {
    ...base,
    notificationDate: '2027-01-10',
    demandeRevisionDate: '2027-01-20',
    reponseAutoriteDate: '2027-02-01',
  };
  it.each([
    ['not referred → null', {}, null, undefined],
    [
      'case §8.4: CAP seized directly, without revision → inadmissible',
      { saisineCapSansRevision: true, demandeRevisionDate: undefined, reponseAutoriteDate: undefined },
      false,
      'C',
    ],
    [
      'a referral date with no revision request → inadmissible',
      { saisineCapDate: '2027-01-25', demandeRevisionDate: undefined, reponseAutoriteDate: undefined },
      false,
      'C',
    ],
    ['referral within the month of the answer → admissible', { saisineCapDate: '2027-02-20' }, true, 'C'],
    ['referral on the same day of the next month → admissible', { saisineCapDate: '2027-03-01' }, true, 'C'],
    ['referral two months after the answer → late', { saisineCapDate: '2027-04-01' }, false, 'C'],
    [
      'referral before the answer, while the autorité still has its 15 days → premature (P)',
      { saisineCapDate: '2027-01-28' },
      false,
      'P',
    ],
    [
      'autorité silent: referral a month after its 15 days → M (silence, §7.2)',
      { saisineCapDate: '2027-02-20', reponseAutoriteDate: undefined },
      true,
      'M',
    ],
    [
      'late revision request, then the CAP → M (not in the sheet)',
      { demandeRevisionDate: '2027-02-01', reponseAutoriteDate: '2027-02-05', saisineCapDate: '2027-02-20' },
      false,
      'M',
    ],
  ])('%s', (_point, patch, expected, confidence) => {
    const out = runRh({ ...revised, ...patch });
    expect(out.capRecevable).toBe(expected);
    expect((out.confidenceParChamp as Record<string, string>).capRecevable).toBe(confidence);
  });

  it.each([
    ['a titulaire’s commission is the CAP', { statut: 'titulaire' }, 'CAP'],
    ['a contractual’s commission is the CCP', { statut: 'contractuel', contrat: 'cdi' }, 'CCP'],
  ])('%s', (_point, agent, instance) => {
    const out = runRh({ ...revised, agent, saisineCapSansRevision: undefined });
    expect(out.instance).toBe(instance);
  });

  it('the contractual’s direct referral names the CCP in its explanation', () => {
    const out = runRh({
      ...base,
      agent: { statut: 'contractuel', contrat: 'cdi' },
      saisineCapSansRevision: true,
    });
    expect(out).toMatchObject({ capRecevable: false, instance: 'CCP' });
    expect(out.explication).toContain('Saisine de la CCP irrecevable');
  });
});

describe('entretien — malformed cases (one French message)', () => {
  it.each([
    ['missing fichePosteJointe', { fichePosteJointe: undefined }, 'fichePosteJointe'],
    ['fichePosteJointe as text', { fichePosteJointe: 'oui' }, 'booléen attendu'],
    ['impossible date 2026-02-30', { convocationDate: '2026-02-30' }, 'date réelle'],
    ['29 February of a non-leap year', { convocationDate: '2027-02-29' }, 'date réelle'],
    ['convocation after the entretien', { convocationDate: '2027-01-06' }, 'convocation postérieure'],
    ['a contractual without a contract', { agent: { statut: 'contractuel' } }, 'contrat'],
    [
      'a titulaire with a contract',
      { agent: { statut: 'titulaire', contrat: 'cdi' } },
      'un titulaire n’a pas de contrat',
    ],
    [
      'a CDD without its duration',
      { agent: { statut: 'contractuel', contrat: 'cdd', emploiPermanent: true } },
      'dureeMois',
    ],
    [
      'a revision request without the notification date',
      { demandeRevisionDate: '2027-01-20' },
      'notificationDate',
    ],
    [
      'a revision request before the notification',
      { notificationDate: '2027-01-10', demandeRevisionDate: '2027-01-09' },
      'antérieure à la notification',
    ],
    [
      'a direct referral and a revision request at once',
      { notificationDate: '2027-01-10', demandeRevisionDate: '2027-01-12', saisineCapSansRevision: true },
      'contradiction',
    ],
    ['an unknown key', { remarque: 'x' }, 'remarque'],
  ])('%s', (_point, patch, fragment) => {
    expect(rhError({ ...base, ...patch })).toContain(fragment);
  });

  it('accepts 29 February of a leap year', () => {
    expect(runRh({ ...base, convocationDate: '2028-02-20', entretienDate: '2028-02-29' })).not.toHaveProperty(
      'error',
    );
  });
});
