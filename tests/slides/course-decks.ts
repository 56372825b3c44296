/**
 * The decks of the course's notebooks, checked from the executed copies the notebook test writes
 * (tests/notebooks/notebooks.test.ts calls `check` right after each notebook runs, so no notebook is
 * executed twice). Each notebook's class deck is opened at 1280 × 720 and at 1920 × 1080, its
 * instructor deck at 1280 × 720; every slide must be seen whole, with plots drawn, formulas typeset,
 * no console error and no request off the disk; the class deck must hold no line of a solution or a
 * hidden test. Decks go to .test-output/slides/decks/, screenshots of 02 and 08 to .test-output/slides/.
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { readNotebook } from "../../scripts/grading/notebook";
import { copyAssets } from "../../scripts/slides/assets";
import { writeDecks } from "../../scripts/slides/build";
import { withOutputs } from "../../scripts/slides/editions";
import { testOutputDir } from "../helpers/notebooks";
import { CHROMIUM, type DeckReport, inspectDeck, launchChromium } from "./deck-checks";
import { leakedLines } from "./leaks";

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
      const copy = withOutputs(readNotebook(source), readNotebook(executed));
      if ("stale" in copy) throw new Error(`${path.basename(executed)}: ${copy.stale}`);
      if (!assets) copyAssets(deckDir);
      assets = true;
      const [classDeck, instructorDeck] = writeDecks(source, copy.notebook, deckDir);
      expect(leakedLines(source, readFileSync(classDeck!.file, "utf8")), "lines of solutions or hidden tests in the class deck").toEqual([]);
      browser ??= launchChromium();
      const shots = /^0[28]-/.test(path.basename(source)) ? { dir: shotDir, prefix: `${classDeck!.language}-${path.basename(source, ".ipynb")}`,
        shoot: (_w: number, h: number, v: number) => v <= 1 && h <= 3 } : undefined;
      mkdirSync(shotDir, { recursive: true });
      const problems = [
        ...(await inspectDeck(await browser, classDeck!.file, [SMALL, LARGE], shots)).flatMap(deckProblems),
        ...(await inspectDeck(await browser, instructorDeck!.file, [SMALL])).flatMap((r) => deckProblems(r).map((p) => `instructor deck, ${p}`)),
      ];
      expect(problems, `${path.relative(deckDir, classDeck!.file)}`).toEqual([]);
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
