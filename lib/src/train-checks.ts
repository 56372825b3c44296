/**
 * What `train` (sgd.ts, notebook 06) checks besides its options: the inputs before the first epoch, the
 * cost and the weights after every epoch (notebook 07: a learning rate that is too large).
 *
 *   every input xᵢⱼ finite          a NaN in one pixel turns every weight into NaN after one step
 *   every cost and weight finite    η too large: w → w − η∇C overshoots further at every step
 */
import { DivergedError, ValueError, describeValue } from "./errors";
import { ByteTensor } from "./data/byte-tensor";
import type { Dataset } from "./data/dataset";
import type { Network } from "./network";
import type { EpochRecord } from "./sgd";
import { t } from "./i18n/translate";

/** Throws a ValueError naming the first input that is NaN or ±Infinity, by row (example) and column (feature). */
export function requireFiniteInputs(op: string, data: Dataset, name: string): void {
  // bytes / 255 (MNIST's pixels) are always finite; reading `data` would make their Float64Array (data/byte-tensor.ts)
  if (data.inputs instanceof ByteTensor && data.inputs.holdsBytes) return;
  const values = data.inputs.data;
  const features = data.inputs.shape[1]!;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i]!)) continue;
    const [row, column] = [Math.floor(i / features), i % features];
    throw new ValueError(op, t`finite numbers in ${name}.inputs`, t`${describeValue(values[i])} at [${row}, ${column}] (example ${row}, feature ${column})`,
      t`Replace or drop the examples with missing values before training (notebook 03 scales pixels to 0 … 1).`);
  }
}

/**
 * Throws a DivergedError when a weight or bias of `network` is no longer a finite number (checked before
 * scoring). Layers are counted as in Nielsen and notebooks 03-05: weights[0] is w², layer 2.
 */
export function checkWeightsFinite(op: string, network: Network, epoch: number, learningRate: number, history: readonly EpochRecord[]): void {
  for (const [kind, tensors] of [["weight", network.weights], ["bias", network.biases]] as const) {
    for (const [l, parameters] of tensors.entries()) {
      const i = parameters.data.findIndex((v) => !Number.isFinite(v));
      if (i < 0) continue;
      const [layer, value] = [l + 2, parameters.data[i]];
      const what = kind === "weight" ? t`a weight of layer ${layer} became ${value}` : t`a bias of layer ${layer} became ${value}`;
      throw new DivergedError(op, epoch, learningRate, what, history);
    }
  }
}

/** Throws a DivergedError when a cost the epoch scored is NaN or infinite ("the validation cost became NaN"). */
export function checkCostsFinite(op: string, record: EpochRecord, learningRate: number, history: readonly EpochRecord[]): void {
  const costs: Array<["training" | "validation", number | undefined]> = [["training", record.trainingCost], ["validation", record.validationCost]];
  const [set, cost] = costs.find(([, c]) => c !== undefined && !Number.isFinite(c)) ?? [];
  if (set === undefined) return;
  const what = set === "training" ? t`the training cost became ${cost}` : t`the validation cost became ${cost}`;
  throw new DivergedError(op, record.epoch, learningRate, what, history);
}
