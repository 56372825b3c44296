/**
 * dlbasics — the course library of "M2. 딥러닝 기본".
 *
 * Notebooks import it by name: `import * as nn from "dlbasics";`. Each file holds one concept and
 * names the notebook that introduces it.
 */
export * from "./errors";
export * from "./tensor";
export * from "./random";
export * from "./data/dataset";
export * from "./data/mnist";
export * from "./linalg";
export * from "./elementwise";
export * from "./reduce";
export * from "./activations";
export * from "./costs";
export * from "./exercises";
export * from "./softmax";
export * from "./data/split";
export * from "./network";
export * from "./backprop";
export * from "./fast/fast-network";
export * from "./evaluate";
export * from "./sgd";
export * from "./train-options";
export * from "./serialize";
export * from "./plot";
export * from "./metrics/confusion";
export * from "./metrics/measures";
export * from "./metrics/tradeoff";
export * from "./neuron";
export * from "./gradient-descent";
export * from "./gradient-check";
export * from "./data/course-data";
export * from "./exercises/thrown";
export * from "./linear-neuron";
export * from "./network-gradient";
export * from "./data/statistics";
export * from "./plot/network-diagram";
export * from "./learning-rate";
export * from "./source";
export * from "./generalization";
export * from "./cross-validation";
export * from "./plot/sweeps";
