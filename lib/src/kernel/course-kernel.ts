/**
 * The course kernel: tslab's TypeScript kernel with the course's rules for learners. `npm start`
 * registers it as the Jupyter kernel "tslab" (scripts/kernel/jupyter.ts).
 *
 * It runs tslab's own executor and Jupyter server, and changes only what a learner sees when a cell fails:
 * - a solution cell (one that declares an exercise's function) that does not compile, or that throws at
 *   its top level, reports the problem and lets the notebook go on: its functions become stand-ins that
 *   throw `notCompiledYet`, so the check cell below says what is wrong with the learner's line of code;
 * - errors are one plain line (`ShapeError: matmul: …`), never a stack trace with absolute paths;
 * - the ■ (interrupt) button during `nn.train` ends the cell with "Training stopped after epoch 4 of 20;
 *   the network keeps the weights of epoch 4." (sgd.ts: finishInterruptedTraining);
 * - a notebook opened outside the course folder gets one line on how to open it instead of
 *   "Cannot find module 'dlbasics'";
 * - the compiler's messages are in the notebook's language (compiler-language.ts).
 * Every other cell fails exactly as in tslab (status error, which stops "Run All").
 */
import nodeModule from "module";
import path from "path";
import { listExercises } from "../exercises/check";
import { markCompiled, markNotCompiled } from "../exercises/compile-state";
import { finishInterruptedTraining } from "../sgd";
import { describeCellError, isInterruption, outsideCourseMessage } from "./cell-errors";
import { type CellDiagnostic, declaredNames, declarationsOnly, describeDiagnostics, firstProblem, standInSource } from "./solution-cells";
import { getLanguage } from "../i18n/language";
import { t } from "../i18n/translate";
import { useCompilerLanguage } from "./compiler-language";

interface Executor {
  execute(src: string): Promise<boolean>;
  interrupt(): void;
}
type ConsoleArgs = unknown[];

/** The checkout this kernel belongs to: lib/dist/kernel → the course folder. */
const courseRoot = path.resolve(__dirname, "..", "..", "..");
const tslabRequire = nodeModule.createRequire(require.resolve("tslab/package.json"));
const ts = tslabRequire("@tslab/typescript-for-tslab") as typeof import("typescript");

/** tslab prints a compiler message as console.error("%s%d:%d - %s", file, line, column, message). */
const DIAGNOSTIC_FORMAT = "%s%d:%d - %s";

function toDiagnostic(args: ConsoleArgs): CellDiagnostic {
  const file = String(args[1] ?? "").trim();
  return { line: Number(args[2]), column: Number(args[3]), message: String(args[4]), ...(file ? { fileName: file } : {}) };
}

function writeError(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : text + "\n");
}

let exerciseNamesCache: Set<string> | undefined;
function exerciseNames(): Set<string> {
  exerciseNamesCache ??= new Set(listExercises().map((e) => e.name));
  return exerciseNamesCache;
}

/** A cell's error in one plain line; a training run stopped by the ■ button keeps its last complete epoch. */
function reportError(error: unknown): void {
  const stopped = isInterruption(error) ? finishInterruptedTraining() : undefined;
  if (stopped) process.stdout.write(stopped + "\n");
  else writeError(describeCellError(error));
}

