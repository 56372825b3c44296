/* MathJax 3 for the course's decks: $…$ and $$…$$ as in Jupyter; the deck typesets itself (deck.js). */
window.MathJax = {
  tex: {
    inlineMath: [["$", "$"], ["\\(", "\\)"]],
    displayMath: [["$$", "$$"], ["\\[", "\\]"]],
    processEscapes: true,
  },
  svg: { fontCache: "global" },
  options: {
    enableMenu: false,
    ignoreHtmlClass: "plot|notes|tex2jax_ignore",
  },
  startup: { typeset: false },
};
