/**
 * A `--core` deck needs no browser check of its own when every one of its slides is a slide of the full
 * deck of the same notebook, edition and kind, and the two pages around the slides are the same: the
 * same CSS and scripts (from the same assets folder), the same labels. deck.js splits and fits each
 * slide by that slide's own content only (its blocks, notes and figures, laid out at 1280 × 720), so a
 * slide that is the same HTML with the same figures is laid out the same in both decks, and the full
 * deck's check in Chromium covers it. A figure is compared by its JSON (its index differs between decks).
 */

/** The leaf slides (`<section class="page">`) of a deck, each figure reference replaced by the figure's JSON. */
export function leafSlides(html: string): string[] {
  const figures: unknown[] = JSON.parse(/<script type="application\/json" id="deck-figures">(.*?)<\/script>/s.exec(html)?.[1] ?? "[]");
  return [...html.matchAll(/<section class="page">[\s\S]*?<\/section>/g)].map((m) =>
    m[0].replace(/data-figure="(\d+)"/g, (_, n: string) => `data-figure=${JSON.stringify(JSON.stringify(figures[Number(n)]))}`));
}

/** The page around the slides: head, labels, scripts; the title (it says "core path") and the path to the assets left out. */
export function deckShell(html: string, assets: string): string {
  return html
    .replace(/<title>.*?<\/title>/s, "<title></title>")
    .replace(/<div class="slides">[\s\S]*<\/div><\/div>/, '<div class="slides"></div></div>')
    .replace(/<script type="application\/json" id="deck-figures">.*?<\/script>/s, "")
    .split(`"${assets}`).join('"ASSETS/');
}

/** What keeps the full deck's check from covering the core deck (empty when it covers it). */
export function coreNotCovered(full: { html: string; assets: string }, core: { html: string; assets: string }): string[] {
  const slides = new Set(leafSlides(full.html));
  const problems = leafSlides(core.html).flatMap((slide, k) => (slides.has(slide) ? [] :
    [`core slide ${k + 1} is no slide of the full deck: ${slide.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim().slice(0, 80)}`]));
  if (deckShell(full.html, full.assets) !== deckShell(core.html, core.assets)) problems.push("the page around the slides differs (CSS, scripts or labels)");
  return problems;
}
