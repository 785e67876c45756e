import { err, ok, type Result } from '../result';
import { crc32 } from '../save/checksum';
import type { ScenarioFile } from '../scenario/format/schema';
import { advisedSteps, type PairChoice } from './decisions';

/** The short tag of each binôme pack in a result code. */
const PACK_TAGS: Readonly<Record<string, string>> = {
  'situations-de-tension': 'ST',
  'contrat-de-confiance': 'CC',
  'co-piloter': 'CP',
};

/** True for a binôme pack whose pairs can hand a result code to the facilitator. */
export function isResultPack(packId: string): boolean {
  return Object.hasOwn(PACK_TAGS, packId);
}

/** What a result code holds: the pack, its version, the session's seed, and the pair's choices. */
export interface BinomeResult {
  readonly packId: string;
  readonly version: number;
  readonly seed: number;
  readonly choices: readonly PairChoice[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CHECK_LENGTH = 4;
const SHAPE = /^([A-Z]{2})(\d{1,3})-([0-9A-Z]{1,7})-((?:[A-Z]\d\d[EN])+)-([0-9A-Z]{4})$/;

/** Four base-36 characters of the text's CRC-32: a mistyped character is caught. */
function checkOf(body: string): string {
  const value = Number.parseInt(crc32(body), 16) % 36 ** CHECK_LENGTH;
  return value.toString(36).toUpperCase().padStart(CHECK_LENGTH, '0');
}

/**
 * The pair's short result code, to hand to the facilitator: `ST1-2A-A01EB11N…-7KQ3` is the pack (tag and version),
 * the session's seed in base 36, one group per decision (the decision's letter in the pack, the index of the
 * option advised and of the option decided, `E` when the SGM explained the advice, else `N`) and a check key.
 * Null for a scenario that is not a binôme pack, or choices it does not hold (more than ten options).
 */
export function encodeResult(
  scenario: ScenarioFile,
  seed: number,
  choices: readonly PairChoice[],
): string | null {
  const tag = PACK_TAGS[scenario.id];
  if (tag === undefined || !Number.isInteger(seed) || seed < 0) return null;
  const steps = advisedSteps(scenario);
  const groups: string[] = [];
  for (const choice of choices) {
    const index = steps.findIndex((step) => step.decision === choice.decision);
    const step = steps[index];
    const advised = step?.options.findIndex((option) => option.id === choice.advised) ?? -1;
    const decided = step?.options.findIndex((option) => option.id === choice.decided) ?? -1;
    const letter = LETTERS[index];
    if (letter === undefined || advised < 0 || advised > 9 || decided < 0 || decided > 9) return null;
    groups.push(`${letter}${advised}${decided}${choice.explained ? 'E' : 'N'}`);
  }
  if (groups.length === 0) return null;
  const body = `${tag}${scenario.version}-${seed.toString(36).toUpperCase()}-${groups.join('')}`;
  return `${body}-${checkOf(body)}`;
}

/**
 * Reads a result code typed or pasted by the facilitator, against the packs of the game. Spaces and case do not
 * matter; anything else wrong is refused with a French message: a code that is not one, a damaged code (the
 * check key), a code of an unknown pack or of another version, a decision or an option the pack does not have.
 */
export function decodeResult(text: string, packs: readonly ScenarioFile[]): Result<BinomeResult, string> {
  const code = text.replace(/\s+/g, '').toUpperCase();
  if (code === '') return err('Saisissez un code de résultat.');
  const match = SHAPE.exec(code);
  if (!match)
    return err(
      'Code illisible : un code de résultat ressemble à « ST1-2A-A01EB22N-7KQ3 » (lettres, chiffres et tirets).',
    );
  const [, tag = '', version = '', seed = '', groups = '', check = ''] = match;
  if (checkOf(code.slice(0, -(CHECK_LENGTH + 1))) !== check)
    return err(
      'Code abîmé : la clé de contrôle ne correspond pas. Un caractère a sans doute été mal recopié.',
    );
  const packId = Object.keys(PACK_TAGS).find((id) => PACK_TAGS[id] === tag);
  const pack = packs.find((candidate) => candidate.id === packId);
  if (!pack) return err('Ce code ne vient d’aucun pack binôme de cette version du jeu.');
  if (pack.version !== Number(version))
    return err(
      `Ce code vient de la version ${version} du pack « ${pack.title} », le jeu a la version ${pack.version} : les décisions ne se comparent pas.`,
    );
  const steps = advisedSteps(pack);
  const choices: PairChoice[] = [];
  for (const group of groups.match(/[A-Z]\d\d[EN]/g) ?? []) {
    const step = steps[LETTERS.indexOf(group.charAt(0))];
    const advised = step?.options[Number(group.charAt(1))];
    const decided = step?.options[Number(group.charAt(2))];
    if (!step || !advised || !decided || choices.some((choice) => choice.decision === step.decision))
      return err(
        'Ce code nomme une décision ou une option que le pack n’a pas : vérifiez-le auprès du binôme.',
      );
    choices.push({
      decision: step.decision,
      advised: advised.id,
      decided: decided.id,
      explained: group.charAt(3) === 'E',
    });
  }
  return ok({ packId: pack.id, version: pack.version, seed: Number.parseInt(seed, 36), choices });
}
