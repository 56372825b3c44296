/**
 * Gradient descent on a plain function of any number of variables (notebook 04, "경사하강법").
 *
 *   p → p − η ∇C(p)
 *
 * Each step moves against the gradient by the learning rate η times its length. The whole path is
 * recorded so a notebook can draw the ball rolling down the valley, or flying out of it when η is
 * too large.
 */
import { ShapeError, ValueError, describeValue } from "./errors";
import { requireFinite, requireFiniteArray, requireFunction } from "./checks";
import { t } from "./i18n/translate";

/** What gradientDescent needs: the function, its gradient, where to start, η and when to stop. */
export interface GradientDescentOptions {
  /** The function to minimise, C(p) for a point p of n variables. */
  cost: (p: number[]) => number;
  /** Its gradient ∇C(p): n partial derivatives, one per variable. */
  gradient: (p: number[]) => number[];
  /** The starting point [n]. */
  start: number[];
  /** η > 0, the size of each step relative to the gradient. */
  learningRate: number;
  /** The most steps to take. */
  maxSteps: number;
  /** Stop (converged) once a step moves p by less than this distance; 1e-8 when omitted. */
  tolerance?: number;
}

/** What gradientDescent did: the path it took and why it stopped. */
export interface GradientDescentResult {
  /** Every point visited, start first: steps + 1 points of n numbers. */
  path: number[][];
  /** C at each point of the path. */
  costs: number[];
  /** The number of steps taken. */
  steps: number;
  /** True when a step shorter than the tolerance ended the descent. */
  converged: boolean;
  /** True when the cost or the gradient stopped being a finite number (η too large). */
  diverged: boolean;
}

/**
 * Runs gradient descent from `start`, recording the path, until a step is shorter than the
 * tolerance (converged), the cost or gradient becomes non-finite (diverged), or maxSteps.
 */
export function gradientDescent(options: GradientDescentOptions): GradientDescentResult {
  const { cost, gradient, start, learningRate, maxSteps, tolerance = 1e-8 } = checkOptions(options);
  let p = [...start];
  const result: GradientDescentResult = { path: [p], costs: [cost(p)], steps: 0, converged: false, diverged: false };
  result.diverged = !Number.isFinite(result.costs[0]!);
  while (!result.diverged && !result.converged && result.steps < maxSteps) {
    const g = gradient(p);
    checkGradient(g, start.length);
    const next = p.map((value, i) => value - learningRate * g[i]!);
    const stepLength = Math.hypot(...next.map((value, i) => value - p[i]!));
    p = next;
    result.path.push(p);
    result.costs.push(cost(p));
    result.steps += 1;
    result.diverged = !Number.isFinite(result.costs[result.steps]!) || !Number.isFinite(stepLength);
    result.converged = !result.diverged && stepLength < tolerance;
  }
  return result;
}

function checkOptions(options: GradientDescentOptions): GradientDescentOptions {
  const op = "gradientDescent";
  if (typeof options !== "object" || options === null) throw new ValueError(op, t`an options object`, describeValue(options));
  requireFunction(op, "cost", options.cost);
  requireFunction(op, "gradient", options.gradient);
  requireFiniteArray(op, "start", options.start);
  if (options.start.length === 0) throw new ValueError(op, t`at least one variable in start`, t`an empty array`);
  requireFinite(op, "learningRate", options.learningRate);
  if (options.learningRate <= 0) throw new ValueError(op, t`learningRate > 0`, describeValue(options.learningRate), t`η sets the step size; try 0.1.`);
  if (!Number.isInteger(options.maxSteps) || options.maxSteps < 0) {
    throw new ValueError(op, t`maxSteps to be a whole number ≥ 0`, describeValue(options.maxSteps));
  }
  if (options.tolerance !== undefined) requireFinite(op, "tolerance", options.tolerance);
  return options;
}

function checkGradient(g: unknown, n: number): void {
  if (!Array.isArray(g)) throw new ValueError("gradientDescent", t`gradient to return an array of numbers`, describeValue(g));
  if (g.length !== n) {
    throw new ShapeError("gradientDescent", t`gradient must return one number per variable`, [["start", [n]], ["gradient", [g.length]]]);
  }
}
