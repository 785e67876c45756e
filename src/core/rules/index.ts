import { budgetRuleDomain } from './budget';
import { commandePubliqueRuleDomain } from './commande-publique';
import { conseilRuleDomain } from './conseil';
import { depouillementRuleDomain } from './depouillement';
import { etatCivilRuleDomain } from './etat-civil';
import { funeraireRuleDomain } from './funeraire';
import { listeElectoraleRuleDomain } from './liste-electorale';
import { patrimoineRuleDomain } from './patrimoine';
import { policeRuleDomain } from './police';
import { rhRuleDomain } from './rh';
import { urbanismeRuleDomain } from './urbanisme';
import type { RuleDomain } from './rule-domain';

export type { RuleDomain } from './rule-domain';

/** Every rule domain the `rules` command and the scenario vocabulary can reach. */
export const ruleDomains: readonly RuleDomain<unknown, unknown>[] = [
  conseilRuleDomain as RuleDomain<unknown, unknown>,
  etatCivilRuleDomain as RuleDomain<unknown, unknown>,
  depouillementRuleDomain as RuleDomain<unknown, unknown>,
  budgetRuleDomain as RuleDomain<unknown, unknown>,
  commandePubliqueRuleDomain as RuleDomain<unknown, unknown>,
  urbanismeRuleDomain as RuleDomain<unknown, unknown>,
  funeraireRuleDomain as RuleDomain<unknown, unknown>,
  listeElectoraleRuleDomain as RuleDomain<unknown, unknown>,
  policeRuleDomain as RuleDomain<unknown, unknown>,
  rhRuleDomain as RuleDomain<unknown, unknown>,
  patrimoineRuleDomain as RuleDomain<unknown, unknown>,
];
