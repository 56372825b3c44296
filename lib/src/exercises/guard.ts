/**
 * Calling a learner's function safely (notebook 00 introduces exercises).
 *
 * A check must never crash the notebook and never hang it. The call runs through
 * `vm.runInThisContext(code, { timeout })`, which interrupts a synchronous loop that never ends, even
 * inside a function defined in a notebook cell (same isolate). The function reaches the script through
 * a temporary global that is removed afterwards.
 */
import vm from "vm";
import { type CompileProblem, NotCompiledError } from "./compile-state";
import { t } from "../i18n/translate";

/** The message of the stub that released notebooks put in place of a solution. */
export const NOT_IMPLEMENTED = "not implemented yet";

/** What happened when a learner's function was called. */
export type CallOutcome =
  | { kind: "value"; value: unknown }
  | { kind: "threw"; message: string }
  | { kind: "unattempted"; thrower?: string }
  | { kind: "notCompiled"; functionName: string; problem: CompileProblem }
  | { kind: "timeout"; ms: number };

const slot = "__dlbasicsExerciseCall";
const runInThisContext = vm.runInThisContext;

/**
 * Calls `fn(...args)` with a time limit in milliseconds and reports what happened instead of throwing.
 * A thrown "not implemented yet" (the stub) is reported as unattempted.
 */
export function callWithTimeout(fn: unknown, args: readonly unknown[], ms = 2000): CallOutcome {
  if (typeof fn !== "function") {
    return { kind: "threw", message: t`expected a function, got ${fn === undefined ? "undefined" : typeof fn}` };
  }
  const global = globalThis as Record<string, unknown>;
  global[slot] = () => (fn as (...a: unknown[]) => unknown)(...args);
  try {
    return { kind: "value", value: runInThisContext(`globalThis.${slot}()`, { timeout: ms, displayErrors: false }) };
  } catch (error) {
    return describeThrown(error, ms);
  } finally {
    delete global[slot];
  }
}

function describeThrown(error: unknown, ms: number): CallOutcome {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { kind: "timeout", ms };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : t`threw ${String(error)}`;
  if (error instanceof NotCompiledError) return { kind: "notCompiled", functionName: error.functionName, problem: error.problem };
  if (error instanceof Error && error.message.trim().toLowerCase() === NOT_IMPLEMENTED) return { kind: "unattempted", thrower: throwerOf(error) };
  return { kind: "threw", message: message.split("\n")[0]! };
}

/**
 * The function whose body threw `error`: the first frame of its stack ("at weightedSum (…)"), so a check
 * can tell the learner's unfinished function from another unfinished one it calls.
 */
function throwerOf(error: Error): string | undefined {
  const frame = (error.stack ?? "").split("\n").find((line) => /^\s+at /.test(line));
  return frame?.match(/^\s+at (?:Object\.|Proxy\.)?([A-Za-z_$][\w$]*) \(/)?.[1];
}
