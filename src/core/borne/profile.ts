import type { Evidence, Verdict } from '../scoring/evidence';
import { TRAITS, type BorneConfig, type Trait } from './config';

/** How much a side of the job showed in a visit. */
export type TraitLevel = 'fort' | 'present' | 'a-decouvrir';

export interface TraitReading {
  readonly trait: Trait;
  readonly label: string;
  readonly level: TraitLevel;
  readonly sentence: string;
}

/** One moment of the visit as the ending recalls it. */
export interface MomentRecall {
  readonly title: string;
  readonly done: string;
  readonly outcome: 'juste' | 'presque' | 'a-revoir';
  readonly explanation: string;
}

export interface VisitReading {
  readonly moments: readonly MomentRecall[];
  readonly traits: readonly TraitReading[];
  /** One warm sentence for everyone, whatever their answers. */
  readonly summary: string;
}

const POINTS: Readonly<Record<Verdict, number>> = { conforme: 2, acceptable: 1, risque: 0, illegal: 0 };
const OUTCOME: Readonly<Record<Verdict, MomentRecall['outcome']>> = {
  conforme: 'juste',
  acceptable: 'presque',
  risque: 'a-revoir',
  illegal: 'a-revoir',
};

const LABELS: Readonly<Record<Trait, string>> = {
  contact: 'Le contact avec les gens',
  rigueur: 'La rigueur',
  autonomie: 'L’autonomie',
  variete: 'La variété',
};

const SENTENCES: Readonly<Record<Trait, Readonly<Record<TraitLevel, string>>>> = {
  contact: {
    fort: 'Vous avez su accueillir et dire les choses avec tact : les habitants et les élus comptent sur cela.',
    present: 'Le contact vous réussit déjà en partie : au guichet comme avec les élus, il s’apprend vite.',
    'a-decouvrir': 'Recevoir le public et conseiller les élus, cela s’apprend : les formations y préparent.',
  },
  rigueur: {
    fort: 'Vous avez compté et vérifié avec précision : une qualité précieuse les soirs d’élection.',
    present: 'Vous avez le souci du détail : avec les bons repères, il devient un réflexe.',
    'a-decouvrir': 'Les règles se découvrent une à une : personne ne les connaît toutes en arrivant.',
  },
  autonomie: {
    fort: 'Vous avez pris des décisions seul(e), dans les règles : souvent, en petite commune, on est seul(e) au bureau.',
    present: 'Vous osez décider : le réseau des secrétaires de mairie aide pour le reste.',
    'a-decouvrir':
      'Décider seul(e) fait peur au début : le centre de gestion et les collègues sont là pour aider.',
  },
  variete: {
    fort: 'Guichet, élections, achats, conseil municipal : vous êtes passé(e) d’un sujet à l’autre avec aisance.',
    present: 'Vous avez goûté à plusieurs métiers en un : c’est le quotidien d’une mairie.',
    'a-decouvrir': 'Un peu de tout chaque jour : si cela vous plaît, ce métier est fait pour la curiosité.',
  },
};

function levelOf(points: number, possible: number): TraitLevel {
  if (possible === 0 || points === 0) return 'a-decouvrir';
  return points * 4 >= possible * 3 ? 'fort' : 'present';
}

/**
 * What a visit of the kiosk says, from its evidence and the organiser's data: each moment recalled in the words
 * of the job, and a reading of four sides of the job (contact, rigour, autonomy, variety). Variety is how many
 * different moments went well. Only the first answer of each decision counts; decisions the data does not name
 * are ignored. Pure: nothing of the visitor is kept.
 */
export function readVisit(evidence: readonly Evidence[], config: Pick<BorneConfig, 'moments'>): VisitReading {
  const answered = new Map<string, Evidence>();
  for (const item of evidence)
    if (!answered.has(item.step) && config.moments[item.step]) answered.set(item.step, item);
  const points = new Map<Trait, { got: number; possible: number }>(
    TRAITS.map((trait) => [trait, { got: 0, possible: 0 }]),
  );
  const moments: MomentRecall[] = [];
  let wellDone = 0;
  for (const [step, item] of answered) {
    const moment = config.moments[step];
    if (!moment) continue;
    const got = POINTS[item.verdict];
    if (got === 2) wellDone += 1;
    moments.push({
      title: moment.title,
      done: moment.done,
      outcome: OUTCOME[item.verdict],
      explanation: item.explanation,
    });
    for (const trait of moment.traits) {
      const total = points.get(trait);
      if (total) points.set(trait, { got: total.got + got, possible: total.possible + 2 });
    }
  }
  const variety = points.get('variete');
  if (variety)
    points.set('variete', {
      got: variety.got + wellDone * 2,
      possible: variety.possible + answered.size * 2,
    });
  const traits = TRAITS.map((trait): TraitReading => {
    const total = points.get(trait) ?? { got: 0, possible: 0 };
    const level = levelOf(total.got, total.possible);
    return { trait, label: LABELS[trait], level, sentence: SENTENCES[trait][level] };
  });
  const strong = traits.filter((reading) => reading.level === 'fort').length;
  const summary =
    strong >= 2
      ? 'Ce métier pourrait bien être fait pour vous : il recrute partout, surtout dans les petites communes.'
      : 'Vous venez de faire en cinq minutes ce qu’un(e) secrétaire de mairie fait chaque jour : cela s’apprend, et les communes recrutent.';
  return { moments, traits, summary };
}
