import { err, ok, type Result } from '../result';
import { describeIssues, z } from '../validation/schema';

/** What the kiosk's reading of a visit looks at: four sides of the job. */
export const TRAITS = ['contact', 'rigueur', 'autonomie', 'variete'] as const;
export type Trait = (typeof TRAITS)[number];

const text = z.string().min(1).max(400);

/**
 * The kiosk's data file, `scenarios/borne/borne.json`, set by the open day's organiser: the scenario of the
 * taste, the invitation, the address behind the QR code, the operator's code, the idle delays, what each moment
 * says of the visitor, and the ways into the job.
 */
export const borneConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('borne'),
  /** The scenario of the taste (its moments are its scored decisions). */
  scenario: z.string().min(1),
  invitation: text,
  /** Who runs the stand, said on the ending screen. */
  organiser: text,
  /** The address the QR code opens (the organiser's page on the job, its trainings and job offers). */
  link: z.strictObject({ url: z.url({ protocol: /^https?$/ }), label: text }),
  /** The code that lets the operator leave the kiosk mode (4 to 8 digits). */
  operatorCode: z.string().regex(/^\d{4,8}$/, 'code de 4 à 8 chiffres attendu'),
  /** Seconds without a touch before the « Vous êtes toujours là ? » countdown, then the countdown's length. */
  idleSeconds: z.number().int().min(20).max(600),
  countdownSeconds: z.number().int().min(10).max(120),
  /** Per scored decision of the taste: the moment's name on the ending screen, and the sides it shows. */
  moments: z.record(
    z.string(),
    z.strictObject({ title: text, done: text, traits: z.array(z.enum(TRAITS)).min(1) }),
  ),
  /** How to get there: the certifications and trainings, each a title and one or two sentences. */
  paths: z.array(z.strictObject({ title: text, text })).min(1),
});

export type BorneConfig = z.infer<typeof borneConfigSchema>;

/** Reads the kiosk's data file; a broken one is one French sentence, the kiosk then stays closed. */
export function parseBorneConfig(raw: unknown): Result<BorneConfig, string> {
  const parsed = borneConfigSchema.safeParse(raw);
  return parsed.success
    ? ok(parsed.data)
    : err(
        `Le fichier de la borne (scenarios/borne/borne.json) est invalide : ${describeIssues(parsed.error).join(' ; ')}.`,
      );
}
