/**
 * The slide builder (scripts/slides/): slide structure from the cells' metadata, the class and the
 * instructor deck, the core path, and — on a made-up executed notebook with content far taller and
 * wider than a slide — a deck that shows everything at 1280 × 720 and 1920 × 1080 from disk.
 * Every course notebook's class deck is checked for solution and hidden-test lines here (from the
 * sources, no kernel); the decks of the executed course notebooks are checked in a browser by the
 * notebook test, right after each notebook runs (course-decks.ts). The "Loading …" text a deck shows
 * while it starts, and the proof that a `--core` deck's slides are slides of the full deck, are here.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cell, type Notebook, readNotebook } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { listNotebooks } from "../../scripts/kernel/notebook-files";
import { chooseNotebooks, parseArgs } from "../../scripts/slides";
import { copyAssets } from "../../scripts/slides/assets";
import { writeDecks } from "../../scripts/slides/build";
import { buildSlides, splitAtHeadings } from "../../scripts/slides/deck";
import { deckCells } from "../../scripts/slides/editions";
import { protectMath, renderMarkdown } from "../../scripts/slides/render";
import { testOutputDir } from "../helpers/notebooks";
import { deckProblems, LARGE, SMALL } from "./course-decks";
import { CHROMIUM, inspectDeck, launchChromium, loadingState } from "./deck-checks";
import { deckText, leakedLines, secretLines } from "./leaks";
import { coreNotCovered } from "./same-slides";

const md = (source: string, slide_type = "-", extra: Record<string, unknown> = {}): Cell =>
  ({ cell_type: "markdown", source, metadata: { slideshow: { slide_type }, ...extra } });
const code = (source: string, outputs: unknown[] = [], extra: Record<string, unknown> = {}, slide_type = "-"): Cell =>
  ({ cell_type: "code", source, metadata: { slideshow: { slide_type }, ...extra }, outputs, execution_count: 1 });
const stdout = (text: string) => ({ output_type: "stream", name: "stdout", text });
const nbgrader = (grade_id: string, solution: boolean, grade: boolean) => ({ nbgrader: { grade_id, solution, grade, locked: !solution, schema_version: 3 } });

/** A made-up executed notebook: every kind of cell, and content that does not fit a slide. */
function fixture(): Notebook {
  const figure = { data: [{ type: "scatter", x: [1, 2, 3, 4], y: [3, 1, 4, 1], name: "cost" }], layout: { title: { text: "A plot" }, height: 540 } };
  return {
    nbformat: 4, nbformat_minor: 5,
    metadata: { kernelspec: { name: "tslab" }, course: { language: "en" } },
    cells: [
      md("# 99 · A test deck\n\nMath inline $z = w \\cdot x + b$ and displayed:\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$", "slide"),
      md("Say: ask the class what a weight does.", "notes"),
      code('console.log("setup");', [stdout("setup\n")]),
      md("Before a heading in the same cell.\n\n## A section in the middle of a cell\n\nIts text, with `code` and a_b_c.", "-"),
      md("Appears on the next step.", "fragment"),
      code("const x = 1; // continues the fragment"),
      md("## A long list\n\n" + Array.from({ length: 40 }, (_, i) => `- item ${i + 1}: some words that make the line long enough`).join("\n"), "slide", { course: { path: "deep-dive" } }),
      md("### A long code cell", "subslide"),
      code(Array.from({ length: 70 }, (_, i) => `const v${i} = ${i}; // line ${i + 1} ${"x".repeat(i % 7 === 0 ? 180 : 10)}`).join("\n"), [stdout(Array.from({ length: 90 }, (_, i) => `Epoch ${i + 1}: ${"=".repeat(150)}`).join("\n"))]),
      md("| a | very wide table |\n|---|---|\n| " + "cell ".repeat(80) + " | $x^2$ |", "subslide"),
      code("nn.show(figure);", [
        { output_type: "display_data", data: { "text/html": '<div class="dlbasics-plotly-loader"></div><script>throw new Error("the loader must not run")</script>', "text/plain": "(plotly.js)" }, metadata: {} },
        { output_type: "display_data", data: { "application/vnd.plotly.v1+json": figure, "text/html": "<div>plot</div>", "text/plain": 'Figure "A plot"' }, metadata: {} },
      ]),
      md("Skipped cell.", "skip"),
      md("### Exercise · The answer (1 point)\n\nWrite `answer()`.", "slide", nbgrader("99-answer-task", false, false)),
      code("function answer(): number {\n  // BEGIN SOLUTION\n  return 6 * 7; // the secret\n  // END SOLUTION\n}", [], nbgrader("99-answer-answer", true, false)),
      code('nn.check("99-answer", answer);', [stdout("✔ answer: 3/3 visible checks passed\n")], nbgrader("99-answer-check", false, false)),
      code('// Hidden tests\n// BEGIN HIDDEN TESTS\nnn.hiddenChecks("99-answer", answer, [[]]);\n// END HIDDEN TESTS', [], { nbgrader: { ...nbgrader("99-answer", false, true).nbgrader, points: 1 } }),
    ],
  };
}

