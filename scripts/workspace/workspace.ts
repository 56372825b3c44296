/**
 * The learner's workspace: their own copies of the course's notebooks (the learner's edition), which
 * `npm start` creates on first start and opens. No learner work is ever overwritten:
 *
 * - a notebook that is not in the workspace is added (after a `git pull`, or when the learner removed
 *   or renamed their copy to start that notebook over);
 * - a notebook whose course version changed is replaced only if the learner never changed their copy;
 *   otherwise their copy stays as it is and the new version is put beside it, with a one-line message.
 *
 * What the course last delivered is recorded in `.course-state.json` in the workspace (a hidden file
 * that Jupyter does not list): the SHA-256 of each notebook as written.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import path from "path";
import { t } from "../../lib/src/i18n/translate";
import { readNotebook } from "../grading/notebook";
import { learnerNotebookText } from "./learner-edition";

export const STATE_FILE = ".course-state.json";

interface WorkspaceState {
  version: 1;
  /** Notebook file name → SHA-256 of the learner's edition last written for it. */
  delivered: Record<string, string>;
}

/** What `syncWorkspace` did to one notebook. */
export interface SyncAction {
  notebook: string;
  action: "added" | "updated" | "kept-new-beside" | "unchanged";
  /** With kept-new-beside: the file name of the new version. */
  beside?: string;
  /** One line for the learner (in the language of the library's messages), empty when nothing happened. */
  message: string;
}

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

function readState(workspace: string): WorkspaceState {
  const file = path.join(workspace, STATE_FILE);
  if (!existsSync(file)) return { version: 1, delivered: {} };
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as WorkspaceState;
    if (state?.version === 1 && typeof state.delivered === "object" && state.delivered !== null) return state;
  } catch {
    // an unreadable state file counts as none: every existing notebook is then treated as the learner's
  }
  return { version: 1, delivered: {} };
}

/** Writes a file whole or not at all (a crash mid-write never leaves half a notebook). */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** "02-perceptron (course update 3f2a1c).ipynb": where a new version goes when the learner's copy has their work. */
export function besideName(notebook: string, hash: string): string {
  return `${notebook.replace(/\.ipynb$/, "")} (course update ${hash.slice(0, 6)}).ipynb`;
}

/** Brings `workspace` up to date with the learner's edition of every notebook in `sources` (file paths). */
export function syncWorkspace(sources: readonly string[], workspace: string): SyncAction[] {
  mkdirSync(workspace, { recursive: true });
  const state = readState(workspace);
  const actions = sources.map((source) => syncOne(source, workspace, state));
  writeAtomically(path.join(workspace, STATE_FILE), JSON.stringify(state, null, 1) + "\n");
  return actions;
}

function syncOne(source: string, workspace: string, state: WorkspaceState): SyncAction {
  const notebook = path.basename(source);
  const text = learnerNotebookText(readNotebook(source), notebook);
  const hash = sha256(text);
  const target = path.join(workspace, notebook);
  const delivered = state.delivered[notebook];
  const record = (action: SyncAction) => ((state.delivered[notebook] = hash), action);
  if (!existsSync(target)) {
    writeAtomically(target, text);
    return record({ notebook, action: "added", message: delivered ? t`+ ${notebook}: a fresh copy (yours was not in the workspace)` : `+ ${notebook}` });
  }
  const current = sha256(readFileSync(target));
  if (current === hash) return record({ notebook, action: "unchanged", message: "" });
  if (delivered === hash) return { notebook, action: "unchanged", message: "" };
  if (delivered !== undefined && current === delivered) {
    writeAtomically(target, text);
    return record({ notebook, action: "updated", message: t`↻ ${notebook}: updated to the course's new version (you had not changed it)` });
  }
  const beside = besideName(notebook, hash);
  if (!existsSync(path.join(workspace, beside))) writeAtomically(path.join(workspace, beside), text);
  return record({
    notebook, action: "kept-new-beside", beside,
    message: t`! ${notebook}: the course has a new version; your copy is kept as it is and the new version is beside it as "${beside}"`,
  });
}
