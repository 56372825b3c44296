/**
 * dlbasics — the course library of "M2. 딥러닝 기본".
 *
 * Notebooks import it by name: `import * as nn from "dlbasics";`. Each file holds one concept and
 * names the notebook that introduces it; they are listed here in the order of the course.
 */
// 00–01: the language of messages, errors, tensors and shape, seeded randomness, reading the library
export { type Language, setLanguage, getLanguage } from "./i18n";
export * from "./errors";
export * from "./tensor";
export * from "./random";
export * from "./source";
export * from "./claims";
export * from "./linalg";
export * from "./elementwise";
export * from "./reduce";
// 02: neurons and activations
export * from "./neuron";
export * from "./activations";
export * from "./softmax";
// 03: networks and MNIST
export * from "./network";
export * from "./data/byte-tensor";
export * from "./data/dataset";
export * from "./data/mnist";
export * from "./data/statistics";
// 04: cost and gradient descent
export * from "./costs";
export * from "./linear-neuron";
export * from "./gradient-descent";
// 05: backpropagation and gradient checks
export * from "./backprop";
export * from "./gradient-check";
export * from "./network-gradient";
// 06: training
export * from "./sgd";
export * from "./train-options";
export * from "./fast/fast-network";
export * from "./evaluate";
export * from "./serialize";
export * from "./data/split";
// 07–10: hyperparameters, generalization, performance measures, cross validation
export * from "./learning-rate";
export * from "./generalization";
export * from "./metrics/confusion";
export * from "./metrics/measures";
export * from "./metrics/tradeoff";
export * from "./data/course-data";
export * from "./cross-validation";
// every notebook: plots and exercises
export * from "./plot";
export * from "./exercises";