describe("building slides from cells", () => {
  it("keeps TeX away from Markdown and gives it back for MathJax", () => {
    expect(protectMath("a $x_1 * y_2$ and `$not math$` and $$\\sum_j w_j$$").math).toEqual(["$x_1 * y_2$", "$$\\sum_j w_j$$"]);
    expect(renderMarkdown("$a_b$ and $c_d$ and \\$5")).toBe("<p>$a_b$ and $c_d$ and \\$5</p>\n");
    expect(renderMarkdown("$x < y$")).toBe("<p>$x &lt; y$</p>\n");
  });

  it("starts a slide at every # and ## heading, also inside a cell, never inside fenced code", () => {
    expect(splitAtHeadings("intro\n\n## A\ntext\n```\n## not a heading\n```\n# B")).toEqual(["intro\n", "## A\ntext\n```\n## not a heading\n```", "# B"]);
    const slides = buildSlides(deckCells(fixture(), "class"), { kind: "class", language: "en" }, []);
    expect(slides.map((s) => s.length)).toEqual([1, 1, 3, 1]); // title; ## in a cell; the long list + 2 sub-slides; the exercise
    expect(slides[0]![0]!.notes.join("")).toContain("ask the class");
    expect(slides[1]![0]!.blocks.join("")).toContain('class="cell markdown fragment" data-fragment-index="1"');
    expect(slides[1]![0]!.blocks.join("")).toContain('class="cell code fragment" data-fragment-index="1"'); // "-" continues the fragment
    expect(slides.flat().flatMap((p) => p.blocks).join("")).not.toContain("Skipped cell");
  });

  it("the class deck shows the stub and no check result; the instructor deck reveals the solution and notes the hidden tests", () => {
    const figures: unknown[] = [];
    const html = (kind: "class" | "instructor") => buildSlides(deckCells(fixture(), kind), { kind, language: "en" }, figures).flat().map((p) => p.blocks.join("") + p.notes.join("")).join("");
    const cls = deckText(html("class"));
    expect(cls).toContain('throw new Error("not implemented yet");');
    expect(cls).not.toMatch(/the secret|hiddenChecks|visible checks passed/);
    const instructor = html("instructor");
    expect(instructor).toMatch(/<div class="stub fragment fade-out" data-fragment-index="1">.*not implemented yet.*<div class="answer fragment" data-fragment-index="1">.*the secret/s);
    expect(instructor).toMatch(/<aside class="notes">|Hidden tests/);
    expect(deckText(instructor)).toContain('nn.hiddenChecks("99-answer", answer, [[]]);');
  });

  it("--core leaves out the cells of deep-dive sections", () => {
    const all = deckCells(fixture(), "class").map((c) => c.index);
    const core = deckCells(fixture(), "class", { core: true }).map((c) => c.index);
    expect(all.filter((i) => !core.includes(i))).toEqual([6]);
  });

  it("npm run slides: options and notebook names", () => {
    expect(parseArgs(["--core", "--lang", "ko", "02"])).toMatchObject({ core: true, languages: ["ko"], names: ["02"], execute: "auto" });
    expect(() => parseArgs(["--lang", "fr"])).toThrow('--lang is "ko" or "en", got "fr"');
    expect(() => parseArgs(["--bogus"])).toThrow(/^unknown option --bogus\. usage: npm run slides/);
    expect(chooseNotebooks({ languages: ["en", "ko"], names: ["02"] }).map((f) => path.relative(repoRoot, f))).toEqual(["notebooks/02-perceptron.ipynb", "notebooks/ko/02-perceptron.ipynb"]);
    expect(() => chooseNotebooks({ languages: ["en"], names: ["42"] })).toThrow('no notebook\'s name starts with "42" (in en)');
  });
});

describe("no solution and no hidden test in any class deck of the course (from the sources)", () => {
  const out = path.join(testOutputDir, "slides", "sources");
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    copyAssets(out);
  });
  for (const file of listNotebooks(path.join(repoRoot, "notebooks"))) {
    it(path.relative(path.join(repoRoot, "notebooks"), file), () => {
      const [classDeck, instructorDeck] = writeDecks(file, readNotebook(file), out);
      expect(leakedLines(file, readFileSync(classDeck!.file, "utf8"))).toEqual([]);
      const { solution, hidden } = secretLines(file);
      expect(solution.length + hidden.length, "the notebook has exercises").toBeGreaterThan(0);
      // the check can see a leak: the instructor deck holds every solution line and hidden test
      expect(leakedLines(file, readFileSync(instructorDeck!.file, "utf8"))).toHaveLength(solution.length + hidden.length);
    });
  }
});

