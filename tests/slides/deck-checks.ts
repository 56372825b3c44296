/**
 * Checks of a built deck in headless Chromium, opened from disk with every non-file: request refused:
 * on every slide and sub-slide (all fragments shown), no element lies outside the visible slide unless
 * a scroll box inside the slide reaches it, and no slide as a whole has to scroll; no console errors;
 * every plot drawn; every formula typeset (no raw `$…$`, no TeX error); the "Loading …" text gone.
 * And the speaker view (S): a popup with the current slide's notes, offline, without console errors.
 */
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { watch } from "../plots/plot-checks";

export const CHROMIUM = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: mkdtempSync(path.join(os.tmpdir(), "dlbasics-chromium-")) },
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface SlideReport {
  /** reveal.js indices: "h/v". */
  slide: string;
  /** Elements a presenter could not reach: "pre.output: 40 px below the slide". */
  unreachable: string[];
  /** The slide itself scrolls (its content is taller than the slide). */
  pageScrolls: boolean;
  /** Boxes inside the slide that scroll (a tall code cell or output). */
  scrollBoxes: number;
}

export interface DeckReport {
  size: { width: number; height: number };
  /** Milliseconds from the start of deck.js: formulas typeset, plots drawn, slides fitted, reveal.js ready. */
  timings: Record<string, number>;
  slides: SlideReport[];
  errors: string[];
  blocked: string[];
  plots: { expected: number; drawn: number };
  math: { typeset: number; texErrors: number; raw: string[] };
  /** Seconds: to open the deck (once, in the first report) and to check every slide at this size. */
  seconds: { open?: number; check: number };
  /** The "Loading …" text is still in the page once the deck runs. */
  loadingLeft: boolean;
}

/** Opens a deck from disk at `viewport` and waits until it runs. */
export async function openDeck(browser: Browser, file: string, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport });
  const problems = watch(page, (url) => url.startsWith("file:"));
  await page.goto("file://" + file);
  await page.waitForFunction(() => (window as any).deckReady === true, undefined, { timeout: 60_000 }).catch(async (error) => {
    throw new Error(`${path.basename(file)} did not start: ${String(error)}\n${problems.errors.join("\n")}`);
  });
  return { page, problems };
}

/** Shows slide h/v with all its fragments. */
export async function showSlide(page: Page, h: number, v: number): Promise<void> {
  await page.evaluate(([h, v]) => {
    const reveal = (window as any).Reveal;
    reveal.slide(h, v, 0);
    const steps = reveal.getCurrentSlide().querySelectorAll(".fragment[data-fragment-index]");
    const last = Math.max(-1, ...Array.from(steps, (f: any) => Number(f.getAttribute("data-fragment-index"))));
    reveal.slide(h, v, last);
  }, [h, v] as const);
}

/** Every slide's indices, in order. */
export async function slideIndices(page: Page): Promise<Array<{ h: number; v: number }>> {
  return page.evaluate(() => {
    const reveal = (window as any).Reveal;
    return reveal.getSlides().map((s: Element) => {
      const { h, v } = reveal.getIndices(s);
      return { h, v: v ?? 0 };
    });
  });
}

/** In the page: every slide in turn, all its fragments shown, and what is out of reach on it. */
function inspectAllSlides(): SlideReport[] {
  const reveal = (window as any).Reveal;
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
  const reports: SlideReport[] = [];
  const skip = (el: Element) => el.tagName === "ASIDE" || el.tagName === "MJX-ASSISTIVE-MML" || el.closest("svg") !== null && el.tagName !== "svg";
  for (const leaf of reveal.getSlides() as HTMLElement[]) {
    const { h, v } = reveal.getIndices(leaf);
    const steps = Array.from(leaf.querySelectorAll(".fragment[data-fragment-index]"), (f) => Number(f.getAttribute("data-fragment-index")));
    reveal.slide(h, v ?? 0, Math.max(-1, ...steps));
    const section: HTMLElement = reveal.getCurrentSlide();
    const slides = (document.querySelector(".reveal .slides") as HTMLElement).getBoundingClientRect();
    const area = {
      left: Math.max(slides.left, 0), top: Math.max(slides.top, 0),
      right: Math.min(slides.right, window.innerWidth), bottom: Math.min(slides.bottom, window.innerHeight),
    };
    const inside = (r: DOMRect) => r.left >= area.left - 1 && r.right <= area.right + 1 && r.top >= area.top - 1 && r.bottom <= area.bottom + 1;
    const unreachable: string[] = [];
    let scrollBoxes = 0;
    // every element but the speaker notes, MathJax's hidden copy for screen readers and the inside of SVG drawings
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => (skip(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node as HTMLElement;
      if (el.tagName !== "svg" && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) && el.clientHeight > 0) {
        const style = getComputedStyle(el);
        if (/(auto|scroll)/.test(style.overflowY + style.overflowX)) scrollBoxes += 1;
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || inside(r)) continue;
      const below = r.bottom > area.bottom + 1 || r.top < area.top - 1;
      const beside = r.right > area.right + 1 || r.left < area.left - 1;
      let reached = false;
      for (let a = el.parentElement; a && a !== section.parentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        const scrollsY = /(auto|scroll)/.test(style.overflowY) && a.scrollHeight > a.clientHeight;
        const scrollsX = /(auto|scroll)/.test(style.overflowX) && a.scrollWidth > a.clientWidth;
        if ((!below || scrollsY) && (!beside || scrollsX) && inside(a.getBoundingClientRect())) {
          reached = true;
          break;
        }
      }
      if (!reached) {
        const by = Math.round(Math.max(r.bottom - area.bottom, area.top - r.top, r.right - area.right, area.left - r.left));
        unreachable.push(`${describe(el)}: ${by} px outside the slide`);
      }
    }
    const pageScrolls = section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1;
    reports.push({ slide: `${h}/${v ?? 0}`, unreachable, pageScrolls, scrollBoxes });
  }
  reveal.slide(0, 0, 0);
  return reports;
}

