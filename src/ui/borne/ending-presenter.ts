import type { BorneConfig, MomentRecall, TraitLevel, VisitReading } from '../../core/borne';

export interface EndingModel {
  readonly heading: string;
  readonly moments: readonly {
    readonly title: string;
    readonly done: string;
    readonly badge: string;
    readonly outcome: MomentRecall['outcome'];
    readonly explanation: string;
  }[];
  readonly traits: readonly { readonly label: string; readonly level: string; readonly sentence: string }[];
  readonly summary: string;
  readonly paths: BorneConfig['paths'];
  readonly organiser: string;
  readonly link: BorneConfig['link'];
}

const BADGES: Readonly<Record<MomentRecall['outcome'], string>> = {
  juste: 'Bien vu',
  presque: 'Presque',
  'a-revoir': 'À revoir',
};

const LEVELS: Readonly<Record<TraitLevel, string>> = {
  fort: 'Votre point fort',
  present: 'Déjà là',
  'a-decouvrir': 'À découvrir',
};

/** The ending of a visit, in the words of the job: what was done, a reading, and the ways in. Pure. */
export function presentEnding(reading: VisitReading, config: BorneConfig): EndingModel {
  return {
    heading:
      reading.moments.length > 0 ? 'Votre journée en mairie' : 'Le métier de secrétaire général(e) de mairie',
    moments: reading.moments.map((moment) => ({ ...moment, badge: BADGES[moment.outcome] })),
    traits: reading.traits.map((trait) => ({
      label: trait.label,
      level: LEVELS[trait.level],
      sentence: trait.sentence,
    })),
    summary: reading.summary,
    paths: config.paths,
    organiser: config.organiser,
    link: config.link,
  };
}
