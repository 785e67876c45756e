/**
 * Errata 2, 3 and 5 of issue 15 in « Le dépouillement » (scenario v3), at the level of the scenario a trainee plays:
 * the texts the views show and the evidence of whole runs, not the rule engine alone.
 *
 * - Erratum 2 (code électoral R41; décret de convocation of each presidential election): a presidential poll closes
 *   at 19 h, set by the convocation decree; a municipal one at R41's 18 h. The welcome comes 20 minutes before.
 * - Erratum 3 (code électoral L74): the mandataire signs in front of the mandant's name under L74; L73 only caps
 *   the number of proxies.
 * - Erratum 5 (code électoral L260 and R66-2; loi 2025-444): a modified list ballot is void under L260 and R66-2
 *   in a commune of 1 000 inhabitants and more (Saint-Aubin, 1 200), under loi 2025-444 below.
 * - The world is one (erratum 7): the polling station is the world's, « la salle des fêtes ».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  autoplay,
  DEFAULT_WORLD_VARS,
  replayRun,
  seedPerVariant,
  startRun,
  viewOf,
  type BotStrategy,
  type ScenarioEvent,
  type ScenarioInput,
} from '../../../src/core/scenario';
import type { Scalar } from '../../../src/core/scenario/format/schema';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { playScript, repoScenario, seedOf as seedOfVariant } from './scenario-kit';

const { scenario, program } = repoScenario('depouillement');
const seedOf = (variant: string) => seedOfVariant(program, variant);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

/** Every variant and its election: a new variant must be added here, not skipped. */
const VARIANTS = [
  ['presidentielle-durand-leroy', 'presidentielle'],
  ['presidentielle-moreau-bertin', 'presidentielle'],
  ['municipales-2026-ensemble-agir', 'municipale_liste'],
  ['municipales-2026-vivre-avenir', 'municipale_liste'],
  ['municipale-ensemble-agir', 'municipale_liste'],
  ['municipale-vivre-avenir', 'municipale_liste'],
] as const;
type Election = (typeof VARIANTS)[number][1];
const MUNICIPAL = VARIANTS.filter(([, election]) => election === 'municipale_liste').map(([id]) => id);
const BOTS: readonly BotStrategy[] = ['good', 'careless'];

/** Non-breaking and narrow non-breaking spaces as plain spaces: the assertions are on the words. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every hour a text gives, as « 19 h » or « 18 h 40 ». */
const hoursIn = (text: string) =>
  [...plain(text).matchAll(/\b\d{1,2} h(?: \d{2})?\b/g)].map(([hour]) => hour);

/** What each election says of its closing (hours and source as the debrief writes them). */
const CLOSING: Record<
  Election,
  { clock: string; legal: string; welcome: string; source: string; forbidden: readonly RegExp[] }
> = {
  presidentielle: {
    clock: '19:00',
    legal: '19 h',
    welcome: '18 h 40',
    source:
      'fixée par le décret de convocation des électeurs à l’élection présidentielle, qui déroge aux 18 h de l’article R41 du code électoral (19 h, comme le décret n° 2022-66 pour 2022 et les décrets de 2012 et de 2017 ; 20 h là où le préfet l’autorise)',
    forbidden: [/faute d’arrêté préfectoral/],
  },
  municipale_liste: {
    clock: '18:00',
    legal: '18 h',
    welcome: '17 h 40',
    source: 'fixée par l’article R41 du code électoral, faute d’arrêté préfectoral retardant la clôture',
    forbidden: [/décret/, /\b19 h/, /présidentielle/],
  },
};

/** The good bot's run of a variant in the default world, cached: its log leads to any step. */
const goodRuns = new Map<string, ReturnType<typeof autoplay>>();
function goodRun(variant: string) {
  const cached = goodRuns.get(variant);
  if (cached) return cached;
  const seed = seedOf(variant);
  const run = autoplay(program, { seed }, 'good', seed);
  expect(run.stoppedBecause).toBeNull();
  goodRuns.set(variant, run);
  return run;
}

