import type { WorldFacts } from './world-facts';

/**
 * Reading a scenario text for what it says about the commune: who holds a role, where a function is held,
 * which value a figure has, which service the commune has. Each finder returns the contradictions of one
 * sentence with the world, as French messages; none reads anything but the text and the facts.
 */
export interface WorldContradiction {
  readonly message: string;
  readonly expected: string;
  readonly found: string;
}

const CIVILITY = String.raw`(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)`;
const NAME_WORD = String.raw`[A-ZÀ-ÖØ-Ý][\p{L}'-]+`;
/** « M. Daniel Roche », « Mme Pichon », « Sandrine Pichon » (two words at least without a civility). */
const PERSON = String.raw`(?:${CIVILITY}\s+(?:${NAME_WORD}\s+){0,2}${NAME_WORD}|(?:${NAME_WORD}\s+){1,2}${NAME_WORD})`;
/** The name right after the role words: « l'agent technique, M. Daniel Roche ». */
const PERSON_AFTER = new RegExp(String.raw`^\s*[,:(—–-]?\s*(${PERSON})`, 'u');
/** The name right before them: « Mme Sandrine Pichon, ATSEM », « Sandrine Pichon, l'ATSEM ». */
const PERSON_BEFORE = new RegExp(String.raw`(${PERSON})\s*,\s*(?:l'|le\s+|la\s+)?$`, 'u');
/** « Madame la maire, M. Benali attend » speaks to the role: the name after it is someone else. */
const VOCATIVE = /(?:Madame|Monsieur)\s+(?:la\s+|le\s+)?$/i;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:%|pour\s?cent)/u;
const YEAR = /\b(20\d\d)\b/gu;

/** Texts use the typographic apostrophe; the world's words the plain one. Same length: positions hold. */
export function normalise(text: string): string {
  return text.replace(/’/g, "'").replace(/\u00a0|\u202f/g, ' ');
}

