import { isIsoDate, type IsoDate } from '../../../dates';
import {
  PUBLICATION_MONTHS,
  checkAtLeastMonthsBefore,
  contratCaseSchema,
  evaluateContrat,
  evaluatePiecesRecrutement,
  evaluatePublication,
  evaluateStage,
  evaluateTitularisation,
  piecesRecrutementCaseSchema,
  publicationCaseSchema,
  stageCaseSchema,
  titularisationCaseSchema,
  type Confidence,
  type ContratCase,
  type ContratResult,
} from '../../../rules/rh';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().refine(isIsoDate, 'date réelle AAAA-MM-JJ attendue');

/**
 * One word for a scored verdict of the engine: `oui` / `non` only when the answer is confirmed (`C`), `incertain`
 * otherwise — a recruitment answer marked `P` (a reading the sheet does not state) or `M` (the exact edge of the
 * month of publication, legal-facts-rh.md §7.2) is never scored.
 */
export type RecrutementOutcome = 'oui' | 'non' | 'incertain';

/** See {@link RecrutementOutcome}. */
export function recrutementOutcome(value: boolean, confidence: Confidence | undefined): RecrutementOutcome {
  if (confidence !== 'C') return 'incertain';
  return value ? 'oui' : 'non';
}

/** Refuses, at the scenario's load, any case the `rules rh` command itself would refuse (same messages). */
function checkedBy<A>(schema: z.ZodType, build: (args: A) => unknown) {
  return (value: A, context: z.RefinementCtx) => {
    const result = schema.safeParse(build(value));
    if (result.success) return;
    for (const issue of result.error.issues) {
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  };
}

const BESOINS = contratCaseSchema.shape.besoin.options;

/** A need for a contractual, flat; the duration is that of the contract asked (one month when only the basis matters). */
const contratFields = {
  population: z.number(),
  besoin: z.enum(BESOINS),
  dureeMois: z.number().optional(),
  dureeAbsenceMois: z.number().optional(),
};
type ContratArgs = z.infer<z.ZodObject<typeof contratFields>>;

function contratCaseOf({ population, besoin, dureeMois, dureeAbsenceMois }: ContratArgs) {
  return {
    kind: 'contrat',
    population,
    besoin,
    dureeMois: dureeMois ?? 1,
    ...(dureeAbsenceMois === undefined ? {} : { dureeAbsenceMois }),
  };
}

const contratArgs = z.strictObject(contratFields).superRefine(checkedBy(contratCaseSchema, contratCaseOf));
const contratDureeArgs = z
  .strictObject({ ...contratFields, dureeMois: z.number() })
  .superRefine(checkedBy(contratCaseSchema, contratCaseOf));

function contrat(args: ContratArgs): ContratResult {
  return evaluateContrat(contratCaseSchema.parse(contratCaseOf(args)) as ContratCase);
}

/**
 * The option id of a legal basis, as a scenario's select lists them: `l332-8-3`, `l332-8-2`, `l332-8-7`,
 * `l332-13`, `l332-14`, `l332-23`, `projet`; `aucun` when no basis fits (a SGM from 3 500 inhabitants).
 */
export function fondementId(result: ContratResult): string {
  if (result.fondement === null) return 'aucun';
  if (result.fondement === 'CGFP L332-24') return 'projet';
  return result.fondement.replace('CGFP ', '').replace(' ', '-').replace('°', '').toLowerCase();
}

/**
 * The option id of a duration regime: `permanent-3-6` (3 years, renewable up to 6, then CDI), `absence` (within
 * the absence replaced), `vacance-1-2` (1 year, up to 2), `temporaire-12-18`, `saison-6-12`, `projet-1-6`, or
 * `aucun`.
 */
export function dureeId(result: ContratResult, besoin: ContratArgs['besoin']): string {
  if (result.fondement === null) return 'aucun';
  switch (besoin) {
    case 'emploi-permanent':
    case 'sgm':
      return 'permanent-3-6';
    case 'remplacement':
      return 'absence';
    case 'vacance-temporaire':
      return 'vacance-1-2';
    case 'accroissement-temporaire':
      return 'temporaire-12-18';
    case 'accroissement-saisonnier':
      return 'saison-6-12';
    case 'projet':
      return 'projet-1-6';
  }
}

const publicationFields = { publicationDate: isoDate, nominationDate: isoDate, urgence: z.boolean() };
const publicationArgs = z.strictObject(publicationFields).superRefine(
  checkedBy(publicationCaseSchema, (args: z.infer<z.ZodObject<typeof publicationFields>>) => ({
    kind: 'publication',
    ...args,
  })),
);

const piecesFields = { mutation: z.boolean(), conditionsSanteParticulieres: z.boolean().optional() };
type PiecesArgs = z.infer<z.ZodObject<typeof piecesFields>>;
const piecesCaseOf = (args: PiecesArgs) => ({ kind: 'pieces-recrutement', ...args });
const piecesArgs = z
  .strictObject(piecesFields)
  .superRefine(checkedBy(piecesRecrutementCaseSchema, piecesCaseOf));
const pieces = (args: PiecesArgs) =>
  evaluatePiecesRecrutement(piecesRecrutementCaseSchema.parse(piecesCaseOf(args)));

const titularisationFields = {
  recrutement: titularisationCaseSchema.shape.recrutement,
  formationIntegrationSuivie: z.boolean(),
};
type TitularisationArgs = z.infer<z.ZodObject<typeof titularisationFields>>;
const titularisationCaseOf = (args: TitularisationArgs) => ({ kind: 'titularisation', ...args });
const titularisationArgs = z
  .strictObject(titularisationFields)
  .superRefine(checkedBy(titularisationCaseSchema, titularisationCaseOf));

const stageFields = {
  dureeStageMois: z.number(),
  moisEcoules: z.number(),
  motif: z.enum(['insuffisance', 'faute']),
};
type StageArgs = z.infer<z.ZodObject<typeof stageFields>>;
const stageCaseOf = (args: StageArgs) => ({ kind: 'stage', ...args });
const stageArgs = z.strictObject(stageFields).superRefine(checkedBy(stageCaseSchema, stageCaseOf));

/**
 * Rules of recruitment and career a scenario may name (CGFP L313-1, L313-4, D311-2, L321-1, L327-1, R327-10,
 * L332-8 to L332-26, L422-21), each a reading of the rh engine (`src/core/rules/rh`): the legal basis of a
 * contract and its longest duration, the month of publication, the documents of a nomination, the stage and the
 * titularisation. Verdicts the sheet does not confirm come out `incertain`, never to be scored.
 */
export const rhRecrutementCalculators = {
  'rh.fondementContrat': defineCalculator({
    summary:
      'fondement juridique d’un contrat pour ce besoin et cette population, en identifiant d’option : l332-8-3, ' +
      'l332-8-2, l332-8-7, l332-13, l332-14, l332-23, projet, aucun ; incertain si la fiche ne le confirme pas ' +
      '(CGFP L332-8, L332-13, L332-14, L332-23, L332-24)',
    args: contratArgs,
    compute: (args) => {
      const result = contrat(args);
      return result.confidence === 'C' ? fondementId(result) : 'incertain';
    },
  }),
  'rh.dureeContrat': defineCalculator({
    summary:
      'régime de durée du contrat pour ce besoin, en identifiant d’option : permanent-3-6, absence, vacance-1-2, ' +
      'temporaire-12-18, saison-6-12, projet-1-6, aucun ; incertain si la fiche ne le confirme pas',
    args: contratArgs,
    compute: (args) => {
      const result = contrat(args);
      return result.confidence === 'C' ? dureeId(result, args.besoin) : 'incertain';
    },
  }),
  'rh.dureeContratAdmise': defineCalculator({
    summary:
      'la durée demandée tient dans le maximum du fondement : oui, non, ou incertain (CGFP L332-8, L332-13, ' +
      'L332-14, L332-23, L332-24)',
    args: contratDureeArgs,
    compute: (args) => {
      const result = contrat(args);
      return recrutementOutcome(result.dureeAdmise, result.confidence);
    },
  }),
  'rh.dureeMaxContratMois': defineCalculator({
    summary:
      'durée maximale du premier contrat, en mois (vide pour un remplacement sans durée d’absence ou sans fondement)',
    args: contratArgs,
    compute: (args) => contrat(args).dureeMaxMois ?? '',
  }),
  'rh.contratExplication': defineCalculator({
    summary: 'explication en français du fondement et de la durée d’un contrat',
    args: contratDureeArgs,
    compute: (args) => contrat(args).explication,
  }),
  'rh.publicationSuffisante': defineCalculator({
    summary:
      'la vacance publiée à cette date permet de nommer à cette autre date : au moins un mois de publication, ' +
      'sauf urgence ; oui, non, ou incertain aux bords du mois (CGFP L313-4, D311-2)',
    args: publicationArgs,
    compute: (args) => {
      const result = evaluatePublication(publicationCaseSchema.parse({ kind: 'publication', ...args }));
      return recrutementOutcome(result.publicationSuffisante, result.confidence);
    },
  }),
  'rh.premierJourNomination': defineCalculator({
    summary:
      'premier jour de nomination possible sans urgence après la publication (un mois, de quantième à ' +
      'quantième), à afficher, jamais à noter au jour près (CGFP D311-2 ; fiche §7.2)',
    args: z.strictObject({ publicationDate: isoDate }),
    compute: ({ publicationDate }): IsoDate =>
      checkAtLeastMonthsBefore(
        publicationDate,
        publicationDate,
        PUBLICATION_MONTHS,
        'nomination',
        'CGFP D311-2',
      ).note.date,
  }),
  'rh.bulletinB2': defineCalculator({
    summary:
      'le bulletin n° 2 du casier judiciaire, a-verifier à la nomination ou pas-requis (mutation) (CGFP L321-1)',
    args: piecesArgs,
    compute: (args) => (pieces(args).bulletinB2Exige ? 'a-verifier' : 'pas-requis'),
  }),
  'rh.certificatMedical': defineCalculator({
    summary:
      'le certificat médical d’aptitude : pas-requis depuis le 26 novembre 2022, incertain quand le statut ' +
      'particulier prévoit des conditions de santé particulières (CGFP L321-1 5°, R321-1)',
    args: piecesArgs,
    compute: (args) => {
      const result = pieces(args);
      if (result.confidence !== 'C') return 'incertain';
      return result.certificatMedicalExige ? 'a-exiger' : 'pas-requis';
    },
  }),
  'rh.titularisationPossible': defineCalculator({
    summary:
      'la titularisation est possible au regard de la formation d’intégration (due dans l’année qui suit la ' +
      'nomination, sauf promotion interne) : oui ou non (CGFP L422-21 ; décret 2008-512)',
    args: titularisationArgs,
    compute: (args) => {
      const result = evaluateTitularisation(titularisationCaseSchema.parse(titularisationCaseOf(args)));
      return recrutementOutcome(result.titularisationPossible, result.confidence);
    },
  }),
  'rh.licenciementStage': defineCalculator({
    summary:
      'le stagiaire peut être licencié maintenant (insuffisance : après la moitié du stage ; faute : à tout ' +
      'moment ; toujours après avis de la CAP) : oui, non, ou incertain à la moitié tout juste (CGFP L327-1, R327-10)',
    args: stageArgs,
    compute: (args) => {
      const result = evaluateStage(stageCaseSchema.parse(stageCaseOf(args)));
      return recrutementOutcome(result.licenciementPossible, result.confidence);
    },
  }),
} as const;