/** The good bot's events up to (not including) the event taken at `step`, and that event. */
function goodPrefix(variant: string, step: string): { prefix: ScenarioEvent[]; event: ScenarioEvent } {
  const run = goodRun(variant);
  const at = run.visited.indexOf(step);
  const event = run.log[at];
  if (at < 0 || !event) throw new Error(`${variant} : étape ${step} non atteinte`);
  return { prefix: run.log.slice(0, at), event };
}

/** The view of `step` in a variant, reached by the good bot's events. */
function viewAt(variant: string, step: string) {
  const { prefix } = goodPrefix(variant, step);
  const replay = replayRun(program, { seed: seedOf(variant) }, prefix);
  expect(replay.refusedAt).toBeNull();
  return viewOf(program, replay.snapshot);
}

/** The welcome lines a trainee reads first, through the view. */
function welcome(input: ScenarioInput): string[] {
  const view = viewOf(program, replayRun(program, input, []).snapshot);
  if (view?.kind !== 'dialogue' || view.stepId !== 'accueil') throw new Error('accueil attendu');
  return [...view.lines];
}

function only(evidence: readonly Evidence[], step: string): Evidence {
  const found = evidence.filter((item) => item.step === step);
  expect(found, step).toHaveLength(1);
  return found[0] as Evidence;
}

/** Every string of the scenario file with its path, to find a citation wherever it hides. */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

const electionOf = (variant: string): Election => {
  const found = VARIANTS.find(([id]) => id === variant);
  if (!found) throw new Error(`variante ${variant} inconnue`);
  return found[1];
};

describe('« Le dépouillement »: the variants the errata tables cover', () => {
  it('are exactly the variants the scenario draws, with their election', () => {
    const drawn = [...seedPerVariant(program).entries()].map(([variant, seed]) => [
      variant,
      startRun(program, { seed }).context.vars.election,
    ]);
    expect(drawn.sort()).toEqual([...VARIANTS].map(([id, election]) => [id, election]).sort());
  });
});