/** Sentences of a text; « M. » and « Mme. » do not end one. */
export function sentencesOf(text: string): string[] {
  return normalise(text)
    .split(/(?<!\b(?:M|MM|Mme|Mlle|Dr|St|art|n°))[.!?…]+\s+(?=[A-ZÀ-Ý«"(])|\n+/u)
    .filter((sentence) => sentence.trim() !== '');
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-blind pattern for each word, compiled once per check (a scenario has thousands of sentences). */
export type WordPatterns = ReadonlyMap<string, RegExp>;

/** The patterns of every word the facts use, and of the places (after « dans », « à », « en »). */
export function patternsOf(facts: WorldFacts): WordPatterns {
  const patterns = new Map<string, RegExp>();
  const words = [
    ...facts.people.flatMap((person) => person.words),
    ...facts.functions.flatMap((fn) => fn.words),
    ...facts.figures.flatMap((figure) => figure.words),
    ...facts.outside.flatMap((place) => place.words),
  ];
  for (const word of words) {
    patterns.set(word, new RegExp(`(?<![\\p{L}\\p{N}])${escape(normalise(word))}(?![\\p{L}\\p{N}])`, 'giu'));
  }
  for (const place of facts.places) {
    patterns.set(
      `@${place}`,
      new RegExp(
        `(?<![\\p{L}])(?:dans|à|en)\\s+(?:la\\s+|le\\s+|les\\s+|l')?${escape(normalise(place))}(?![\\p{L}])`,
        'iu',
      ),
    );
  }
  return patterns;
}

/** Where a word stands in a sentence, as a whole word, whatever its case. */
function occurrences(
  sentence: string,
  word: string,
  patterns: WordPatterns,
): { start: number; end: number }[] {
  const pattern = patterns.get(word);
  if (!pattern || !sentence.toLowerCase().includes(normalise(word).toLowerCase())) return [];
  return [...sentence.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The name words of a person mention, civility removed. */
function nameWords(mention: string): string[] {
  return mention
    .replace(new RegExp(`^${CIVILITY}\\s+`, 'u'), '')
    .split(/\s+/)
    .map(fold);
}

/** True when a mention can only be someone else: another surname, or another first name. */
function isAnotherPerson(mention: string, holder: string): boolean {
  const said = nameWords(mention);
  const real = nameWords(holder);
  if (said.at(-1) !== real.at(-1)) return true;
  return said.length >= 2 && real.length >= 2 && said.at(-2) !== real.at(-2);
}

/** (b) A person named by a role the world gives to someone else. */
export function peopleContradictions(
  sentence: string,
  facts: WorldFacts,
  patterns: WordPatterns,
): WorldContradiction[] {
  const found: WorldContradiction[] = [];
  for (const person of facts.people) {
    for (const word of person.words) {
      for (const at of occurrences(sentence, word, patterns)) {
        const before = sentence.slice(Math.max(0, at.start - 60), at.start);
        const after = VOCATIVE.test(before) ? null : PERSON_AFTER.exec(sentence.slice(at.end));
        const mention = after?.[1] ?? PERSON_BEFORE.exec(before)?.[1];
        if (mention !== undefined && isAnotherPerson(mention, person.name)) {
          found.push({
            message: `Le monde de ${facts.commune} donne ce rôle (« ${word} ») à ${person.name} (${person.label}) : ${person.variable ? `écrivez {${person.variable}}` : 'reprenez ce nom'}.`,
            expected: person.name,
            found: mention,
          });
        }
      }
    }
  }
  return found;
}

/** (c) A function (the polling station) placed somewhere else than the world's place for it. */
export function functionContradictions(
  sentence: string,
  facts: WorldFacts,
  patterns: WordPatterns,
): WorldContradiction[] {
  const found: WorldContradiction[] = [];
  for (const fn of facts.functions) {
    const others = facts.places.filter((place) => fold(place) !== fold(fn.place));
    for (const word of fn.words) {
      for (const at of occurrences(sentence, word, patterns)) {
        const following = sentence.slice(at.end, at.end + 90);
        const elsewhere = others.find((place) => patterns.get(`@${place}`)?.test(following) === true);
        if (elsewhere !== undefined) {
          found.push({
            message: `Dans le monde de ${facts.commune}, le ${word} est dans ${fn.name} : ${fn.variable ? `écrivez {${fn.variable}}` : 'reprenez ce lieu'}.`,
            expected: fn.name,
            found: elsewhere,
          });
        }
      }
    }
  }
  return found;
}

function frenchValue(value: number): string {
  return String(value).replace('.', ',');
}

/** (d) A figure of the budget history quoted with another value. */
export function figureContradictions(
  sentence: string,
  facts: WorldFacts,
  patterns: WordPatterns,
): WorldContradiction[] {
  const found: WorldContradiction[] = [];
  const allWords = facts.figures.flatMap((figure) => figure.words);
  const years = [...sentence.matchAll(YEAR)].map((match) => Number(match[1]));
  for (const figure of facts.figures) {
    for (const word of figure.words) {
      for (const at of occurrences(sentence, word, patterns)) {
        // The value quoted for this figure comes before any other figure's words.
        const rest = sentence.slice(at.end);
        const stop = Math.min(
          rest.length,
          ...allWords.flatMap((other) => occurrences(rest, other, patterns).map((next) => next.start)),
        );
        const quoted = PERCENT.exec(rest.slice(0, stop));
        if (!quoted?.[1]) continue;
        const value = Number(quoted[1].replace(',', '.'));
        const named = figure.values.filter((entry) => years.includes(entry.exercice));
        const candidates = named.length > 0 ? named : figure.values;
        if (!candidates.some((entry) => Math.abs(entry.value - value) < 1e-9)) {
          const truth = candidates
            .map((entry) => `${frenchValue(entry.value)} % en ${entry.exercice}`)
            .join(', ');
          found.push({
            message: `Le ${figure.label} de ${facts.commune} est fixé par le monde (${truth})${figure.variable ? ` : écrivez {${figure.variable}} pour le dernier exercice` : ''}.`,
            expected: truth,
            found: `${quoted[1]} %`,
          });
        }
      }
    }
  }
  return found;
}

/** (e) A service the commune does not have, given to it (« la maternité de Saint-Aubin-sur-Loire »). */
export function outsideContradictions(
  sentence: string,
  facts: WorldFacts,
  patterns: WordPatterns,
): WorldContradiction[] {
  const found: WorldContradiction[] = [];
  const commune = escape(facts.commune);
  const short = escape(facts.commune.replace(/-sur-.*$|-en-.*$|-l[ae]s?-.*$/u, ''));
  const ofTheCommune = new RegExp(
    `^\\s*(?:(?:de|du|d')\\s*(?:la\\s+commune|notre\\s+commune|${commune}|${short})|communale|municipale|du\\s+village)(?![\\p{L}])`,
    'iu',
  );
  for (const place of facts.outside) {
    for (const word of place.words) {
      for (const at of occurrences(sentence, word, patterns)) {
        const claim = ofTheCommune.exec(sentence.slice(at.end));
        if (claim) {
          found.push({
            message: `${facts.commune} n’a pas de ${word} : on y va à ${place.name}${place.variable ? ` (écrivez {${place.variable}})` : ''}.`,
            expected: place.name,
            found: `${word}${claim[0]}`,
          });
        }
      }
    }
  }
  return found;
}
