/**
 * The learner's session, as a learner has it (issue 10): in a fresh home, `npm start` creates the
 * workspace and serves it in the classic Notebook; in headless Chromium the learner opens 02, types a
 * wrong answer, a throwing answer and one that does not compile, and runs everything (Cell → Run All).
 * The workspace is the default Korean edition, so the feedback is checked in Korean (tests/kernel/languages.test.ts
 * checks the same answers in both editions).
 * Every cell after them runs; the check cells say what is wrong in plain words; no output shows a stack
 * trace or a path of the machine. After a page reload and another Run All every plot draws again, and a
 * plot cell run in a second tab on the same kernel draws there too.
 * The checkout's `git status` is the same before and after. Screenshots: .test-output/learner/.
 */
import { ChildProcess, execFileSync, spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { TROUBLED_02 } from "../helpers/learner";
import { testOutputDir } from "../helpers/notebooks";
import { freePort, waitForServer } from "../helpers/server";
import { watch } from "../plots/plot-checks";

const CHROMIUM = "/usr/bin/chromium";
const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");
const outDir = path.join(testOutputDir, "learner");
const token = "learner-test-token";
/** The learner's answers: 02's troubled first tries, with a wrong weighted sum in place of the missing one. */
const ANSWERS: Record<string, string> = {
  ...TROUBLED_02,
  "02-weighted-sum-answer": "/** z = Σⱼ wⱼxⱼ + b */\nfunction weightedSum(w: number[], x: number[], b: number): number {\n  let z = 0;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z; // forgot b\n}",
};
const LEAKS = new RegExp(`^\\s+at |${[repoRoot, os.tmpdir(), os.homedir()].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}`, "m");

const gitStatus = () => execFileSync("git", ["status", "--porcelain"], { cwd: repoRoot, encoding: "utf8" });

describe.skipIf(!existsSync(CHROMIUM)).sequential("a learner's session in the classic Notebook", () => {
  let server: ChildProcess | undefined;
  let browser: Browser;
  let root = "";
  const statusBefore = gitStatus();

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const home = mkdtempSync(path.join(os.tmpdir(), "dlbasics-learner-home-"));
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    for (const key of Object.keys(env)) if (key.startsWith("JUPYTER") || key === "IPYTHONDIR") delete env[key];
    const workspace = path.join(mkdtempSync(path.join(testOutputDir, "learner-ws-")), "workspace");
    const port = await freePort();
    server = spawn(process.execPath, [tsNode, "scripts/start.ts", "--no-browser", `--port=${port}`, "--ip=127.0.0.1", `--NotebookApp.token=${token}`, `--workspace=${workspace}`],
      { cwd: repoRoot, env, stdio: "ignore" });
    root = `http://127.0.0.1:${port}`;
    await waitForServer(`${root}/api?token=${token}`, () => {
      if (server?.exitCode !== null) throw new Error(`npm start exited with ${server?.exitCode}`);
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      env: { ...process.env, HOME: mkdtempSync(path.join(os.tmpdir(), "dlbasics-chromium-")) },
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
  });

  it("runs 02 to the end with a wrong, a throwing and a non-compiling answer; feedback in plain words; plots after a reload", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on("dialog", (dialog) => void dialog.accept());
    const problems = watch(page, (url) => url.startsWith(root));
    await page.goto(`${root}/notebooks/02-perceptron.ipynb?token=${token}`);
    await kernelReady(page);
    // the learner types the answers into the solution cells
    await page.evaluate((answers) => {
      for (const cell of (window as any).Jupyter.notebook.get_cells()) {
        const id = cell.metadata?.nbgrader?.grade_id;
        if (answers[id] !== undefined) cell.set_text(answers[id]);
      }
    }, ANSWERS);
    await runAll(page);
    const first = await cellsOf(page);
    const code = first.filter((c) => c.type === "code");
    expect(code.filter((c) => typeof c.prompt !== "number").map((c) => c.source.split("\n")[0]), "cells that did not run").toEqual([]);
    expect(code.length).toBeGreaterThan(20);
    const all = code.map((c) => c.text).join("\n");
    expect(all).not.toMatch(LEAKS);
    const output = (start: string) => code.find((c) => c.source.startsWith(start))!.text;
    expect(output('nn.check("02-weighted-sum"')).toMatch(/^✖ weightedSum\(.*\)의 반환값은 -?\d.*인데 기대한 값은 .*→ 힌트: /m);
    expect(output('nn.check("02-perceptron"')).toContain("에서 오류가 발생했습니다: RangeError: oops");
    expect(output('nn.check("02-sigmoid-neuron"')).toContain("✖ sigmoidNeuron은(는) 아직 컴파일되지 않습니다: 4번째 줄: ')'이(가) 필요합니다.");
    expect(output('nn.check("02-tipping-weight"')).toMatch(/^✖ tippingWeight\(/m); // it calls the (wrong) weightedSum
    expect(output('nn.progress("02")')).toContain("✖ sigmoidNeuron (1점): 아직 컴파일되지 않습니다");
    const plots = await plotCount(page);
    expect(plots.outputs).toBeGreaterThanOrEqual(4);
    expect(plots.drawn).toBe(plots.outputs);
    // what the learner reads at the non-compiling answer and its check
    await page.evaluate(() => {
      const cells = (window as any).Jupyter.notebook.get_cells();
      cells.find((c: any) => c.get_text().startsWith('nn.check("02-sigmoid-neuron"')).element[0].scrollIntoView({ block: "center" });
    });
    await page.screenshot({ path: path.join(outDir, "02-run-all.png") });
    // the page is reloaded (the kernel keeps running), then everything runs again: every plot draws
    await page.reload();
    await kernelReady(page);
    await page.evaluate((answers) => {
      for (const cell of (window as any).Jupyter.notebook.get_cells()) {
        const id = cell.metadata?.nbgrader?.grade_id;
        if (answers[id] !== undefined && cell.get_text() !== answers[id]) cell.set_text(answers[id]);
      }
    }, ANSWERS);
    await runAll(page);
    await page.waitForFunction(() => document.querySelectorAll(".dlbasics-plot").length > 0 &&
      document.querySelectorAll(".dlbasics-plot .plot-container").length === document.querySelectorAll(".dlbasics-plot").length, undefined, { timeout: 60_000 });
    const again = await plotCount(page);
    expect(again).toEqual(plots);
    await page.locator(".dlbasics-plot").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(outDir, "02-after-reload.png") });
    // a second tab on the same kernel: running a plot cell there draws it too
    const second = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const secondProblems = watch(second, (url) => url.startsWith(root));
    await second.goto(`${root}/notebooks/02-perceptron.ipynb?token=${token}`);
    await kernelReady(second);
    await second.evaluate(() => {
      const nb = (window as any).Jupyter.notebook;
      nb.clear_all_output();
      nb.select(nb.get_cells().findIndex((c: any) => c.cell_type === "code" && c.get_text().includes("nn.show(")));
      nb.execute_selected_cells();
    });
    await second.waitForFunction(() => document.querySelectorAll(".dlbasics-plot .plot-container").length === 1, undefined, { timeout: 60_000 });
    await second.locator(".dlbasics-plot").first().scrollIntoViewIfNeeded();
    await second.screenshot({ path: path.join(outDir, "02-second-tab.png") });
    expect(secondProblems.errors.filter((e) => !/about:blank/.test(e))).toEqual([]);
    await second.close();
    // Debian's MathJax asks for a web font at about:blank, which Chromium refuses: the page's own noise, not the course's
    expect(problems.errors.filter((e) => !/about:blank/.test(e))).toEqual([]);
    await page.close();
  }, 600_000);

  it("leaves the checkout's git status as it was", () => {
    expect(gitStatus()).toBe(statusBefore);
  });
});