describe('erratum 2: a presidential poll closes at 19 h by its convocation decree, a municipal one at 18 h (R41)', () => {
  it.each(VARIANTS)(
    '%s (%s): the welcome is 20 minutes before the legal closing hour, and gives no other hour',
    (variant, election) => {
      const closing = CLOSING[election];
      const vars = startRun(program, { seed: seedOf(variant) }).context.vars;
      expect(vars.heureCloture).toBe(closing.clock);
      expect(plain(String(vars.heureLegale))).toBe(closing.legal);
      expect(plain(String(vars.heureAccueil))).toBe(closing.welcome);
      const lines = welcome({ seed: seedOf(variant) }).map(plain);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain(`Il est ${closing.welcome} dans l’unique bureau de vote`);
      expect(lines[1]).toContain(`Dans vingt minutes, à ${closing.legal}, je déclarerai le scrutin clos`);
      expect(hoursIn(lines.join(' '))).toEqual([closing.welcome, closing.legal]);
    },
  );

  it.each(VARIANTS)(
    '%s (%s): the cloture question, its options and the declaration of the closing give the legal hour only',
    (variant, election) => {
      const closing = CLOSING[election];
      const cloture = viewAt(variant, 'cloture');
      expect(cloture?.kind).toBe('choice');
      if (cloture?.kind !== 'choice') return;
      expect(plain(cloture.prompt)).toContain(`Il est ${closing.legal}. Une électrice est entrée`);
      const labels = cloture.options.map((option) => plain(option.label));
      expect(labels.find((label) => label.startsWith('Elle constate'))).toContain(
        `la clôture à ${closing.legal} et la porte au procès-verbal`,
      );
      const liste = viewAt(variant, 'liste-emargement');
      const listePrompt = liste?.kind === 'choice' ? plain(liste.prompt) : '';
      expect(listePrompt).toContain(`Il est ${closing.legal} : je déclare le scrutin clos`);
      for (const text of [cloture.prompt, ...labels, listePrompt])
        expect(hoursIn(text).filter((hour) => hour !== closing.legal)).toEqual([]);
    },
  );

  const OPTIONS = [
    ['constater', { type: 'user.choose', optionId: 'constater' }, 'conforme'],
    ['tous', { type: 'user.choose', optionId: 'tous' }, 'illegal'],
    ['personne', { type: 'user.choose', optionId: 'personne' }, 'illegal'],
    ['timeout', { type: 'timer.expire' }, 'risque'],
  ] as const satisfies readonly (readonly [string, ScenarioEvent, string])[];

  /** The debrief of the cloture decision: the hour and its source, never the other election's. */
  function expectClosingExplained(evidence: Evidence, election: Election) {
    const closing = CLOSING[election];
    const explanation = plain(evidence.explanation);
    const tail = `Ce soir, la clôture est à ${closing.legal}, ${closing.source}.`;
    expect(explanation.endsWith(tail), explanation).toBe(true);
    // Before the source, the explanation gives the legal hour and no other.
    const body = explanation.slice(0, -tail.length);
    expect(hoursIn(body).filter((hour) => hour !== closing.legal)).toEqual([]);
    for (const pattern of closing.forbidden) expect(explanation).not.toMatch(pattern);
    if (election === 'presidentielle') {
      expect(explanation).toContain('décret de convocation');
      // 18 h only as the hour of R41 the decree overrides.
      expect(explanation.match(/\b18 h\b/g)).toEqual(['18 h']);
      expect(explanation).toContain('qui déroge aux 18 h de l’article R41');
    } else {
      expect(explanation).toContain('l’article R41 du code électoral');
    }
    expect(evidence.reference).toBe('code électoral R41 (ou décret de convocation de l’élection) et R57');
  }

  it.each(
    VARIANTS.flatMap(([variant, election]) =>
      OPTIONS.map((option) => [variant, election, ...option] as const),
    ),
  )(
    '%s (%s): option « %s » of the cloture decision is explained with the legal hour and where it comes from',
    (variant, election, _option, event, verdict) => {
      const { prefix } = goodPrefix(variant, 'cloture');
      const session = playScript(program, seedOf(variant), [...prefix, event]);
      const evidence = only(session.snapshot().context.evidence, 'cloture');
      expect(evidence.verdict).toBe(verdict);
      expectClosingExplained(evidence, election);
    },
  );

  it.each(VARIANTS.flatMap(([variant, election]) => BOTS.map((bot) => [variant, election, bot] as const)))(
    '%s (%s): the %s play’s debrief of the cloture decision says the legal hour and its source',
    (variant, election, bot) => {
      const seed = seedOf(variant);
      const run = autoplay(program, { seed }, bot, seed);
      expect(run.stoppedBecause).toBeNull();
      expectClosingExplained(only(run.snapshot.context.evidence, 'cloture'), election);
    },
    SLOW,
  );

  it('keeps the hours out of the texts: each one comes from the closing rule of the election', () => {
    const hard = Object.entries(scenario.texts).filter(([, text]) => hoursIn(text).length > 0);
    expect(hard).toEqual([]);
    expect(scenario.computed?.heureLegale).toMatchObject({ rule: 'depouillement.closingHour' });
    expect(scenario.computed?.heureAccueil).toMatchObject({
      rule: 'depouillement.closingHour',
      args: { decalageMinutes: -20 },
    });
    expect(scenario.computed?.sourceCloture).toMatchObject({ rule: 'depouillement.closingSource' });
  });
});

