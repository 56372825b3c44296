/**
 * The exercises of notebook 04, "Cost function and gradient descent" (경사하강법).
 *
 *   quadraticCost: C = 1/(2n) Σᵢ (aᵢ − yᵢ)²
 *   costGradient:  [∂C/∂w, ∂C/∂b] = [1/n Σᵢ (aᵢ − yᵢ) xᵢ, 1/n Σᵢ (aᵢ − yᵢ)] for the neuron a = w x + b
 *   updateStep:    p → p − η ∇C
 *   descentPath:   repeated steps until one moves p by less than the tolerance, or maxSteps
 *
 * The learner works on plain number arrays; the library's quadraticCost, linearNeuronGradient and
 * gradientDescent do the same (tests/lib/exercises/notebook04.test.ts checks they agree).
 */
import { defineExercise } from "./check";

function quadraticCostReference(a: readonly number[], y: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += (a[i]! - y[i]!) ** 2;
  return total / (2 * a.length);
}

function costGradientReference(w: number, b: number, x: readonly number[], y: readonly number[]): [number, number] {
  let dw = 0;
  let db = 0;
  for (let i = 0; i < x.length; i++) {
    const error = w * x[i]! + b - y[i]!;
    dw += error * x[i]!;
    db += error;
  }
  return [dw / x.length, db / x.length];
}

function updateStepReference(params: readonly number[], gradient: readonly number[], learningRate: number): number[] {
  return params.map((p, i) => p - learningRate * gradient[i]!);
}

function descentPathReference(gradient: (p: number[]) => number[], start: readonly number[], learningRate: number,
  tolerance: number, maxSteps: number): number[][] {
  let p = [...start];
  const path = [p];
  for (let step = 0; step < maxSteps; step++) {
    const next = updateStepReference(p, gradient(p), learningRate);
    const moved = Math.hypot(...next.map((v, i) => v - p[i]!));
    p = next;
    path.push(p);
    if (moved < tolerance) break;
  }
  return path;
}

/** ∇C of C(p) = p₀²: the parabola whose minimum is at 0. */
export function parabolaGradient(p: number[]): number[] {
  return [2 * p[0]!];
}

/** ∇C of C(p) = p₀² + 3p₁²: a valley three times steeper along p₁. */
export function valleyGradient(p: number[]): number[] {
  return [2 * p[0]!, 6 * p[1]!];
}

defineExercise({
  id: "04-quadratic-cost",
  name: "quadraticCost",
  notebook: "04",
  points: 1,
  hint: "C = 1/(2n) Σᵢ (aᵢ − yᵢ)²: square each difference, add them up, divide by 2n (n = number of examples)",
  reference: quadraticCostReference,
  cases: [
    [[1, 3, 5], [1, 2, 6]],
    [[0.5], [1]],
    [[2, 2, 2, 2], [2, 2, 2, 2]],
    [[-1, 0.25], [1, -0.75]],
  ],
});

defineExercise({
  id: "04-cost-gradient",
  name: "costGradient",
  notebook: "04",
  points: 2,
  hint: "with aᵢ = w xᵢ + b: ∂C/∂w = (1/n) Σᵢ (aᵢ − yᵢ) xᵢ and ∂C/∂b = (1/n) Σᵢ (aᵢ − yᵢ); return [∂C/∂w, ∂C/∂b]",
  reference: costGradientReference,
  cases: [
    [2, 1, [0, 1, 2], [1, 2, 6]],
    [0, 0, [1], [2]],
    [-1, 3, [0, 0.5, 1, 1.5, 2, 2.5], [-0.9, 0.2, 0.8, 2.1, 2.9, 4.2]],
    [0.5, -0.5, [2, -2], [0.5, -1.5]],
  ],
});

defineExercise({
  id: "04-update-step",
  name: "updateStep",
  notebook: "04",
  points: 1,
  hint: "each parameter moves AGAINST its slope: pᵢ − η · gradientᵢ (a minus sign: downhill)",
  reference: updateStepReference,
  cases: [
    [[1], [2], 0.25],
    [[-1, 3], [-3.2, 1.8], 0.1],
    [[0.5, 0.5, 0.5], [0, 1, -1], 2],
    [[4, -2], [0, 0], 0.3],
  ],
});

defineExercise({
  id: "04-descent-path",
  name: "descentPath",
  notebook: "04",
  points: 3,
  hint: "path = [copy of start]; repeat at most maxSteps times: next = p − η·gradient(p), push next, " +
    "stop right after a step whose length ‖next − p‖ is below tolerance; return the whole path",
  reference: descentPathReference,
  cases: [
    [parabolaGradient, [1], 0.25, 0.1, 100],
    [valleyGradient, [1, 1], 0.1, 0.001, 100],
    [valleyGradient, [2, -1], 0.1, 0, 5],
    [parabolaGradient, [3], 0.25, 1e-6, 0],
    [parabolaGradient, [1], 0.25, 10, 100],
  ],
});