async function kernelReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).Jupyter?.notebook?._fully_loaded && (window as any).Jupyter.notebook.kernel?.is_connected?.(), undefined, { timeout: 60_000 });
}

/** Cell → Run All, then wait until every code cell has run (a number in its prompt) and the kernel is idle. */
async function runAll(page: Page): Promise<void> {
  await page.click("#celllink");
  await page.click("#run_all_cells > a");
  await page.waitForFunction(() => (window as any).Jupyter.notebook.get_cells().every(
    (c: any) => c.cell_type !== "code" || typeof c.input_prompt_number === "number") &&
    document.querySelector("#kernel_indicator_icon")?.classList.contains("kernel_idle_icon"), undefined, { timeout: 400_000, polling: 500 });
}

async function cellsOf(page: Page): Promise<Array<{ type: string; source: string; prompt: unknown; text: string }>> {
  return page.evaluate(() => (window as any).Jupyter.notebook.get_cells().map((c: any) => ({
    type: c.cell_type, source: c.get_text(), prompt: c.input_prompt_number,
    text: c.cell_type === "code" ? (c.output_area.outputs as any[]).map((o) => o.text ?? o.data?.["text/plain"] ?? "").join("") : "",
  })));
}

async function plotCount(page: Page): Promise<{ outputs: number; drawn: number }> {
  return page.evaluate(() => ({
    outputs: document.querySelectorAll(".dlbasics-plot").length,
    drawn: document.querySelectorAll(".dlbasics-plot .plot-container").length,
  }));
}