describe('erratum 3: the mandataire signs in front of the mandant’s name under L74; L73 only caps the proxies', () => {
  const L73 = /\bL\s?73\b/;

  it('cites L74 for the signature, and L73 nowhere in the scenario but as the reference of the cap', () => {
    const signature = scenario.scoring.procurations?.fields?.signature;
    expect(signature?.reference).toBe('code électoral L74');
    expect(Object.values(signature?.answers ?? {}).map((answer) => answer.reference)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(stringsOf(scenario).filter(([, text]) => L73.test(text))).toEqual([
      ['scoring.procurations.reference', 'code électoral L73'],
    ]);
    // That decision-level reference reaches only the two fields of the cap, which have none of their own.
    const fields = scenario.scoring.procurations?.fields ?? {};
    expect(
      Object.entries(fields)
        .filter(([, field]) => field.reference === undefined)
        .map(([id]) => id),
    ).toEqual(['procA', 'procB']);
  });

  const SIGNATURES = [
    ['mandant', 'conforme'],
    ['mandataire', 'illegal'],
    ['registre', 'risque'],
  ] as const;

  it.each(VARIANTS.flatMap(([variant]) => SIGNATURES.map((answer) => [variant, ...answer] as const)))(
    '%s: answering « %s » for the signature is judged under L74, the proxies under L73',
    (variant, answer, verdict) => {
      const { prefix, event } = goodPrefix(variant, 'procurations');
      if (event.type !== 'user.submit') throw new Error('procurations : formulaire attendu');
      const session = playScript(program, seedOf(variant), [
        ...prefix,
        { type: 'user.submit', values: { ...event.values, signature: answer } },
      ]);
      const evidence = session.snapshot().context.evidence;
      const signature = only(evidence, 'procurations.signature');
      expect(signature.verdict).toBe(verdict);
      expect(signature.reference).toBe('code électoral L74');
      expect(signature.explanation).toMatch(/le mandataire signe .*en face du nom du mandant/i);
      expect(signature.explanation).not.toMatch(L73);
      for (const step of ['procurations.procA', 'procurations.procB']) {
        const cap = only(evidence, step);
        expect(cap.verdict).toBe('conforme');
        expect(cap.reference).toBe('code électoral L73');
        expect(cap.explanation).toContain('Un mandataire dispose au plus de deux procurations');
        expect(cap.explanation).not.toMatch(/sign/);
      }
    },
  );

  it.each(VARIANTS.flatMap(([variant]) => BOTS.map((bot) => [variant, bot] as const)))(
    '%s: in the %s play, only the two proxies’ evidence cites L73',
    (variant, bot) => {
      const seed = seedOf(variant);
      const run = autoplay(program, { seed }, bot, seed);
      expect(run.stoppedBecause).toBeNull();
      const citing = run.snapshot.context.evidence
        .filter((item) => L73.test(`${item.explanation} ${item.reference} ${item.choice}`))
        .map((item) => item.step);
      expect(citing).toEqual(['procurations.procA', 'procurations.procB']);
      expect(only(run.snapshot.context.evidence, 'procurations.signature').reference).toBe(
        'code électoral L74',
      );
    },
    SLOW,
  );
});

describe('erratum 5: a modified list ballot is void under the rule of Saint-Aubin’s size', () => {
  const world = JSON.parse(
    readFileSync(join(process.cwd(), 'scenarios', 'world', 'saint-aubin.json'), 'utf8'),
  ) as { population: number };

  /** What the debrief cites for each size of the commune. */
  const SIZES = [
    {
      population: 1200,
      written: '1 200',
      scope: 'dans les communes de 1 000 habitants et plus depuis 2014',
      citation: 'code électoral L260 et R66-2',
      reference: 'code électoral L260 et R66-2 ; code électoral L65 ; code électoral L66',
      forbidden: [/2025-444/, /moins de 1 000/, /depuis mars 2026/],
    },
    {
      population: 850,
      written: '850',
      scope: 'dans les communes de moins de 1 000 habitants depuis mars 2026',
      citation: 'loi 2025-444',
      reference: 'code électoral L65 ; code électoral L66 ; loi 2025-444',
      forbidden: [/L260/, /R66-2/, /et plus depuis 2014/],
    },
  ] as const;

  it('takes Saint-Aubin’s 1 200 inhabitants from the world file, in every municipal variant', () => {
    expect(world.population).toBe(1200);
    expect(DEFAULT_WORLD_VARS.population).toBe(world.population);
    for (const variant of MUNICIPAL) {
      const vars = startRun(program, { seed: seedOf(variant) }).context.vars;
      expect([variant, vars.population, vars.refListe]).toEqual([
        variant,
        1200,
        'code électoral L260 et R66-2',
      ]);
    }
    // The scenario does not set the population itself: it is the world's.
    expect(scenario.vars?.population).toBeUndefined();
    expect(scenario.variants?.map((variant) => variant.vars.population)).toEqual(
      VARIANTS.map(() => undefined),
    );
  });

  it.each(
    MUNICIPAL.flatMap((variant) =>
      SIZES.flatMap((size) => BOTS.map((bot) => [variant, size.population, bot, size] as const)),
    ),
  )(
    '%s with %i inhabitants, %s play: the list-ballot explanations cite the rule of that size',
    (variant, population, bot, size) => {
      const seed = seedOf(variant);
      const worldVars: Record<string, Scalar> = { ...DEFAULT_WORLD_VARS, population };
      const run = autoplay(program, { seed, worldVars }, bot, seed);
      expect(run.stoppedBecause).toBeNull();
      const evidence = run.snapshot.context.evidence;
      expect(electionOf(variant)).toBe('municipale_liste');

      const count = only(evidence, 'douteux-municipale');
      const explanation = plain(count.explanation);
      expect(explanation).toContain(
        `à Saint-Aubin-sur-Loire (${size.written} habitants), un bulletin de liste rayé, complété ou dont l’ordre des noms est modifié est nul, comme ${size.scope} (${size.citation}).`,
      );
      expect(count.reference).toBe(size.reference);

      const annexes = ['e2', 'e3', 'e6'].map((item) => only(evidence, `annexes-municipale.${item}`));
      for (const annex of annexes)
        expect(plain(annex.explanation)).toContain(`nul, ${size.scope} (${size.citation}).`);
      // The annexed ballots cite the text that applies to the commune's size, as their explanation does.
      for (const annex of annexes) expect(annex.reference).toBe(size.citation);

      for (const text of [count, ...annexes].map((item) => plain(item.explanation)))
        for (const pattern of size.forbidden) expect(text).not.toMatch(pattern);
      for (const pattern of size.forbidden) expect(count.reference).not.toMatch(pattern);
    },
    SLOW,
  );
});

describe('the polling station is the world’s', () => {
  it.each(VARIANTS)(
    '%s: the welcome sets the bureau in the salle des fêtes, as the world says',
    (variant) => {
      const [first] = welcome({ seed: seedOf(variant) });
      expect(first).toContain(
        'dans l’unique bureau de vote de Saint-Aubin-sur-Loire, installé dans la salle des fêtes.',
      );
      expect(DEFAULT_WORLD_VARS.bureauDeVote).toBe('la salle des fêtes');
    },
  );

  it('follows the world’s polling station, and no text names one of its own', () => {
    const worldVars: Record<string, Scalar> = { ...DEFAULT_WORLD_VARS, bureauDeVote: 'la salle polyvalente' };
    const lines = welcome({ seed: seedOf('municipale-ensemble-agir'), worldVars }).join(' ');
    expect(lines).toContain('installé dans la salle polyvalente.');
    expect(lines).not.toContain('salle des fêtes');
    expect(scenario.texts['accueil.1']).toContain('installé dans {bureauDeVote}.');
    expect(
      Object.entries(scenario.texts).filter(([, text]) => /salle des fêtes|salle du conseil/i.test(text)),
    ).toEqual([]);
  });
});
