import { isIsoDate } from '../../dates/iso-date';
import { err, ok, type Result } from '../../result';
import type { ScenarioFile, StepDef } from '../format/schema';
import type { InputProblem } from '../session-port';
import type { SubmittedValue } from '../step-view';

type Values = Readonly<Record<string, SubmittedValue>>;

function isFiniteNumber(value: SubmittedValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isFilled(value: SubmittedValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

function formProblems(step: Extract<StepDef, { type: 'form' }>, values: Values): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const field of step.fields) {
    const value = values[field.id];
    const optionIds = (field.options ?? []).map((option) => option.id);
    if (field.type === 'multi') {
      if (!Array.isArray(value) || !value.every((item) => optionIds.includes(item))) {
        problems.push({ key: field.id, message: 'Cochez les réponses parmi celles proposées.' });
      }
    } else if (!isFilled(value)) {
      problems.push({ key: field.id, message: 'Ce champ est à remplir.' });
    } else if ((field.type === 'number' || field.type === 'amount') && !isFiniteNumber(value)) {
      problems.push({
        key: field.id,
        message: field.type === 'amount' ? 'Montant attendu, par exemple 1 250,50.' : 'Nombre attendu.',
      });
    } else if (field.type === 'amount' && isFiniteNumber(value) && value < 0) {
      problems.push({ key: field.id, message: 'Un montant ne peut pas être négatif.' });
    } else if (field.type === 'date' && !isIsoDate(value)) {
      problems.push({ key: field.id, message: 'Date attendue, au format jj/mm/aaaa.' });
    } else if (field.type === 'select' && (typeof value !== 'string' || !optionIds.includes(value))) {
      problems.push({ key: field.id, message: 'Choisissez une réponse dans la liste.' });
    }
  }
  return problems;
}

function inspectProblems(scenario: ScenarioFile, step: StepDef, values: Values): InputProblem[] {
  const known = new Set(
    (step.type === 'inspect' ? (step.documents ?? []) : []).flatMap((documentId) =>
      (scenario.documents?.[documentId]?.fields ?? []).map((field) => `${documentId}.${field.id}`),
    ),
  );
  return Object.entries(values)
    .filter(([key, value]) => !known.has(key) || typeof value !== 'boolean')
    .map(([key]) => ({ key, message: 'Ce champ ne figure sur aucun des documents présentés.' }));
}

/** Why a submission was refused before any scoring: a French message, and the problem of each field. */
export interface SubmissionRefusal {
  readonly message: string;
  readonly problems: readonly InputProblem[];
}

/**
 * Checks the form (not the substance) of a submission: a missing field, a number that is not one, an item left
 * unsorted. A refused submission is not recorded. The one check of a submission: the machine's `isWellFormed`
 * guard and {@link sendToRun} (the sessions, the year) call it.
 */
export function checkSubmission(
  scenario: ScenarioFile,
  step: StepDef,
  values: Values,
): Result<Values, SubmissionRefusal> {
  const problems = submissionProblems(scenario, step, values);
  return problems.length === 0 ? ok(values) : err({ message: 'Réponse incomplète ou mal formée.', problems });
}

/** The longest explanation an SGM may type with an advice. */
export const ADVICE_EXPLANATION_MAX = 1000;

/** An advice is submitted as `{ conseil: optionId, explication?: text }`. */
function adviceProblems(step: Extract<StepDef, { type: 'choice' }>, values: Values): InputProblem[] {
  const problems: InputProblem[] = [];
  const option = values['conseil'];
  if (typeof option !== 'string' || !step.options.some((candidate) => candidate.id === option))
    problems.push({ key: 'conseil', message: 'Choisissez l’option que vous conseillez.' });
  const explanation = values['explication'];
  if (explanation !== undefined && typeof explanation !== 'string')
    problems.push({ key: 'explication', message: 'L’explication est un texte.' });
  else if (typeof explanation === 'string' && explanation.length > ADVICE_EXPLANATION_MAX)
    problems.push({
      key: 'explication',
      message: `L’explication tient en ${ADVICE_EXPLANATION_MAX} caractères au plus.`,
    });
  const unknown = Object.keys(values).filter((key) => key !== 'conseil' && key !== 'explication');
  return [...problems, ...unknown.map((key) => ({ key, message: 'Ce champ n’existe pas dans un conseil.' }))];
}

function submissionProblems(scenario: ScenarioFile, step: StepDef, values: Values): InputProblem[] {
  switch (step.type) {
    case 'choice':
      return step.advice
        ? adviceProblems(step, values)
        : [{ key: null, message: 'Cette étape n’attend pas de formulaire.' }];
    case 'form':
      return formProblems(step, values);
    case 'inspect':
      return inspectProblems(scenario, step, values);
    case 'classify': {
      const bins = step.bins.map((bin) => bin.id);
      return step.items
        .filter((item) => {
          const bin = values[item.id];
          return typeof bin !== 'string' || !bins.includes(bin);
        })
        .map((item) => ({ key: item.id, message: 'Rangez cet élément dans une des catégories.' }));
    }
    case 'allocate':
      return step.groups
        .flatMap((group) => group.lines)
        .filter((line) => {
          const value = values[line.id];
          return !isFiniteNumber(value) || value < 0;
        })
        .map((line) => ({ key: line.id, message: 'Montant positif ou nul attendu.' }));
    case 'rank':
      return step.offers.flatMap((offer) =>
        step.criteria
          .filter((criterion) => {
            const value = values[`${offer.id}.${criterion.id}`];
            return (
              !isFiniteNumber(value) ||
              !Number.isInteger(value) ||
              value < step.scale.min ||
              value > step.scale.max
            );
          })
          .map((criterion) => ({
            key: `${offer.id}.${criterion.id}`,
            message: `Note entière de ${step.scale.min} à ${step.scale.max} attendue.`,
          })),
      );
    default:
      return [{ key: null, message: 'Cette étape n’attend pas de formulaire.' }];
  }
}
