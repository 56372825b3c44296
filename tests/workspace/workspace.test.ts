/**
 * The learner's workspace (scripts/workspace): created from the learner's edition of the course, and
 * never overwriting the learner's work when the course changes.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { describe, expect, it } from "vitest";
import { readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { isSpeakerNotes, learnerNotebook } from "../../scripts/workspace/learner-edition";
import { parseStartOptions } from "../../scripts/workspace/start-options";
import { STATE_FILE, besideName, syncWorkspace } from "../../scripts/workspace/workspace";

const fixture = path.join(repoRoot, "tests", "fixtures", "exercise-demo.ipynb");

/** A course folder with one notebook (the exercise fixture) and an empty workspace beside it. */
function course(): { source: string; workspace: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-course-"));
  const source = path.join(dir, "02-demo.ipynb");
  copyFileSync(fixture, source);
  return { source, workspace: path.join(dir, "workspace") };
}

/** Changes the course's version of a notebook, as a `git pull` would: a new Markdown sentence. */
function changeSource(source: string, sentence: string): void {
  const nb = JSON.parse(readFileSync(source, "utf8"));
  nb.cells[0].source = `${sourceOf(nb.cells[0])}\n\n${sentence}`;
  writeFileSync(source, JSON.stringify(nb, null, 1) + "\n");
}

/** The learner types an answer into the first solution cell and saves. */
function learnerEdits(file: string, answer: string): void {
  const nb = JSON.parse(readFileSync(file, "utf8"));
  const cell = nb.cells.find((c: any) => c.metadata?.nbgrader?.solution);
  cell.source = answer;
  writeFileSync(file, JSON.stringify(nb, null, 1) + "\n");
}

describe("the learner's edition", () => {
  it("keeps signatures, stubs every solution and has no hidden-test cell at all", () => {
    const source = readNotebook(fixture);
    const learner = learnerNotebook(source, "exercise-demo.ipynb");
    const text = JSON.stringify(learner);
    expect(source.cells.some((c) => c.metadata.nbgrader?.grade)).toBe(true);
    expect(learner.cells.some((c) => c.metadata.nbgrader?.grade)).toBe(false);
    expect(text).not.toMatch(/BEGIN (SOLUTION|HIDDEN TESTS)|hiddenChecks|Hidden tests/);
    const solutions = learner.cells.filter((c) => c.metadata.nbgrader?.solution);
    for (const cell of solutions) expect(sourceOf(cell)).toMatch(/^function \w+\([^)]*\): \w+ \{\n  \/\/ YOUR CODE HERE\n  throw new Error\("not implemented yet"\);\n\}$/m);
  });

  it("leaves out the instructor's speaker notes, in both editions of every course notebook", () => {
    for (const dir of ["notebooks", "notebooks/ko"]) {
      for (const name of readdirSync(path.join(repoRoot, dir)).filter((f) => /^\d\d-.*\.ipynb$/.test(f))) {
        const source = readNotebook(path.join(repoRoot, dir, name));
        const notes = source.cells.filter(isSpeakerNotes).length;
        expect(notes, `${dir}/${name} has speaker notes`).toBeGreaterThan(0);
        const learner = learnerNotebook(source, name);
        expect(learner.cells.filter(isSpeakerNotes)).toEqual([]);
        expect(JSON.stringify(learner)).not.toMatch(/\*\*(Speaker notes|강사 노트)\*\*/);
      }
    }
  });
});

