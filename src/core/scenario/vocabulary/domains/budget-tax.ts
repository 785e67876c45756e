import { LOCAL_TAX_LABELS, type LocalTax, type TaxBaseLine } from '../../../rules/budget';
import { z } from '../rule-bridge';

const TAXES = Object.keys(LOCAL_TAX_LABELS) as LocalTax[];
const base = z.number().min(0).optional();
const rate = z.number().min(0).max(100).optional();

/**
 * The état fiscal as flat scenario arguments: `baseTFPB` and `tauxTFPB` (percent), and the same for TFPNB, THRS
 * and CFE. Shared by the calculator and the budget-table assessor, which adds its own keys.
 */
export const taxShape = {
  baseTFPB: base,
  tauxTFPB: rate,
  baseTFPNB: base,
  tauxTFPNB: rate,
  baseTHRS: base,
  tauxTHRS: rate,
  baseCFE: base,
  tauxCFE: rate,
};

/** The bases and rates of the état fiscal, as {@link taxShape} reads them. */
export type TaxArgs = { readonly [K in keyof typeof taxShape]?: number };

/** A tax is counted when both its base and its rate are given; one without the other is refused. */
export function refineTaxPairs(args: TaxArgs, ctx: z.RefinementCtx): void {
  for (const tax of TAXES) {
    if ((args[`base${tax}`] === undefined) !== (args[`taux${tax}`] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [`taux${tax}`],
        message: `base et taux de la ${LOCAL_TAX_LABELS[tax]} vont ensemble`,
      });
    }
  }
}

/** {@link taxShape} as a calculator's arguments. */
export const taxArgs = z.strictObject(taxShape).superRefine(refineTaxPairs);

/** The lines of the état fiscal the arguments describe, in the order of {@link LOCAL_TAX_LABELS}. */
export function taxLines(args: TaxArgs): TaxBaseLine[] {
  return TAXES.flatMap((tax) => {
    const taxBase = args[`base${tax}`];
    const ratePercent = args[`taux${tax}`];
    return taxBase === undefined || ratePercent === undefined ? [] : [{ tax, base: taxBase, ratePercent }];
  });
}
