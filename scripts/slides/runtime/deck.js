/*
 * The course's decks in the browser, before reveal.js starts: typeset the formulas (MathJax), draw the
 * plots (plotly.js), then lay every slide out at 1280 × 720 and make it fit:
 *   - a slide taller than 720 px is split into sub-slides below it, between blocks (a paragraph, a
 *     list, a formula, a code cell's source, one output), a heading kept with what follows it, and
 *     each continuation headed "<title> (continued)";
 *   - a block taller than a whole slide is shrunk (code down to 75 %), then scrolls inside its box.
 * Then reveal.js starts; it scales the 1280 × 720 slides to the screen, so every screen size shows
 * the same slides. `window.deckReady` is true once the deck runs (the tests wait for it). Until the
 * slides are fitted and reveal.js runs, the page shows "Loading …" in the deck's language (.deck-loading, in the HTML).
 *
 * How a slide is split depends on that slide's own content only (its blocks, its notes, its figures,
 * each page laid out at 1280 × 720 one below another): the tests rely on it to cover the `--core`
 * decks, whose slides are slides of the full deck (tests/slides/same-slides.ts).
 */
(function () {
  "use strict";
  var SLIDE_WIDTH = 1280;
  var SLIDE_HEIGHT = 720;
  var PLOT_HEIGHT = 470; // a plot leaves room for the code that made it
  var root = document.querySelector(".reveal");
  var slides = root.querySelector(".slides");
  var figures = JSON.parse(document.getElementById("deck-figures").textContent || "[]");
  var labels = window.deckLabels || { continued: "(continued)" };

  function typeset() {
    if (!window.MathJax || !window.MathJax.startup) return Promise.resolve();
    return window.MathJax.startup.promise.then(function () { return window.MathJax.typesetPromise([slides]); });
  }

  function drawPlots() {
    var plots = Array.prototype.slice.call(slides.querySelectorAll(".plot[data-figure]"));
    return Promise.all(plots.map(function (el) {
      var figure = figures[Number(el.getAttribute("data-figure"))];
      var layout = Object.assign({}, figure.layout);
      layout.width = Math.min(layout.width || el.clientWidth, el.clientWidth);
      layout.height = Math.min(layout.height || 420, PLOT_HEIGHT);
      layout.autosize = false;
      return window.Plotly.newPlot(el, { data: figure.data, layout: layout, frames: figure.frames || [], config: { displaylogo: false, responsive: false } });
    }));
  }

  function notesOf(page) {
    return page.querySelector(":scope > aside.notes");
  }

  function units(page) {
    return page.querySelectorAll(":scope > .cell > *");
  }

  /** The lowest point a page may reach: the bottom of its content box. */
  function limitOf(page) {
    var style = getComputedStyle(page);
    return page.getBoundingClientRect().top + page.clientHeight - parseFloat(style.paddingBottom);
  }

  function bottomOf(page) {
    var bottom = -Infinity;
    Array.prototype.forEach.call(page.children, function (child) {
      if (child.tagName === "ASIDE") return;
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
    });
    return bottom;
  }

  /** The height of a page's content box. */
  function roomOf(page) {
    var style = getComputedStyle(page);
    return page.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  }

  function roomLeft(part, page) {
    return limitOf(page) - part.getBoundingClientRect().top;
  }

  function tooTallForAnyPage(part, page) {
    return part.getBoundingClientRect().height > roomOf(page) - 40;
  }

  function overflows(page) {
    return page.scrollHeight > page.clientHeight || bottomOf(page) > limitOf(page) + 0.5;
  }

  function titleOf(page) {
    var heading = page.querySelector(":scope > .cell > h1, :scope > .cell > h2, :scope > .cell > h3");
    return heading ? heading.textContent.trim() : "";
  }

  function continuation(page, title, after) {
    var next = document.createElement("section");
    next.className = page.className;
    if (title) {
      var label = document.createElement("div");
      label.className = "continued";
      label.textContent = title + " " + labels.continued;
      next.appendChild(label);
    }
    var notes = notesOf(page);
    if (notes) next.appendChild(notes.cloneNode(true));
    after.parentNode.insertBefore(next, after.nextSibling);
    return next;
  }

  function append(page, wrapper) {
    page.insertBefore(wrapper, notesOf(page));
  }

  /**
   * Moves what should not end a page to the start of `next`: a heading (it stays with what it heads)
   * and the code of a cell whose output starts `next` (a plot stays with the code that drew it).
   */
  function carryOver(page, next) {
    for (;;) {
      var all = units(page);
      var last = all[all.length - 1];
      if (!last || all.length < 2) return;
      var firstNext = next.querySelector(":scope > .cell");
      var heading = /^H[1-4]$/.test(last.tagName);
      var codeOfNext = last.matches("pre.code") && firstNext && firstNext.getAttribute("data-cell") === last.parentNode.getAttribute("data-cell");
      if (!heading && !codeOfNext) return;
      var from = last.parentNode;
      var wrapper = null;
      if (codeOfNext) firstNext.insertBefore(last, firstNext.firstChild);
      else {
        wrapper = from.cloneNode(false);
        wrapper.appendChild(last);
        next.insertBefore(wrapper, firstNext || notesOf(next));
      }
      if (overflows(next)) { // it does not fit there either: leave it where it was
        from.appendChild(last);
        if (wrapper) wrapper.remove();
        return;
      }
      if (!from.children.length) from.remove();
    }
  }

  /**
   * Splits a list (between items) or an output (between lines) that runs past the bottom of `page`:
   * what fits stays, the rest is returned as a new block of the same kind, or null if nothing can move.
   */
  function splitBlock(part, page) {
    var rest = part.cloneNode(false);
    if (/^(UL|OL)$/.test(part.tagName)) {
      while (part.children.length > 1 && overflows(page)) rest.insertBefore(part.lastElementChild, rest.firstChild);
      if (!rest.children.length) return null;
      if (part.tagName === "OL") rest.setAttribute("start", String(Number(part.getAttribute("start") || 1) + part.children.length));
      return rest;
    }
    if (part.matches("pre.output")) {
      var lines = part.textContent.split("\n");
      var kept = lines.length;
      while (kept > 1 && overflows(page)) part.textContent = lines.slice(0, --kept).join("\n");
      if (kept === lines.length) return null;
      rest.textContent = lines.slice(kept).join("\n");
      return rest;
    }
    return null;
  }

  /** Splits one page into as many as its blocks need; returns them all. */
  function paginate(page) {
    if (!overflows(page)) return [page];
    var title = titleOf(page);
    var cells = Array.prototype.filter.call(page.children, function (c) { return c.tagName !== "ASIDE"; });
    cells.forEach(function (cell) { cell.remove(); });
    var pages = [page];
    var current = page;
    cells.forEach(function (cell) {
      var queue = Array.prototype.slice.call(cell.children);
      while (cell.firstChild) cell.removeChild(cell.firstChild);
      var wrapper = cell;
      append(current, wrapper);
      while (queue.length) {
        var part = queue.shift();
        wrapper.appendChild(part);
        if (!overflows(current)) continue;
        var rest = splitBlock(part, current);
        if (rest) queue.unshift(rest);
        else if (units(current).length > 1 && !(tooTallForAnyPage(part, current) && roomLeft(part, current) > 0.75 * roomOf(current))) wrapper.removeChild(part);
        else continue; // too tall for any page, and much room here: fitTall shrinks it or lets it scroll here
        if (!wrapper.children.length) wrapper.remove();
        var next = continuation(page, title, current);
        wrapper = cell.cloneNode(false);
        append(next, wrapper);
        if (!rest) {
          wrapper.appendChild(part);
          carryOver(current, next);
        }
        pages.push(next);
        current = next;
      }
    });
    pages.forEach(fitTall);
    return pages;
  }

  /** A page that still overflows holds a block taller than a slide: shrink its code, then let it scroll. */
  function fitTall(page) {
    for (var guard = 0; guard < 20 && overflows(page); guard++) {
      var tallest = null;
      Array.prototype.forEach.call(units(page), function (unit) {
        if (unit.classList.contains("scroll-y")) return;
        if (!tallest || unit.getBoundingClientRect().height > tallest.getBoundingClientRect().height) tallest = unit;
      });
      if (!tallest) return;
      var code = tallest.matches("pre") ? [tallest] : Array.prototype.slice.call(tallest.querySelectorAll("pre"));
      for (var scale = 0.95; scale >= 0.75 && overflows(page) && code.length; scale -= 0.05) {
        code.forEach(function (pre) { pre.style.fontSize = ""; pre.style.fontSize = parseFloat(getComputedStyle(pre).fontSize) * scale + "px"; });
        code.forEach(function (pre) { pre.dataset.scaled = "1"; });
        if (!overflows(page)) return;
        code.forEach(function (pre) { pre.style.fontSize = ""; });
      }
      if (code.length) code.forEach(function (pre) { pre.style.fontSize = parseFloat(getComputedStyle(pre).fontSize) * 0.75 + "px"; });
      if (!overflows(page)) return;
      var room = limitOf(page) - tallest.getBoundingClientRect().top - (bottomOf(page) - tallest.getBoundingClientRect().bottom);
      tallest.style.maxHeight = Math.max(120, Math.floor(room)) + "px";
      tallest.classList.add("scroll-y");
      var excess = page.scrollHeight - page.clientHeight; // margins below it
      if (excess > 0) tallest.style.maxHeight = Math.max(120, Math.floor(room) - excess) + "px";
    }
  }

  function fit() {
    Array.prototype.slice.call(slides.children).forEach(function (slide) {
      if (slide.classList.contains("page")) {
        var pages = paginate(slide);
        if (pages.length > 1) {
          var stack = document.createElement("section");
          slide.parentNode.insertBefore(stack, slide);
          pages.forEach(function (p) { stack.appendChild(p); });
        }
      } else {
        Array.prototype.slice.call(slide.children).forEach(paginate);
      }
    });
  }

  function doneLoading() {
    var loading = document.querySelector(".deck-loading");
    if (loading) loading.remove();
  }

  function start() {
    root.classList.add("measuring");
    void slides.offsetHeight;
    var fonts = document.fonts && document.fonts.ready ? document.fonts.ready : Promise.resolve();
    var t0 = performance.now();
    var times = (window.deckTimings = {});
    var lap = function (name) { return function (x) { times[name] = Math.round(performance.now() - t0); return x; }; };
    return fonts
      .then(typeset)
      .then(lap("typeset"))
      .then(drawPlots)
      .then(lap("plots"))
      .then(function () { return document.fonts && document.fonts.ready; })
      .then(function () {
        fit();
        lap("fit")();
        root.classList.remove("measuring");
        return window.Reveal.initialize({
          width: SLIDE_WIDTH,
          height: SLIDE_HEIGHT,
          margin: 0.02,
          minScale: 0.1,
          maxScale: 4,
          center: false,
          hash: true,
          slideNumber: "c/t",
          transition: "fade",
          transitionSpeed: "fast",
          plugins: window.RevealNotes ? [window.RevealNotes] : [],
        });
      })
      .then(function () { lap("ready")(); doneLoading(); window.deckReady = true; })
      .catch(function (error) {
        doneLoading();
        console.error("deck: " + (error && error.stack ? error.stack : error));
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
