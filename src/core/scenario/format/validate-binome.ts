import type { ErrorSink } from './errors';
import type { ScenarioFile } from './schema';

/** The two seats of the binôme mode: the élu (written `maire`, whatever the mandate) and the SGM. */
const SEATS: readonly string[] = ['maire', 'sgm'];

/**
 * Checks the binôme building blocks: a private card belongs to one seat; an advise-then-decide choice is a
 * scored decision the élu takes, and the option its élu's card pushes towards is one of its options.
 */
export function checkBinome(scenario: ScenarioFile, sink: ErrorSink): void {
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    const at = `steps.${stepId}`;
    if (step.type === 'dialogue' && step.private === true && !SEATS.includes(step.role ?? '')) {
      sink.add(
        `${at}.role`,
        'Une carte privée s’adresse à une seule place du binôme : l’élu (« maire ») ou le SGM (« sgm »).',
        '"role": "maire" ou "sgm"',
        step.role,
      );
    }
    if (step.type !== 'choice' || !step.advice) continue;
    if (step.decision === undefined)
      sink.add(
        `${at}.decision`,
        'Une décision conseillée (« advice ») est notée : le droit juge l’acte, quel que soit celui qui l’a pris.',
        'une « decision » (id, competences, weight, reference)',
        undefined,
      );
    if (step.role !== 'maire')
      sink.add(
        `${at}.role`,
        'Dans une décision conseillée, le SGM conseille et l’élu décide : l’étape revient à l’élu.',
        '"role": "maire"',
        step.role,
      );
    if (step.timer)
      sink.add(
        `${at}.timer`,
        'Une décision conseillée se prend sans minuteur : le binôme doit pouvoir en discuter.',
        'pas de « timer »',
        step.timer.seconds,
      );
    const pressure = step.advice.pressure;
    if (pressure !== undefined && !step.options.some((option) => option.id === pressure))
      sink.add(
        `${at}.advice.pressure`,
        'L’option vers laquelle pousse la carte de l’élu doit être une des options de l’étape.',
        `une de : ${step.options.map((option) => option.id).join(', ')}`,
        pressure,
      );
  }
}
