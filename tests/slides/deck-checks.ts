/**
 * Checks of a built deck in headless Chromium, opened from disk with every non-file: request refused:
 * on every slide and sub-slide (all fragments shown), no element lies outside the visible slide unless
 * a scroll box inside the slide reaches it, and no slide as a whole has to scroll; no console errors;
 * every plot drawn; every formula typeset (no raw `$…$`, no TeX error).
 */
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
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
function countDrawings(): Pick<DeckReport, "plots" | "math"> {
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
  };
}

/**
 * Opens a deck once and inspects every slide at each size in turn (reveal.js lays the deck out again
 * when the window changes); `shoot(size, h, v)` says which slides to save as PNG into `screenshots.dir`.
 */
export async function inspectDeck(browser: Browser, file: string, sizes: Array<{ width: number; height: number }>,
  screenshots?: { dir: string; prefix: string; shoot: (width: number, h: number, v: number) => boolean }): Promise<DeckReport[]> {
  const { page, problems } = await openDeck(browser, file, sizes[0]!);
  try {
    await page.evaluate(() => (window as any).Reveal.configure({ transition: "none", backgroundTransition: "none" }));
    const reports: DeckReport[] = [];
    for (const size of sizes) {
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
      reports.push({ size, slides, timings: await page.evaluate(() => (window as any).deckTimings), errors: [...problems.errors], blocked: [...problems.blocked], ...(await page.evaluate(countDrawings)) });
    }
    return reports;
  } finally {
    await page.close();
  }
}
