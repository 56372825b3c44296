/**
 * Softmax and its Jacobian (notebook 07): turns a column of scores into probabilities that add to 1.
 *
 *   softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)          ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ), with s = softmax(z)
 *
 * Unlike σ it is not element-wise: every output depends on every input of its column.
 */
import { ShapeError } from "./errors";
import { requireTensor, vectorLength } from "./checks";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/**
 * Softmax: e^(zᵢ) / Σⱼ e^(zⱼ), positive numbers that add up to 1 (computed as e^(zᵢ − max z), which
 * is the same value and cannot overflow).
 * @param z a vector [n], a column [n, 1], or a mini-batch [n, m] (softmax of each column)
 * @returns a new tensor of the same shape
 */
export function softmax(z: Tensor): Tensor {
  requireTensor("softmax", "z", z);
  const [n, m] = z.rank === 2 ? [z.shape[0]!, z.shape[1]!] : [z.size, 1];
  if (z.rank < 1 || z.rank > 2 || n === 0) {
    throw new ShapeError("softmax", t`z must be a non-empty vector [n] or matrix [n, m]`, [["z", z.shape]]);
  }
  if (n === 1 && m > 1) {
    throw new ShapeError("softmax", t`z must hold its scores down a column`, [["z", z.shape]],
      t`transpose(z) makes the row a column [${m}, 1].`);
  }
  const result = new Tensor(z.shape);
  for (let j = 0; j < m; j++) softmaxColumn(z.data, result.data, j, n, m);
  return result;
}

function softmaxColumn(z: Float64Array, out: Float64Array, j: number, n: number, stride: number): void {
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, z[i * stride + j]!);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(z[i * stride + j]! - max);
    out[i * stride + j] = e;
    total += e;
  }
  for (let i = 0; i < n; i++) out[i * stride + j] /= total;
}

/**
 * The Jacobian of softmax: J[i, j] = ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ), where s = softmax(z).
 * @param z a vector [n], a column [n, 1] or a row [1, n], with n ≥ 1
 * @returns a matrix [n, n]
 */
export function softmaxJacobian(z: Tensor): Tensor {
  requireTensor("softmaxJacobian", "z", z);
  const n = vectorLength(z);
  if (n === undefined || n === 0) {
    throw new ShapeError("softmaxJacobian", t`z must be a non-empty vector ([n], [n, 1] or [1, n])`, [["z", z.shape]]);
  }
  const s = softmax(z.reshape([n, 1])).data;
  const jacobian = new Tensor([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) jacobian.data[i * n + j] = s[i]! * ((i === j ? 1 : 0) - s[j]!);
  }
  return jacobian;
}
