/** 한국어: errors of tensors, linear algebra, neurons, activations, costs, networks, backpropagation, gradient checks and training options. */
import type { Catalog } from "../translate";

export const math: Catalog = {
};
