/**
 * Graded exercises: the check cells, hidden tests and progress of every notebook (format: README,
 * "Exercises"; notebook 00 demonstrates it). Each notebook with exercises has a file here.
 */
import { listExercises } from "./check";
import { progressText, recordedIds } from "./progress";
import "./notebook00";
import "./notebook01";
import "./notebook02";
import "./notebook04";
import "./notebook05";
import "./notebook06";
import "./notebook07";
import "./notebook03";
import "./notebook09";
import "./notebook08";
import "./notebook10";
import { t } from "../i18n/translate";

export { check, defineExercise, formatCall, getExercise, listExercises, runCheck } from "./check";
export type { CaseResult, CheckReport, CheckStatus, Exercise } from "./check";
export type { KnownMistake } from "./mistakes";
export { NotCompiledError, describeCompileProblem, markCompiled, markNotCompiled, notCompiledYet } from "./compile-state";
export type { CompileProblem } from "./compile-state";
export { compareValues, formatNumber, formatValue } from "./format";
export { NOT_IMPLEMENTED, callWithTimeout } from "./guard";
export type { CallOutcome } from "./guard";
export { encodeValue, gradingMode, hiddenChecks } from "./hidden";
export { progressText, resetProgress } from "./progress";
export { THREW, thrownAsText } from "./thrown";

/**
 * The last cell of a notebook: prints exercises passed, attempted and points for notebook `notebook`
 * ("00"), or for every notebook with a check run so far when omitted.
 */
export function progress(notebook?: string): void {
  const recorded = new Set(recordedIds());
  const notebooks = new Set(listExercises().filter((e) => recorded.has(e.id)).map((e) => e.notebook));
  const exercises = listExercises(notebook).filter((e) => notebook !== undefined || notebooks.has(e.notebook));
  process.stdout.write((exercises.length ? progressText(exercises) : t`Progress: no exercise checked yet.`) + "\n");
}
