/**
 * The decks of the course's notebooks, checked from the executed copies the notebook test writes
 * (tests/notebooks/notebooks.test.ts calls `check` right after each notebook runs, so no notebook is
 * executed twice). Each notebook's class deck and instructor deck are opened at 1280 × 720 and at
 * 1920 × 1080 (one page per deck, resized); every slide must be seen whole, with plots drawn, formulas
 * typeset, no console error and no request off the disk; the class deck must hold no line of a
 * solution or a hidden test. The `--core` decks are built too and must be made of the full decks'
 * slides (same-slides.ts), which the browser check covers. For ko/02, pressing S in the instructor
 * deck must open the speaker view with the slide's notes. The time each notebook's check takes is
 * printed, never asserted. Decks go to .test-output/slides/decks/, screenshots of 02 and 08 (and of
 * the speaker view) to .test-output/slides/.
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { readNotebook } from "../../scripts/grading/notebook";
import { copyAssets } from "../../scripts/slides/assets";
import { writeDecks } from "../../scripts/slides/build";
import { withOutputs } from "../../scripts/slides/editions";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { testOutputDir } from "../helpers/notebooks";
import { CHROMIUM, type DeckReport, inspectDeck, launchChromium, speakerView } from "./deck-checks";
import { leakedLines } from "./leaks";
import { coreNotCovered } from "./same-slides";

export const SMALL = { width: 1280, height: 720 };
export const LARGE = { width: 1920, height: 1080 };
export const deckDir = path.join(testOutputDir, "slides", "decks");
const shotDir = path.join(testOutputDir, "slides");

/** Everything wrong with a deck at one size, one line each (empty when the deck is fine). */
export function deckProblems(report: DeckReport): string[] {
  const at = `${report.size.width}×${report.size.height}`;
  return [
    ...report.slides.flatMap((s) => s.unreachable.map((u) => `${at} slide ${s.slide}: ${u}`)),
    ...report.slides.filter((s) => s.pageScrolls).map((s) => `${at} slide ${s.slide}: the slide itself has to scroll`),
    ...report.errors.map((e) => `${at}: ${e}`),
    ...report.blocked.map((url) => `${at}: requested ${url}`),
    ...(report.plots.drawn === report.plots.expected ? [] : [`${at}: ${report.plots.drawn} of ${report.plots.expected} plots drawn`]),
    ...(report.math.texErrors ? [`${at}: ${report.math.texErrors} TeX errors`] : []),
    ...report.math.raw.map((text) => `${at}: raw TeX "${text}"`),
    ...(report.loadingLeft ? [`${at}: the "Loading …" text is still shown`] : []),
  ];
}

export interface CourseDeckChecks {
  available: boolean;
  check(source: string, executed: string): Promise<void>;
  close(): Promise<void>;
}

export function courseDeckChecks(): CourseDeckChecks {
  let browser: Promise<Browser> | undefined;
  let assets = false;
  return {
    available: existsSync(CHROMIUM),
    async check(source, executed) {
      const started = performance.now();
      const lap = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
      const copy = withOutputs(readNotebook(source), readNotebook(executed));
      if ("stale" in copy) throw new Error(`${path.basename(executed)}: ${copy.stale}`);
      if (!assets) copyAssets(deckDir);
      assets = true;
      const [classDeck, instructorDeck] = writeDecks(source, copy.notebook, deckDir);
      const t0 = performance.now();
      const coreDecks = writeDecks(source, copy.notebook, deckDir, true);
      const name = path.relative(deckDir, classDeck!.file);
      expect(leakedLines(source, readFileSync(classDeck!.file, "utf8")), "lines of solutions or hidden tests in the class deck").toEqual([]);
      const read = (file: string) => ({ html: readFileSync(file, "utf8"), assets: path.relative(path.dirname(file), path.join(deckDir, "assets")) + "/" });
      expect([classDeck!, instructorDeck!].flatMap((full, k) => coreNotCovered(read(full.file), read(coreDecks[k]!.file)).map((p) => `${full.kind} deck: ${p}`)),
        `${name}: the --core decks are made of the full decks' slides`).toEqual([]);
      const coreSeconds = (performance.now() - t0) / 1000;
      browser ??= launchChromium();
      const shots = /^0[28]-/.test(path.basename(source)) ? { dir: shotDir, prefix: `${classDeck!.language}-${path.basename(source, ".ipynb")}`,
        shoot: (_w: number, h: number, v: number) => v <= 1 && h <= 3 } : undefined;
      mkdirSync(shotDir, { recursive: true });
      const t1 = performance.now();
      const classReports = await inspectDeck(await browser, classDeck!.file, [SMALL, LARGE], shots);
      const t2 = performance.now();
      const instructorReports = await inspectDeck(await browser, instructorDeck!.file, [SMALL, LARGE]);
      const t3 = performance.now();
      const problems = [
        ...classReports.flatMap(deckProblems),
        ...instructorReports.flatMap((r) => deckProblems(r).map((p) => `instructor deck, ${p}`)),
      ];
      let speaker = "";
      if (path.relative(path.join(repoRoot, "notebooks"), source) === path.join("ko", "02-perceptron.ipynb")) {
        const view = await speakerView(await browser, instructorDeck!.file, SMALL, path.join(shotDir, "ko-02-perceptron-speaker-view.png"));
        speaker = `, speaker view ${(view.milliseconds / 1000).toFixed(1)} s`;
        problems.push(...view.errors.map((e) => `speaker view: ${e}`), ...view.blocked.map((url) => `speaker view: requested ${url}`));
        if (view.notes === "" || !view.shown.includes(view.notes.slice(0, 60))) problems.push(`speaker view of slide ${view.slide}: shows "${view.shown.slice(0, 80)}", not the notes "${view.notes.slice(0, 80)}"`);
      }
      const sizes = (reports: DeckReport[]) => `open ${reports[0]!.seconds.open!.toFixed(1)} s, ${reports.map((r) => `${r.size.width} ${r.seconds.check.toFixed(1)} s`).join(", ")}`;
      console.log(`slides ${name}: ${lap(started)} s — class deck ${((t2 - t1) / 1000).toFixed(1)} s (${sizes(classReports)}${shots ? ", with screenshots" : ""}), ` +
        `instructor deck ${((t3 - t2) / 1000).toFixed(1)} s (${sizes(instructorReports)}), core decks built and compared ${coreSeconds.toFixed(1)} s${speaker}`);
      expect(problems, name).toEqual([]);
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