/** In the page: plots drawn, formulas typeset, TeX left raw. */
function countDrawings(): Pick<DeckReport, "plots" | "math" | "loadingLeft"> {
  const root = document.querySelector(".reveal .slides")!;
  const plots = Array.from(root.querySelectorAll<HTMLElement>(".plot[data-figure]"));
  const figures = JSON.parse(document.getElementById("deck-figures")!.textContent || "[]");
  const drawn = plots.filter((el: any) => el.querySelector(".main-svg") && el.data?.length === figures[Number(el.dataset.figure)].data.length
    && el.querySelectorAll(".cartesianlayer .trace, .heatmaplayer .hm, .imagelayer .im, .contourlayer .contour").length >= 1);
  const raw: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("pre, code, script, style, mjx-container, aside.notes, svg")) continue;
    if (/\$\$|\$[^$\n]+\$|\\\(|\\\[/.test(node.textContent ?? "")) raw.push((node.textContent ?? "").trim().slice(0, 80));
  }
  return {
    plots: { expected: plots.length, drawn: drawn.length },
    math: { typeset: root.querySelectorAll("mjx-container").length, texErrors: root.querySelectorAll('[data-mml-node="merror"]').length, raw },
    loadingLeft: document.querySelector(".deck-loading") !== null,
  };
}

/**
 * Opens a deck once and inspects every slide at each size in turn (reveal.js lays the deck out again
 * when the window changes); `shoot(size, h, v)` says which slides to save as PNG into `screenshots.dir`.
 */
export async function inspectDeck(browser: Browser, file: string, sizes: Array<{ width: number; height: number }>,
  screenshots?: { dir: string; prefix: string; shoot: (width: number, h: number, v: number) => boolean }): Promise<DeckReport[]> {
  const opening = performance.now();
  const { page, problems } = await openDeck(browser, file, sizes[0]!);
  const open = (performance.now() - opening) / 1000;
  try {
    await page.evaluate(() => (window as any).Reveal.configure({ transition: "none", backgroundTransition: "none" }));
    const reports: DeckReport[] = [];
    for (const size of sizes) {
      const checking = performance.now();
      await page.setViewportSize(size);
      await page.waitForFunction(([w]) => window.innerWidth === w, [size.width] as const);
      await page.evaluate(() => (window as any).Reveal.layout());
      const slides = await page.evaluate(inspectAllSlides);
      if (screenshots) {
        for (const { h, v } of await slideIndices(page)) {
          if (!screenshots.shoot(size.width, h, v)) continue;
          await showSlide(page, h, v);
          await page.waitForTimeout(400); // fragments fade in
          await page.screenshot({ path: path.join(screenshots.dir, `${screenshots.prefix}-${size.width}-${h}-${v}.png`) });
        }
      }
      reports.push({ size, slides, seconds: { ...(reports.length === 0 ? { open } : {}), check: (performance.now() - checking) / 1000 }, timings: await page.evaluate(() => (window as any).deckTimings), errors: [...problems.errors], blocked: [...problems.blocked], ...(await page.evaluate(countDrawings)) });
    }
    return reports;
  } finally {
    await page.close();
  }
}

export interface SpeakerViewReport {
  /** The slide shown ("h/v") and the text of its notes in the deck. */
  slide: string;
  notes: string;
  /** The notes text the speaker view shows, once it shows some. */
  shown: string;
  errors: string[];
  blocked: string[];
  milliseconds: number;
}

/** Watches every page of a context: requests other than file: and data: refused, console errors and page errors kept. */
async function watchContext(context: BrowserContext) {
  const problems = { errors: [] as string[], blocked: [] as string[] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    problems.blocked.push(url);
    return route.abort();
  });
  const onPage = (page: Page) => {
    page.on("pageerror", (error) => problems.errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.errors.push(`console: ${message.text()} (${message.location().url})`);
    });
  };
  context.on("page", onPage);
  return { problems, onPage };
}

