import { judgeChoices, pairChoicesOf } from '../../core/binome';
import { confidenceContract, type ContractClause } from '../../core/binome/contract';
import { typeset } from '../../core/rules/depouillement/french-text';
import type { ScenarioFile } from '../../core/scenario';
import type { ScenarioContext } from '../../core/scenario/runtime/context';
import { seatName, type Pair } from './binome-presenter';

/** One place to sign at the foot of the contract. */
export interface SignaturePlace {
  /** « L’élu(e) », « Le ou la SGM ». */
  readonly seat: string;
  /** The first name and role typed at the setup, or empty for a line to fill in by hand. */
  readonly name: string;
}

/** The printable contrat de confiance, as the contract screen shows it. */
export interface ContractModel {
  readonly heading: string;
  readonly parties: string;
  readonly preamble: string;
  /** Empty when every clause stands; else how many to review before signing. */
  readonly reviewLine: string;
  readonly clauses: readonly ContractClause[];
  readonly signatures: readonly SignaturePlace[];
}

/** A seat's name for a signature: only when the pair typed a first name (else the line is filled in by hand). */
function signatureName(pair: Pair, seat: 'maire' | 'sgm'): string {
  const typed = seat === 'sgm' ? pair.sgmName : pair.eluName;
  return typed === '' ? '' : seatName(pair, seat);
}

/** The pair's contrat de confiance, from the pack and the finished run's context. */
export function presentContract(pack: ScenarioFile, pair: Pair, context: ScenarioContext): ContractModel {
  const clauses = confidenceContract(judgeChoices(pack, pairChoicesOf(context), context.vars), context.vars);
  const toReview = clauses.filter((clause) => clause.status === 'a-revoir').length;
  const commune = String(context.vars['commune'] ?? '');
  return {
    heading: 'Contrat de confiance',
    parties: typeset(
      `Entre ${seatName(pair, 'maire')} et ${seatName(pair, 'sgm')}${commune === '' ? '' : `, à la mairie de ${commune}`}.`,
    ),
    preamble: typeset(
      'Ce contrat n’est pas un acte juridique : c’est l’accord de travail que vous vous donnez. Les délégations elles-mêmes se font par arrêté du maire.',
    ),
    reviewLine:
      toReview === 0
        ? ''
        : typeset(
            `${toReview} clause(s) à revoir : la décision prise pendant l’atelier n’est pas sûre en droit. Reprenez-la avant de signer.`,
          ),
    clauses,
    signatures: [
      { seat: 'L’élu(e)', name: signatureName(pair, 'maire') },
      { seat: 'Le ou la SGM', name: signatureName(pair, 'sgm') },
    ],
  };
}
