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
  mistakes: [
    { hint: "it looks like the sum is divided by n: the quadratic cost divides by 2n, C = 1/(2n) Σ (aᵢ − yᵢ)²", answer: (a: number[], y: number[]) => 2 * quadraticCostReference(a, y) },
    { hint: "it looks like `/ 2 * n`, which divides by 2 and then MULTIPLIES by n: write / (2 * n)", answer: (a: number[], y: number[]) => quadraticCostReference(a, y) * a.length * a.length },
    { hint: "it looks like the sum is not divided: C = 1/(2n) Σ (aᵢ − yᵢ)², divide by 2n", answer: (a: number[], y: number[]) => 2 * a.length * quadraticCostReference(a, y) },
    { hint: "it looks like |aᵢ − yᵢ|: square each difference, (aᵢ − yᵢ)²", answer: (a: number[], y: number[]) => a.reduce((s, ai, i) => s + Math.abs(ai - y[i]!), 0) / (2 * a.length) },
    { hint: "it looks like the differences are added before squaring: square EACH difference, then add the squares", answer: (a: number[], y: number[]) => a.reduce((s, ai, i) => s + ai - y[i]!, 0) ** 2 / (2 * a.length) },
    { hint: "it looks rounded: keep every digit (1/3 = 0.333333…), the check compares to 1e-6", answer: (a: number[], y: number[]) => Math.round(quadraticCostReference(a, y) * 100) / 100 },
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
  mistakes: [
    { hint: "it looks like ∂C/∂w without the factor xᵢ: ∂C/∂w = (1/n) Σ (aᵢ − yᵢ) xᵢ", answer: (w: number, b: number, x: number[], y: number[]) => {
      const [, db] = costGradientReference(w, b, x, y);
      return [db, db];
    } },
    { hint: "it looks like the errors are yᵢ − aᵢ: the gradient uses aᵢ − yᵢ (prediction minus target), or both signs flip", answer: (w: number, b: number, x: number[], y: number[]) => costGradientReference(w, b, x, y).map((g) => -g) },
    { hint: "it looks like the sums are not divided by n: both derivatives are averages, (1/n) Σ", answer: (w: number, b: number, x: number[], y: number[]) => costGradientReference(w, b, x, y).map((g) => g * x.length) },
    { hint: "it looks like 1/(2n): the ½ of the cost cancels the 2 of the square, so the derivatives divide by n", answer: (w: number, b: number, x: number[], y: number[]) => costGradientReference(w, b, x, y).map((g) => g / 2) },
    { hint: "it looks like [∂C/∂b, ∂C/∂w]: return [∂C/∂w, ∂C/∂b], w first", answer: (w: number, b: number, x: number[], y: number[]) => [...costGradientReference(w, b, x, y)].reverse() },
    { hint: "it looks like b is left out of the prediction: aᵢ = w xᵢ + b", answer: (w: number, _b: number, x: number[], y: number[]) => costGradientReference(w, 0, x, y) },
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
    [[0.123, -4.5], [1.7, 0.33], 0.05],
  ],
  mistakes: [
    { hint: "it looks like a step uphill: pᵢ − η·gradientᵢ, with a minus", answer: (params: number[], gradient: number[], learningRate: number) => params.map((p, i) => p + learningRate * gradient[i]!) },
    { hint: "it looks like the learning rate is missing: pᵢ − η·gradientᵢ", answer: (params: number[], gradient: number[]) => params.map((p, i) => p - gradient[i]!) },
    { hint: "it looks like the gradient is missing: each pᵢ moves by η times ITS gradient entry", answer: (params: number[], _gradient: number[], learningRate: number) => params.map((p) => p - learningRate) },
    { hint: "it looks like the step alone: return the new parameters pᵢ − η·gradientᵢ, not η·gradientᵢ", answer: (_params: number[], gradient: number[], learningRate: number) => gradient.map((g) => learningRate * g) },
    { hint: "it looks like the gradient is divided by η: multiply, pᵢ − η·gradientᵢ", answer: (params: number[], gradient: number[], learningRate: number) => params.map((p, i) => p - gradient[i]! / learningRate) },
    { hint: "it looks rounded: keep every digit (−4.5165 here), the check compares to 1e-6", answer: (params: number[], gradient: number[], learningRate: number) => updateStepReference(params, gradient, learningRate).map((p) => Math.round(p * 100) / 100) },
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
    [parabolaGradient, [1], 0.25, 0.125, 100],
  ],
  mistakes: [
    { hint: "it looks like the loop stops when the step length EQUALS the tolerance: stop only when it is smaller (<); a step of exactly 0.125 with tolerance 0.125 goes on",
      answer: (gradient: (p: number[]) => number[], start: number[], learningRate: number, tolerance: number, maxSteps: number) =>
        descentPathWith(gradient, start, learningRate, maxSteps, (moved) => moved <= tolerance) },
    { hint: "it looks like the step length is measured on the gradient: measure the step itself, ‖next − p‖ = η‖∇C(p)‖",
      answer: (gradient: (p: number[]) => number[], start: number[], learningRate: number, tolerance: number, maxSteps: number) =>
        descentPathWith(gradient, start, learningRate, maxSteps, (_moved, p) => Math.hypot(...gradient(p)) < tolerance) },
    { hint: "it looks like the step length is not the Euclidean one: ‖next − p‖ = √(Σᵢ (nextᵢ − pᵢ)²) (Math.hypot), not Σ|Δ|, max|Δ| or Σ Δ²",
      answer: (gradient: (p: number[]) => number[], start: number[], learningRate: number, tolerance: number, maxSteps: number) =>
        descentPathWith(gradient, start, learningRate, maxSteps, (_moved, p, next) => next.reduce((s, v, i) => s + (v - p[i]!) ** 2, 0) < tolerance) },
    { hint: "it looks like the last point is not pushed: push next, THEN stop if its step was below the tolerance",
      answer: (gradient: (p: number[]) => number[], start: number[], learningRate: number, tolerance: number, maxSteps: number) => {
        const path = descentPathReference(gradient, start, learningRate, tolerance, maxSteps);
        return path.length > 1 && path.length <= maxSteps ? path.slice(0, -1) : path;
      } },
    { hint: "it looks like one step too many: repeat at most maxSteps times (step = 0 … maxSteps − 1)",
      answer: (gradient: (p: number[]) => number[], start: number[], learningRate: number, tolerance: number, maxSteps: number) =>
        descentPathReference(gradient, start, learningRate, tolerance, maxSteps + 1) },
    { hint: "it looks like the start is missing: the path begins with a copy of start",
      answer: (gradient: (p: number[]) => number[], start: number[], learningRate: number, tolerance: number, maxSteps: number) =>
        descentPathReference(gradient, start, learningRate, tolerance, maxSteps).slice(1) },
  ],
});

/** descentPath with another stopping rule `stop(moved, p, next)` (known mistakes). */
function descentPathWith(gradient: (p: number[]) => number[], start: readonly number[], learningRate: number, maxSteps: number,
  stop: (moved: number, p: number[], next: number[]) => boolean): number[][] {
  let p = [...start];
  const path = [p];
  for (let step = 0; step < maxSteps; step++) {
    const next = updateStepReference(p, gradient(p), learningRate);
    const moved = Math.hypot(...next.map((v, i) => v - p[i]!));
    const done = stop(moved, p, next);
    p = next;
    path.push(p);
    if (done) break;
  }
  return path;
}
