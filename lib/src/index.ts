/**
 * dlbasics — the course library of "M2. 딥러닝 기본".
 *
 * Notebooks import it by name: `import * as nn from "dlbasics";`. Each file holds one concept and
 * names the notebook that introduces it.
 */
export * from "./errors";
export * from "./tensor";
export * from "./random";
export * from "./linalg";
export * from "./elementwise";
export * from "./reduce";
export * from "./activations";
export * from "./costs";
export * from "./softmax";
export * from "./neuron";
export * from "./gradient-descent";
export * from "./gradient-check";
