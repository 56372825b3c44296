/**
 * What a learner reads in a notebook's outputs: printed text, error lines, plot titles, axis titles,
 * legend names and plain-text descriptions. For the Korean edition, the English phrases left in it.
 */
import { readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { englishLeft } from "../../scripts/editions/parity";

type Output = Record<string, unknown>;
const textOf = (value: unknown): string => (Array.isArray(value) ? value.join("") : typeof value === "string" ? value : "");

/** The texts of one output: a stream's text, an error's line, a display's text/plain and its plot's titles and names. */
export function outputTexts(output: Output): string[] {
  if (output.output_type === "stream") return [textOf(output.text)];
  if (output.output_type === "error") return [`${output.ename}: ${output.evalue}`];
  const data = (output.data ?? {}) as Record<string, unknown>;
  const texts = [textOf(data["text/plain"])];
  const figure = data["application/vnd.plotly.v1+json"] as { data?: Array<Record<string, unknown>>; layout?: Record<string, unknown> } | undefined;
  if (figure) texts.push(...plotTexts(figure));
  return texts.filter((t) => t.length > 0);
}

function plotTexts(figure: { data?: Array<Record<string, unknown>>; layout?: Record<string, unknown> }): string[] {
  const title = (value: unknown) => (typeof value === "string" ? value : textOf((value as { text?: unknown } | undefined)?.text));
  const layout = figure.layout ?? {};
  const axes = Object.entries(layout).filter(([key]) => /^[xy]axis\d*$/.test(key)).map(([, axis]) => title((axis as { title?: unknown }).title));
  const annotations = ((layout.annotations ?? []) as Array<{ text?: unknown }>).map((a) => textOf(a.text));
  const names = (figure.data ?? []).map((trace) => textOf(trace.name));
  return [title(layout.title), ...axes, ...annotations, ...names].map((text) => text.replace(/<[^>]+>/g, " "));
}

/**
 * English phrases (four or more English words, at least three of them of three letters or more — not a
 * table header of symbols like "t tp fp fn tn" — outside code, parentheses and quotes) in the outputs of an executed notebook, with the cell. The output of `nn.showSource` is left
 * out: it is the library's source code, whose comments are English like its identifiers.
 */
export function englishInOutputs(file: string): string[] {
  const found: string[] = [];
  readNotebook(file).cells.forEach((cell, i) => {
    if (cell.cell_type !== "code" || sourceOf(cell).includes("showSource(")) return;
    for (const output of ((cell as { outputs?: Output[] }).outputs ?? [])) {
      for (const text of outputTexts(output)) {
        for (const line of text.split("\n")) {
          for (const run of englishLeft(line.replace(/"[^"]*"/g, " "))) {
            if (run.split(/\s+/).filter((word) => word.length >= 3).length >= 3) found.push(`cell ${i + 1}: "${run}" in "${line.trim().slice(0, 120)}"`);
          }
        }
      }
    }
  });
  return found;
}
