import { DU_ARTOIS } from './du-artois';
import { RNCP41406 } from './rncp41406';
import { RNCP41781 } from './rncp41781';
import type { Bloc, Certification, CertificationId, Competence, RncpCertificationId } from './types';

/** The référentiel every evidence is scored against. */
export const SCORED_CERTIFICATION = 'RNCP41781' satisfies CertificationId;

/** Every référentiel, the scored one first. */
export const CERTIFICATIONS: readonly Certification[] = [RNCP41781, RNCP41406, DU_ARTOIS];

const certificationsById: Readonly<Record<CertificationId, Certification>> = {
  RNCP41781,
  RNCP41406,
  DU: DU_ARTOIS,
};
const blocsById = new Map<string, Bloc>(
  CERTIFICATIONS.flatMap((c) => c.blocs.map((b) => [b.id, b] as const)),
);
const competencesById = new Map<string, Competence>(
  CERTIFICATIONS.flatMap((c) => c.blocs.flatMap((b) => b.competences.map((k) => [k.id, k] as const))),
);

/** True for the three identifiers `RNCP41781`, `RNCP41406` and `DU` (for untrusted input such as a CLI option). */
export function isCertificationId(value: string): value is CertificationId {
  return CERTIFICATIONS.some((certification) => certification.id === value);
}

/** A référentiel by its identifier. */
export function certificationById(id: CertificationId): Certification {
  return certificationsById[id];
}

/** The blocs of a référentiel, in the source's order (RNCP41781 when no référentiel is given). */
export function blocsOf(certification: CertificationId = SCORED_CERTIFICATION): readonly Bloc[] {
  return certificationById(certification).blocs;
}

/** A bloc by its identifier (`RNCP41781-BC02`, `DU-ARTOIS-B3`), of any référentiel. */
export function blocById(id: string): Bloc | undefined {
  return blocsById.get(id);
}

/** A competence by its identifier, in RNCP41781 or RNCP41406. */
export function competenceById(id: string): Competence | undefined {
  return competencesById.get(id);
}

/** The competences of a bloc, in order; empty for an unknown bloc or a DU bloc. */
export function competencesOfBloc(blocId: string): readonly Competence[] {
  return blocsById.get(blocId)?.competences ?? [];
}

/** Every competence of an RNCP fiche, bloc by bloc. */
export function competencesOf(
  certification: RncpCertificationId = SCORED_CERTIFICATION,
): readonly Competence[] {
  return blocsOf(certification).flatMap((bloc) => bloc.competences);
}

/**
 * True when `id` names a competence of the given fiche — by default RNCP41781, the only référentiel an evidence
 * may cite, so that a scenario citing an RNCP41406 competence is refused.
 */
export function isKnownCompetenceId(
  id: string,
  certification: RncpCertificationId = SCORED_CERTIFICATION,
): boolean {
  return competencesById.get(id)?.certification === certification;
}
