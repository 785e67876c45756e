import type { Assessor, Calculator } from './rule-bridge';
import { budgetAssessors, budgetCalculators } from './domains/budget';
import { commandePubliqueAssessors, commandePubliqueCalculators } from './domains/commande-publique';
import { conseilCalculators } from './domains/conseil';
import { conversationCalculators } from './conversation';
import { depouillementCalculators } from './domains/depouillement';
import { depouillementAssessors } from './domains/depouillement-assessors';
import { etatCivilCalculators } from './domains/etat-civil';
import { funeraireAssessors, funeraireCalculators } from './domains/funeraire';
import { listeElectoraleAssessors, listeElectoraleCalculators } from './domains/liste-electorale';
import { patrimoineAssessors, patrimoineCalculators } from './domains/patrimoine';
import { policeAssessors, policeCalculators } from './domains/police';
import { rhCalculators } from './domains/rh';
import { urbanismeCalculators } from './domains/urbanisme';
import { genericAssessors, genericCalculators } from './generic-rules';

type AnyCalculators = Record<string, Calculator<unknown>>;
type AnyAssessors = Record<string, Assessor<unknown>>;

/**
 * The closed vocabulary of rules scenarios may name. Each legal domain declares its calculators and
 * assessors in `domains/<domain>.ts`; a scenario naming anything else is refused at load.
 */
export const calculators: Readonly<AnyCalculators> = {
  ...(genericCalculators as AnyCalculators),
  ...(etatCivilCalculators as AnyCalculators),
  ...(conseilCalculators as AnyCalculators),
  ...(depouillementCalculators as AnyCalculators),
  ...(budgetCalculators as AnyCalculators),
  ...(commandePubliqueCalculators as AnyCalculators),
  ...(rhCalculators as AnyCalculators),
  ...(urbanismeCalculators as AnyCalculators),
  ...(funeraireCalculators as AnyCalculators),
  ...(listeElectoraleCalculators as AnyCalculators),
  ...(policeCalculators as AnyCalculators),
  ...(patrimoineCalculators as AnyCalculators),
  ...(conversationCalculators as AnyCalculators),
};

/** See {@link calculators}. */
export const assessors: Readonly<AnyAssessors> = {
  ...(genericAssessors as AnyAssessors),
  ...(depouillementAssessors as AnyAssessors),
  ...(budgetAssessors as AnyAssessors),
  ...(commandePubliqueAssessors as AnyAssessors),
  ...(funeraireAssessors as AnyAssessors),
  ...(listeElectoraleAssessors as AnyAssessors),
  ...(policeAssessors as AnyAssessors),
  ...(patrimoineAssessors as AnyAssessors),
};
