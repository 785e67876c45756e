export type {
  Bloc,
  Certification,
  CertificationId,
  Competence,
  CrosswalkTarget,
  RncpCertificationId,
} from './types';
export { RNCP41781 } from './rncp41781';
export { RNCP41406 } from './rncp41406';
export { DU_ARTOIS } from './du-artois';
export {
  CERTIFICATIONS,
  SCORED_CERTIFICATION,
  blocById,
  blocsOf,
  certificationById,
  competenceById,
  competencesOf,
  competencesOfBloc,
  isCertificationId,
  isKnownCompetenceId,
} from './lookup';
export { CROSSWALK, correspondingIds, sourcesOf } from './crosswalk';
export type { CrosswalkEntry } from './crosswalk';
