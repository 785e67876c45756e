import { legalCouncilSize, COUNCIL_SIZE_RULE } from '../../rules/conseil';
import { z } from '../../validation/schema';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant attendu (minuscules, chiffres, « - »)');
const name = z.string().min(2).max(80);
const portrait = id.describe('clé de portrait du registre des images');
const euros = z.number().int().min(0);

/**
 * Words by which a text names a person by function (« agent technique », « premier adjoint »): the world
 * check refuses a scenario that puts another name next to them.
 */
const words = z.array(z.string().min(3).max(60)).min(1);

const councillorSchema = z.strictObject({
  id,
  name,
  role: z.enum(['maire', 'adjoint', 'conseiller']),
  /** Rank in the order of the tableau (L2121-1): the maire first, then the adjoints. */
  rank: z.number().int().min(1),
  words: words.optional(),
  delegation: z.string().min(3).max(120).optional(),
  portrait: portrait.optional(),
  /** Asked to receive the convocations in writing at home (CGCT L2121-10). */
  paperConvocation: z.boolean().optional(),
});

/**
 * The roles of the commune's agents that scenarios name through a world variable (WORLD_ROLE_VARS): the
 * world fixes who holds them, so that every scenario shows the same person.
 */
export const AGENT_ROLES = ['agent-technique', 'atsem'] as const;

const agentSchema = z.strictObject({
  id,
  name,
  role: z.enum(AGENT_ROLES),
  words,
  post: z.string().min(3).max(80),
  hoursPerWeek: z.number().min(1).max(35),
  portrait: portrait.optional(),
});

const habitantSchema = z.strictObject({
  id,
  name,
  portrait,
  description: z.string().min(3).max(200),
});

const sectionSchema = z.strictObject({ depenses: euros, recettes: euros });

const budgetYearSchema = z.strictObject({
  exercice: z.number().int().min(2000).max(2100),
  fonctionnement: sectionSchema,
  investissement: sectionSchema,
  /** Outstanding debt on 31 December, euros. */
  encoursDette: euros,
  /** Taxe foncière sur les propriétés bâties, in percent. */
  tauxFoncierBati: z.number().min(0).max(100),
  tauxFoncierNonBati: z.number().min(0).max(100),
});

/** What a building is used for when a scenario needs it by function (the single polling station…). */
export const BUILDING_ROLES = ['bureau-de-vote'] as const;

const buildingSchema = z.strictObject({
  id,
  name,
  description: z.string().min(3).max(240),
  built: z.number().int().min(1000).max(2100).optional(),
  /** Functions the building serves, each held by exactly one building. */
  roles: z.array(z.enum(BUILDING_ROLES)).optional(),
  /** Words naming the building by those functions (« bureau de vote »). */
  words: words.optional(),
  /** Rooms inside, as a text names them (« salle du conseil »): places a text may confuse with another. */
  rooms: z.array(z.string().min(3).max(60)).optional(),
});

/** A service the commune does not have, used in another commune (a maternity ward in a town's hospital). */
export const OUTSIDE_ROLES = ['maternite'] as const;

const outsideSchema = z.strictObject({
  id,
  /** As written in a sentence: « la maternité du centre hospitalier de Saumur ». */
  name: z.string().min(3).max(120),
  /** The commune where it stands (for a birth, the commune of birth written in the acte). */
  commune: name,
  role: z.enum(OUTSIDE_ROLES),
  /** Words naming this kind of place: the commune itself has none, so a text may not give it one. */
  words,
});

/** Words naming each rate of the budget history, so that a text quoting one can be checked against it. */
const figureWordsSchema = z.strictObject({
  tauxFoncierBati: words.optional(),
  tauxFoncierNonBati: words.optional(),
});

/** The SGM's post: working hours per weekday (Monday to Friday) and the counter's opening slots. */
const postSchema = z.strictObject({
  id,
  label: z.string().min(3).max(120),
  /** Hours worked in the commune, Monday to Friday. */
  weekHours: z.tuple([
    z.number().min(0).max(10),
    z.number().min(0).max(10),
    z.number().min(0).max(10),
    z.number().min(0).max(10),
    z.number().min(0).max(10),
  ]),
  /** The mairie's counter opening slots the SGM keeps: weekday (0 = Monday) and hours. */
  counter: z.array(z.strictObject({ day: z.number().int().min(0).max(4), hours: z.number().min(1).max(8) })),
});

/**
 * The commune of the year, as data (scenarios/world/…). Its council must have the legal size for its
 * population (CGCT L2121-2), with exactly one maire.
 */
export const worldSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('commune'),
    id,
    version: z.number().int().min(1),
    commune: name,
    population: z.number().int().min(1),
    departement: name,
    intercommunalite: z.string().min(3).max(120),
    maire: name,
    council: z.array(councillorSchema).min(1),
    agents: z.array(agentSchema).min(1),
    habitants: z.array(habitantSchema),
    budgetHistory: z.array(budgetYearSchema).min(1),
    figureWords: figureWordsSchema,
    buildings: z.array(buildingSchema).min(1),
    outside: z.array(outsideSchema),
    posts: z.tuple([postSchema], postSchema),
  })
  .superRefine((world, ctx) => {
    const size = legalCouncilSize(world.population);
    if (world.council.length !== size) {
      ctx.addIssue({
        code: 'custom',
        path: ['council'],
        message: `le conseil d’une commune de ${world.population} habitants compte ${size} membres (${COUNCIL_SIZE_RULE.reference}) ; trouvé : ${world.council.length}`,
      });
    }
    const maires = world.council.filter((member) => member.role === 'maire');
    if (maires.length !== 1 || maires[0]?.name !== world.maire) {
      ctx.addIssue({
        code: 'custom',
        path: ['council'],
        message: `un seul membre a le rôle « maire », et c’est « ${world.maire} »`,
      });
    }
    for (const role of AGENT_ROLES) {
      const holders = world.agents.filter((agent) => agent.role === role).length;
      if (holders !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['agents'],
          message: `un et un seul agent a le rôle « ${role} » ; trouvé : ${holders}`,
        });
      }
    }
    for (const role of BUILDING_ROLES) {
      const holders = world.buildings.filter((building) => building.roles?.includes(role) === true).length;
      if (holders !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['buildings'],
          message: `un et un seul bâtiment a le rôle « ${role} » ; trouvé : ${holders}`,
        });
      }
    }
    for (const role of OUTSIDE_ROLES) {
      const holders = world.outside.filter((place) => place.role === role).length;
      if (holders !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['outside'],
          message: `un et un seul lieu extérieur a le rôle « ${role} » ; trouvé : ${holders}`,
        });
      }
    }
    const ids = [...world.council, ...world.agents, ...world.habitants].map((person) => person.id);
    const duplicate = ids.find((value, index) => ids.indexOf(value) !== index);
    if (duplicate !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['council'],
        message: `identifiant en double : « ${duplicate} »`,
      });
    }
  });

/** A commune as loaded from its data file. */
export type World = z.infer<typeof worldSchema>;
/** One member of the municipal council. */
export type Councillor = z.infer<typeof councillorSchema>;
/** The SGM's post (full-time, or shared between two communes). */
export type Post = z.infer<typeof postSchema>;
/** One exercice of the budget history. */
export type BudgetYear = z.infer<typeof budgetYearSchema>;
/** One of the commune's agents. */
export type Agent = z.infer<typeof agentSchema>;
/** One of the commune's buildings. */
export type Building = z.infer<typeof buildingSchema>;
/** A place outside the commune that its people use. */
export type OutsidePlace = z.infer<typeof outsideSchema>;