/**
 * Opens a deck from disk, goes to its first slide with speaker notes and presses S: reveal.js's notes
 * plugin opens the speaker view in a popup (this slide, the next, the notes, a timer). Returns the
 * notes the deck holds and those the popup shows; `screenshot` saves the popup.
 */
export async function speakerView(browser: Browser, file: string, viewport: { width: number; height: number }, screenshot?: string): Promise<SpeakerViewReport> {
  const t0 = performance.now();
  const context = await browser.newContext({ viewport });
  try {
    const { problems, onPage } = await watchContext(context);
    const page = await context.newPage();
    onPage(page);
    await page.goto("file://" + file);
    await page.waitForFunction(() => (window as any).deckReady === true, undefined, { timeout: 60_000 });
    const target = await page.evaluate(() => {
      const reveal = (window as any).Reveal;
      const leaf = (reveal.getSlides() as HTMLElement[]).find((s) => (s.querySelector(":scope > aside.notes")?.textContent ?? "").trim() !== "");
      if (!leaf) return undefined;
      const { h, v } = reveal.getIndices(leaf);
      reveal.slide(h, v ?? 0, -1);
      return { slide: `${h}/${v ?? 0}`, notes: leaf.querySelector(":scope > aside.notes")!.textContent!.replace(/\s+/g, " ").trim() };
    });
    if (!target) throw new Error(`${path.basename(file)} has no slide with speaker notes`);
    const [popup] = await Promise.all([context.waitForEvent("page", { timeout: 30_000 }), page.keyboard.press("s")]);
    const notes = popup.locator(".speaker-controls-notes .value");
    await popup.waitForFunction(() => (document.querySelector(".speaker-controls-notes .value")?.textContent ?? "").trim() !== "", undefined, { timeout: 60_000 });
    // the two previews (this slide, the next) are the deck itself in frames: wait until both run
    for (const deadline = Date.now() + 60_000; ;) {
      const frames = popup.frames().filter((f) => f !== popup.mainFrame());
      const ready = await Promise.all(frames.map((f) => f.evaluate(() => (window as any).deckReady === true).catch(() => false)));
      if (frames.length >= 2 && ready.every(Boolean)) break;
      if (Date.now() > deadline) throw new Error(`${path.basename(file)}: the speaker view's previews did not start (${ready.filter(Boolean).length} of ${frames.length} ready)`);
      await popup.waitForTimeout(200);
    }
    const shown = ((await notes.textContent()) ?? "").replace(/\s+/g, " ").trim();
    if (screenshot) await popup.screenshot({ path: screenshot });
    return { ...target, shown, errors: [...problems.errors], blocked: [...problems.blocked], milliseconds: Math.round(performance.now() - t0) };
  } finally {
    await context.close();
  }
}

export interface LoadingReport {
  /** The text shown while the deck starts, and where, before deck.js runs. */
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
  /** Once the deck runs: the text is gone. */
  goneOnceReady: boolean;
  errors: string[];
  blocked: string[];
}

/**
 * The "Loading …" state of a deck: deck.js is held back until the text has been seen (and saved to
 * `screenshot`), then let through; the text must be gone once the deck runs.
 */
export async function loadingState(browser: Browser, file: string, viewport: { width: number; height: number }, screenshot?: string): Promise<LoadingReport> {
  const page = await browser.newPage({ viewport });
  const problems = { errors: [] as string[], blocked: [] as string[] };
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  try {
    page.on("pageerror", (error) => problems.errors.push(`page error: ${error.message}`));
    page.on("console", (message) => { if (message.type() === "error") problems.errors.push(`console: ${message.text()}`); });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (!url.startsWith("file:") && !url.startsWith("data:")) {
        problems.blocked.push(url);
        return route.abort();
      }
      if (url.endsWith("/assets/deck.js")) await held;
      return route.continue();
    });
    await page.goto("file://" + file, { waitUntil: "commit" });
    const loading = page.locator(".deck-loading");
    await loading.waitFor({ state: "visible", timeout: 30_000 });
    await page.waitForFunction(() => document.fonts.status === "loaded", undefined, { timeout: 30_000 }).catch(() => undefined);
    const text = ((await loading.textContent()) ?? "").trim();
    const box = await loading.locator("xpath=..").evaluate((el) => {
      // the text itself: a range around it
      const range = document.createRange();
      range.selectNodeContents(el.querySelector(".deck-loading")!);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    if (screenshot) await page.screenshot({ path: screenshot });
    release();
    await page.waitForFunction(() => (window as any).deckReady === true, undefined, { timeout: 60_000 });
    const goneOnceReady = (await page.locator(".deck-loading").count()) === 0;
    return { text, box, goneOnceReady, ...problems };
  } finally {
    release();
    await page.close();
  }
}