function insideCourse(folder: string): boolean {
  const relative = path.relative(courseRoot, folder);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** Wraps tslab's executor: what `execute` reports for a failing cell is decided here. */
export function courseExecutor(executor: Executor, captureInto: (sink: ConsoleArgs[] | undefined) => void): Executor {
  const original = executor.execute.bind(executor);
  async function run(src: string): Promise<{ ok: boolean; diagnostics: CellDiagnostic[]; errors: unknown[] }> {
    const sink: ConsoleArgs[] = [];
    captureInto(sink);
    useCompilerLanguage(ts, getLanguage()); // the edition's language, set by the notebook's first cell
    try {
      const ok = await original(src);
      return { ok, diagnostics: sink.filter((a) => a[0] === DIAGNOSTIC_FORMAT).map(toDiagnostic), errors: sink.filter((a) => a[0] !== DIAGNOSTIC_FORMAT).map((a) => a[a.length - 1]) };
    } finally {
      captureInto(undefined);
    }
  }
  async function execute(src: string): Promise<boolean> {
    const result = await run(src);
    const names = declaredNames(ts, src);
    if (result.ok) {
      names.forEach(markCompiled);
      return true;
    }
    // "Cannot find module 'dlbasics' …" in English, "'dlbasics' 모듈 … 찾을 수 없습니다." in Korean
    if (result.diagnostics.some((d) => d.message.includes("'dlbasics'")) && !insideCourse(process.cwd())) {
      writeError(outsideCourseMessage(courseRoot));
      return false;
    }
    const solution = names.some((name) => exerciseNames().has(name));
    if (solution && result.diagnostics.length > 0) return notCompiled(src, names, result.diagnostics);
    if (solution) return threwAtTopLevel(src, names, result.errors[0]);
    for (const d of result.diagnostics) writeError(`${d.fileName ? d.fileName + " " : ""}${d.line}:${d.column} - ${d.message}`);
    result.errors.forEach(reportError);
    return false;
  }
  async function notCompiled(src: string, names: string[], diagnostics: CellDiagnostic[]): Promise<boolean> {
    const problem = firstProblem(diagnostics, src);
    names.forEach((name) => markNotCompiled(name, problem));
    writeError(t`✖ This cell does not compile yet, so ${names.join(", ")} cannot run:` + `\n${describeDiagnostics(diagnostics, src)}\n` +
      t`Fix it and run this cell again. The check cell below says the same, and the rest of the notebook still runs.`);
    const standIn = await run(standInSource(names));
    if (!standIn.ok) writeError(`(the course kernel could not declare stand-ins: ${standIn.diagnostics.map((d) => d.message).join("; ")} ${standIn.errors.map(describeCellError).join("; ")})`);
    return true;
  }
  async function threwAtTopLevel(src: string, names: string[], error: unknown): Promise<boolean> {
    writeError(`✖ ${describeCellError(error)}\n` + (names.length > 1 ? t`A line outside your functions threw; your functions are kept and checked below.` : t`A line outside your function threw; your function is kept and checked below.`));
    const kept = await run(declarationsOnly(ts, src));
    if (!kept.ok) await run(standInSource(names));
    return true;
  }
  return { ...executor, execute };
}

/** Starts the kernel for Jupyter: `node course-kernel.js --config-path <connection file>`. */
export function startCourseKernel(configPath: string): void {
  const { createConverter } = tslabRequire("./dist/converter");
  const { createExecutor } = tslabRequire("./dist/executor");
  const { JupyterHandlerImpl, ZmqServer } = tslabRequire("./dist/jupyter");
  const converters: Record<string, unknown> = {};
  const convs = {
    get node() { return (converters.node ??= createConverter({ isJS: false, isBrowser: false })); },
    get browser() { return (converters.browser ??= createConverter({ isJS: false, isBrowser: true })); },
    close() { for (const c of Object.values(converters)) (c as { close(): void }).close(); },
  };
  convs.node; // warm the converter, as tslab does
  let sink: ConsoleArgs[] | undefined;
  const kernelConsole = {
    log: (...args: unknown[]) => console.log(...args),
    error: (...args: unknown[]) => (sink ? sink.push(args) : writeError(describeCellError(args[args.length - 1]))),
  };
  const executor = courseExecutor(createExecutor(process.cwd(), convs, kernelConsole), (s) => (sink = s));
  const server = new ZmqServer(new JupyterHandlerImpl(executor, false), configPath);
  process.on("SIGINT", () => executor.interrupt());
  process.on("uncaughtException", (error) => writeError(t`An error outside any cell: ${describeCellError(error)}`));
  process.on("unhandledRejection", (reason) => writeError(t`A promise failed outside any cell: ${describeCellError(reason)}`));
  server.init();
}

if (require.main === module) {
  const at = process.argv.indexOf("--config-path");
  const configPath = at >= 0 ? process.argv[at + 1] : undefined;
  if (!configPath) {
    writeError("usage: node course-kernel.js --config-path <connection file> (Jupyter starts this kernel itself)");
    process.exit(2);
  }
  startCourseKernel(configPath);
}