describe("syncWorkspace", () => {
  it("creates the workspace on first start and leaves it alone on the second", () => {
    const { source, workspace } = course();
    expect(syncWorkspace([source], workspace).map((a) => [a.action, a.message])).toEqual([["added", "+ 02-demo.ipynb"]]);
    const file = path.join(workspace, "02-demo.ipynb");
    expect(readNotebook(file).cells.some((c) => c.metadata.nbgrader?.grade)).toBe(false);
    const before = readFileSync(file, "utf8");
    expect(syncWorkspace([source], workspace).map((a) => a.action)).toEqual(["unchanged"]);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(readdirSync(workspace).sort()).toEqual([STATE_FILE, "02-demo.ipynb"].sort());
  });

  it("never overwrites a learner's edit: the course's new version goes beside it, with one line", () => {
    const { source, workspace } = course();
    syncWorkspace([source], workspace);
    const file = path.join(workspace, "02-demo.ipynb");
    const answer = "function weightedSum(w: number[], x: number[], b: number): number {\n  return b; // my first try\n}";
    learnerEdits(file, answer);
    const edited = readFileSync(file, "utf8");
    changeSource(source, "A sentence the course added later.");
    const [action] = syncWorkspace([source], workspace);
    expect(action!.action).toBe("kept-new-beside");
    expect(readFileSync(file, "utf8")).toBe(edited); // the learner's work survives, byte for byte
    const beside = path.join(workspace, action!.beside!);
    expect(action!.beside).toBe(besideName("02-demo.ipynb", action!.beside!.match(/update (\w{6})/)![1]!));
    expect(action!.message).toBe(`! 02-demo.ipynb: the course has a new version; your copy is kept as it is and the new version is beside it as "${action!.beside}"`);
    expect(sourceOf(readNotebook(beside).cells[0]!)).toContain("A sentence the course added later.");
    // the next start says nothing more and still keeps both
    expect(syncWorkspace([source], workspace).map((a) => a.message)).toEqual([""]);
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(existsSync(beside)).toBe(true);
  });

  it("updates a notebook the learner never changed, and gives a fresh copy of one they removed to start over", () => {
    const { source, workspace } = course();
    syncWorkspace([source], workspace);
    const file = path.join(workspace, "02-demo.ipynb");
    changeSource(source, "Version two.");
    expect(syncWorkspace([source], workspace).map((a) => a.message)).toEqual(["↻ 02-demo.ipynb: updated to the course's new version (you had not changed it)"]);
    expect(sourceOf(readNotebook(file).cells[0]!)).toContain("Version two.");
    unlinkSync(file);
    expect(syncWorkspace([source], workspace).map((a) => a.message)).toEqual(["+ 02-demo.ipynb: a fresh copy (yours was not in the workspace)"]);
    expect(existsSync(file)).toBe(true);
  });

  it("adds a notebook that a later version of the course brings", () => {
    const { source, workspace } = course();
    syncWorkspace([source], workspace);
    const second = path.join(path.dirname(source), "03-more.ipynb");
    copyFileSync(fixture, second);
    expect(syncWorkspace([source, second], workspace).map((a) => a.action)).toEqual(["unchanged", "added"]);
  });

  it("treats a notebook it has no record of as the learner's, when it differs", () => {
    const { source, workspace } = course();
    syncWorkspace([source], workspace);
    learnerEdits(path.join(workspace, "02-demo.ipynb"), "function weightedSum(): number { return 1; }");
    unlinkSync(path.join(workspace, STATE_FILE));
    expect(syncWorkspace([source], workspace).map((a) => a.action)).toEqual(["kept-new-beside"]);
    expect(sourceOf(readNotebook(path.join(workspace, "02-demo.ipynb")).cells.find((c) => c.metadata.nbgrader?.solution)!)).toContain("return 1;");
  });
});

describe("npm start's options", () => {
  const root = "/course";
  it("opens the workspace by default, the sources with --instructor, and passes the rest to Jupyter", () => {
    expect(parseStartOptions([], root)).toEqual({ instructor: false, language: "ko", workspace: "/course/workspace/ko", jupyterArgs: [] });
    expect(parseStartOptions(["--instructor", "--no-browser", "--port", "8899"], root)).toEqual({
      instructor: true, language: "ko", workspace: "/course/workspace/ko", jupyterArgs: ["--no-browser", "--port", "8899"],
    });
    expect(parseStartOptions(["--lang", "en"], root)).toMatchObject({ language: "en", workspace: "/course/workspace/en" });
    expect(parseStartOptions(["--lang=fr"], root)).toEqual({ error: "npm start: --lang takes ko (한국어, the default) or en (English), got fr." });
    expect(parseStartOptions(["--workspace=/course/ws-2"], root)).toMatchObject({ workspace: "/course/ws-2" });
    expect(parseStartOptions(["--workspace", "/course/ws-3"], root)).toMatchObject({ workspace: "/course/ws-3" });
  });

  it("refuses Jupyter's own folder options and a workspace outside the course, with a sentence", () => {
    const clash = parseStartOptions(["--notebook-dir=release"], root) as { error: string };
    expect(clash.error).toBe("npm start: the course chooses the folder Jupyter opens, so --notebook-dir cannot be used here.\n" +
      "  npm start                       opens your workspace (workspace/ko/; --lang en: workspace/en/)\n" +
      "  npm start -- --instructor       opens the instructor's sources (notebooks/)\n" +
      "  npm start -- --workspace=<dir>  opens another workspace inside the course folder");
    expect(parseStartOptions(["--ServerApp.root_dir=/tmp"], root)).toHaveProperty("error");
    expect(parseStartOptions(["--NotebookApp.notebook_dir", "/tmp"], root)).toHaveProperty("error");
    expect(parseStartOptions(["--workspace=/elsewhere"], root)).toEqual({
      error: "npm start: the workspace must be a folder inside the course folder /course (its notebooks load the course library from there), got /elsewhere.",
    });
    expect(parseStartOptions(["--workspace"], root)).toEqual({ error: "npm start: --workspace needs a folder, for example `npm start -- --workspace=workspace-2`." });
  });
});
