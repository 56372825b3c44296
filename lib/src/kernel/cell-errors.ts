/**
 * Errors as a learner reads them in the course kernel: one plain line, never a stack trace with the
 * kernel's absolute paths. The course's own errors (ShapeError, ValueError, …) already say what was
 * expected and what was found; any other error keeps its name and message.
 */
import { t } from "../i18n/translate";

/** The code Node.js gives the error that stops a cell when the ■ (interrupt) button is pressed. */
export const INTERRUPTED = "ERR_SCRIPT_EXECUTION_INTERRUPTED";

/** "ShapeError: matmul: …" — or, for a stop by the ■ button outside training, a sentence that says so. */
export function describeCellError(error: unknown): string {
  if (isInterruption(error)) return t`Stopped by the ■ (interrupt) button: the rest of this cell did not run.`;
  if (error instanceof Error) {
    const text = `${error.name}: ${error.message}`;
    return error.name === "TrainingStopped" ? error.message : text;
  }
  if (typeof error === "object" && error !== null) return `Error: ${String((error as { message?: unknown }).message ?? Object.prototype.toString.call(error))}`;
  return "Error: " + t`the cell threw ${JSON.stringify(error) ?? String(error)}`;
}

/** Whether `error` is Node's "Script execution was interrupted by SIGINT". */
export function isInterruption(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === INTERRUPTED;
}

/** The line a notebook opened outside the course folder gets instead of "Cannot find module 'dlbasics'". */
export function outsideCourseMessage(courseRoot: string): string {
  return t`This notebook is not inside the course folder, so it cannot load the course library (dlbasics). Move or copy it into ${courseRoot}/workspace/ and open the course with \`npm start\` in ${courseRoot}.`;
}
