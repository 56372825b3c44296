/**
 * Solution cells that do not compile (the learner's edition of every notebook).
 *
 * When a learner's solution cell has a syntax or type error, the course kernel (lib/src/kernel) does not
 * stop the notebook: it records the compiler's complaint here and declares the cell's functions as
 * stand-ins that throw `NotCompiledError`. The check cell then says, in plain words and with the line
 * of the learner's code, that the answer does not compile yet; `progress` says the same.
 */
import { CourseError } from "../errors";
import { t } from "../i18n/translate";

/** What the compiler said about a solution cell: the first problem, with its line of code. */
export interface CompileProblem {
  /** 1-based line in the cell. */
  line: number;
  /** The compiler's message, e.g. "')' expected." */
  message: string;
  /** The learner's line of code, trimmed. */
  code: string;
}

/** Thrown by the stand-in of a function whose solution cell does not compile. */
export class NotCompiledError extends CourseError {
  constructor(
    readonly functionName: string,
    readonly problem: CompileProblem,
  ) {
    super(t`${functionName} does not compile yet: ${describeCompileProblem(problem)}`);
  }
}

const problems = new Map<string, CompileProblem>();

/** `line 4: ')' expected. (return 1 / (1 + Math.exp(-z)`)` */
export function describeCompileProblem(problem: CompileProblem): string {
  return t`line ${problem.line}: ${problem.message}` + (problem.code ? ` (\`${problem.code}\`)` : "");
}

/** Remembers that the solution cell declaring `name` does not compile (the course kernel calls this). */
export function markNotCompiled(name: string, problem: CompileProblem): void {
  problems.set(name, problem);
}

/** Forgets it again: the cell now compiles. */
export function markCompiled(name: string): void {
  problems.delete(name);
}

/** The stand-in body of a function that does not compile: `throw notCompiledYet("sigmoidNeuron")`. */
export function notCompiledYet(name: string): NotCompiledError {
  return new NotCompiledError(name, problems.get(name) ?? { line: 0, message: "the cell did not compile", code: "" });
}