describe.skipIf(!existsSync(CHROMIUM))("a deck with content too tall and too wide for a slide, in headless Chromium", () => {
  const out = path.join(testOutputDir, "slides", "fixture");
  const source = path.join(out, "99-test-deck.ipynb");
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(source, JSON.stringify(fixture()));
    copyAssets(out);
    writeDecks(source, fixture(), out);
    writeDecks(source, fixture(), out, true);
    const ko = fixture();
    writeDecks(source, { ...ko, metadata: { ...ko.metadata, course: { language: "ko" } } }, out);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => browser?.close());

  it("every slide is seen whole at 1280 × 720 and 1920 × 1080, the plot is drawn, the formulas typeset, offline", async () => {
    const reports = await inspectDeck(browser, path.join(out, "en", "99-test-deck.html"), [SMALL, LARGE],
      { dir: out, prefix: "fixture", shoot: (w, h) => w === SMALL.width && h === 2 });
    for (const report of reports) {
      expect(deckProblems(report)).toEqual([]);
      expect(report.plots).toEqual({ expected: 1, drawn: 1 });
      expect(report.math.typeset).toBe(3); // z = w·x + b, σ(z), x² in the table
      // the 40-item list and the 90-line output were split into sub-slides; the 70-line code cell scrolls in its box
      expect(report.slides.filter((s) => s.slide.startsWith("2/")).length).toBeGreaterThanOrEqual(6);
      expect(report.slides.some((s) => s.scrollBoxes > 0)).toBe(true);
    }
  }, 120_000);

  it("the instructor deck and the core deck work too, at both sizes", async () => {
    for (const deck of [path.join(out, "en", "99-test-deck.instructor.html"), path.join(out, "core", "en", "99-test-deck.html")]) {
      const reports = await inspectDeck(browser, deck, [SMALL, LARGE]);
      expect(reports.flatMap(deckProblems)).toEqual([]);
    }
  }, 120_000);

  it("while it starts, a deck says so in its language, in the middle of the screen; the text is gone once it runs", async () => {
    // the English deck's text (its removal is checked with every deck: deckProblems)
    expect(readFileSync(path.join(out, "en", "99-test-deck.html"), "utf8")).toContain('<div class="deck-loading" role="status">Loading …</div>');
    const report = await loadingState(browser, path.join(out, "ko", "99-test-deck.html"), SMALL, path.join(out, "loading-ko.png"));
    expect(report).toMatchObject({ text: "불러오는 중 …", goneOnceReady: true, errors: [], blocked: [] });
    const middle = { x: report.box!.x + report.box!.width / 2, y: report.box!.y + report.box!.height / 2 };
    expect(Math.abs(middle.x - SMALL.width / 2)).toBeLessThan(4);
    expect(Math.abs(middle.y - SMALL.height / 2)).toBeLessThan(4);
  }, 120_000);
});

describe("the --core decks are made of the full decks' slides (so the full decks' check in Chromium covers them)", () => {
  const out = path.join(testOutputDir, "slides", "core-fixture");
  const source = path.join(out, "99-test-deck.ipynb");
  const read = (file: string) => ({ html: readFileSync(file, "utf8"), assets: path.relative(path.dirname(file), path.join(out, "assets")) + "/" });
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
  });

  it("every core slide is a slide of the full deck, the page around them the same", () => {
    const full = writeDecks(source, fixture(), out);
    const core = writeDecks(source, fixture(), out, true);
    for (const k of [0, 1]) expect(coreNotCovered(read(full[k]!.file), read(core[k]!.file))).toEqual([]);
    expect(readFileSync(core[0]!.file, "utf8")).not.toContain("A long list"); // the deep-dive section is left out
  });

  it("a core slide that differs from every slide of the full deck is found, and so is another page around them", () => {
    const [full] = writeDecks(source, fixture(), out);
    const [core] = writeDecks(source, fixture(), out, true);
    const html = readFileSync(core!.file, "utf8");
    const assets = read(core!.file).assets;
    expect(coreNotCovered(read(full!.file), { html: html.replace("Its text, with", "Its other text, with"), assets })).toEqual([
      expect.stringMatching(/^core slide 2 is no slide of the full deck: A section in the middle of a cell Its other text/),
    ]);
    expect(coreNotCovered(read(full!.file), { html: html.replace("deck.css", "deck2.css"), assets })).toEqual(["the page around the slides differs (CSS, scripts or labels)"]);
  });
});
