/** Test data shared by the network tests (fast, sgd, evaluate, train-mnist). */
import type { Dataset } from "../../lib/src/data/dataset";
import type { Random } from "../../lib/src/random";
import { Tensor } from "../../lib/src/tensor";

/** n random examples (one per row), about 60 % exact zeros like MNIST's background, and random labels. */
export function randomDataset(n: number, features: number, classes: number, random: Random): Dataset {
  const inputs = new Tensor([n, features]);
  for (let i = 0; i < inputs.size; i++) inputs.data[i] = random.uniform() < 0.6 ? 0 : random.uniform();
  const labels = Uint8Array.from({ length: n }, () => random.int(classes));
  return { inputs, labels, classes };
}
