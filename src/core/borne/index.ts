/** The kiosk « Découvrir le métier »: its organiser's data file and the reading of a visit. Pure. */
export { TRAITS, borneConfigSchema, parseBorneConfig, type BorneConfig, type Trait } from './config';
export {
  readVisit,
  type MomentRecall,
  type TraitLevel,
  type TraitReading,
  type VisitReading,
} from './profile';
