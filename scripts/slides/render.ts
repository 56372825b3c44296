/**
 * Cells to HTML for a reveal.js deck: Markdown with its TeX kept for MathJax, TypeScript highlighted at
 * build time (highlight.js), and a code cell's outputs — streams, plots (the figure JSON, drawn by the
 * deck with the plotly.js copied beside it), images, errors. No "In [ ]:" prompts.
 */
import hljs from "highlight.js/lib/core";
import typescript from "highlight.js/lib/languages/typescript";
import MarkdownIt from "markdown-it";

hljs.registerLanguage("typescript", typescript);
for (const alias of ["ts", "js", "javascript"]) hljs.registerAliases(alias, { languageName: "typescript" });

export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// tables can be wider than a slide: they scroll sideways inside their own box
markdown.renderer.rules.table_open = () => '<div class="wide"><table>\n';
markdown.renderer.rules.table_close = () => "</table></div>\n";
markdown.set({ highlight: (code, lang) => (lang && hljs.getLanguage(lang) ? hljs.highlight(code, { language: lang }).value : "") });

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Takes TeX out of Markdown before it is rendered (`_` and `*` inside `$…$` are not emphasis), leaving
 * a placeholder of letters and digits; code spans and fenced code are left alone. `\$` is a dollar sign.
 */
export function protectMath(text: string): { text: string; math: string[] } {
  const math: string[] = [];
  const keep = (tex: string) => `MATHPLACEHOLDER${math.push(tex) - 1}END`;
  let out = "";
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    const rest = text.slice(i);
    const fence = lineStart ? /^ {0,3}(`{3,}|~{3,})/.exec(rest) : null;
    if (fence) {
      const close = new RegExp(`\\n {0,3}${fence[1]![0] === "`" ? "`" : "~"}{${fence[1]!.length},}[ \\t]*(\\n|$)`).exec(rest.slice(fence[0].length));
      const end = close ? fence[0].length + close.index + close[0].length : rest.length;
      out += rest.slice(0, end);
      i += end;
      lineStart = true;
      continue;
    }
    const ch = text[i]!;
    lineStart = ch === "\n";
    if (ch === "`") {
      const run = /^`+/.exec(rest)![0];
      const close = rest.indexOf(run, run.length);
      const end = close < 0 ? run.length : close + run.length;
      out += rest.slice(0, end);
      i += end;
      continue;
    }
    if (ch === "\\" && text[i + 1] === "$") {
      out += keep("\\$");
      i += 2;
      continue;
    }
    if (rest.startsWith("$$")) {
      const close = rest.indexOf("$$", 2);
      if (close > 2) {
        out += keep(rest.slice(0, close + 2));
        i += close + 2;
        continue;
      }
    } else if (ch === "$") {
      // inline: $ followed by a non-space, closed on the same paragraph by a $ after a non-space
      const m = /^\$(?=\S)((?:\\.|[^$\\\n]|\n(?!\s*\n))+?)(?<=\S)\$(?!\d)/.exec(rest);
      if (m) {
        out += keep(m[0]);
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return { text: out, math };
}

function restoreMath(html: string, math: string[]): string {
  return html.replace(/MATHPLACEHOLDER(\d+)END/g, (_, k: string) => escapeHtml(math[Number(k)]!));
}

/** Markdown (with `$…$` and `$$…$$`) → HTML; the TeX is left for MathJax in the browser. */
export function renderMarkdown(text: string): string {
  const { text: protectedText, math } = protectMath(text);
  return restoreMath(markdown.render(protectedText), math);
}

/** A TypeScript cell's source, highlighted. */
export function renderCode(source: string, extraClass = ""): string {
  const html = hljs.highlight(source.replace(/\s+$/, ""), { language: "typescript" }).value;
  return `<pre class="code${extraClass ? " " + extraClass : ""}"><code class="hljs language-typescript">${html}</code></pre>`;
}

/** Terminal text as it would look: ANSI colours removed, a carriage return overwrites its line. */
export function terminalText(text: string): string {
  return text
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
    .split("\n")
    .map((line) => line.slice(line.lastIndexOf("\r") + 1))
    .join("\n");
}

const joined = (value: unknown): string => (Array.isArray(value) ? value.join("") : typeof value === "string" ? value : "");

/** A figure to draw in the deck: its index in the deck's figure list. */
export type FigureSink = (figure: unknown) => number;

/**
 * The outputs of a code cell as HTML. Streams of the same name in a row are merged; a plot becomes a
 * `<div class="plot" data-figure="n">` drawn by the deck (the figure goes to `figures`); plotly.js's
 * loader output is dropped (the deck loads plotly.js itself).
 */
export function renderOutputs(outputs: Array<Record<string, any>>, figures: FigureSink): string[] {
  const parts: string[] = [];
  let stream: { name: string; text: string } | undefined;
  const flush = () => {
    if (stream && stream.text.replace(/\s+$/, "") !== "") {
      parts.push(`<pre class="output stream ${stream.name}">${escapeHtml(terminalText(stream.text).replace(/\s+$/, ""))}</pre>`);
    }
    stream = undefined;
  };
  for (const output of outputs) {
    if (output.output_type === "stream") {
      if (stream && stream.name !== output.name) flush();
      stream ??= { name: String(output.name), text: "" };
      stream.text += joined(output.text);
      continue;
    }
    flush();
    if (output.output_type === "error") {
      const trace = terminalText(joined(output.traceback)) || `${output.ename}: ${output.evalue}`;
      parts.push(`<pre class="output error">${escapeHtml(trace)}</pre>`);
    } else if (output.output_type === "display_data" || output.output_type === "execute_result") {
      const html = renderBundle(output.data ?? {}, figures);
      if (html) parts.push(html);
    }
  }
  flush();
  return parts;
}

function renderBundle(data: Record<string, unknown>, figures: FigureSink): string | undefined {
  const html = joined(data["text/html"]);
  if (data[PLOTLY_MIME] !== undefined) {
    const figure = typeof data[PLOTLY_MIME] === "string" ? JSON.parse(data[PLOTLY_MIME] as string) : data[PLOTLY_MIME];
    const text = joined(data["text/plain"]);
    return `<div class="output plot" data-figure="${figures(figure)}" role="img" aria-label="${escapeHtml(text.split("\n")[0] ?? "")}"></div>`;
  }
  if (html.includes("dlbasics-plotly-loader")) return undefined;
  if (data["image/png"]) return `<div class="output image"><img alt="" src="data:image/png;base64,${joined(data["image/png"]).replace(/\s/g, "")}"></div>`;
  if (data["image/jpeg"]) return `<div class="output image"><img alt="" src="data:image/jpeg;base64,${joined(data["image/jpeg"]).replace(/\s/g, "")}"></div>`;
  if (data["image/svg+xml"]) return `<div class="output image">${joined(data["image/svg+xml"])}</div>`;
  if (data["text/markdown"]) return `<div class="output markdown">${renderMarkdown(joined(data["text/markdown"]))}</div>`;
  if (html) return `<div class="output html">${html}</div>`;
  if (data["text/latex"]) return `<div class="output latex">${escapeHtml(joined(data["text/latex"]))}</div>`;
  const plain = joined(data["text/plain"]);
  return plain ? `<pre class="output text">${escapeHtml(terminalText(plain))}</pre>` : undefined;
}
