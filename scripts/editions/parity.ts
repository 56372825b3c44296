/**
 * What the two language editions of a notebook must share, and what the Korean one must not keep
 * (issue 12): the same code apart from comments and the text of strings, the same numbers in every
 * prose cell, no English paragraph left in Korean prose, and the glossary's terms.
 */
import ts from "typescript";

/**
 * The code of a cell without what a translation may change: comments removed, the text of every string
 * and template literal emptied (the `${…}` expressions of a template stay), layout normalised.
 * Two cells with the same skeleton run the same code.
 */
export function codeSkeleton(code: string): string {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const emptyText: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isStringLiteral(node)) return ts.factory.createStringLiteral("");
      if (ts.isNoSubstitutionTemplateLiteral(node)) return ts.factory.createNoSubstitutionTemplateLiteral("");
      if (ts.isTemplateExpression(node)) {
        const spans = node.templateSpans.map((span, i) => ts.factory.createTemplateSpan(
          ts.visitNode(span.expression, visit) as ts.Expression,
          i === node.templateSpans.length - 1 ? ts.factory.createTemplateTail("") : ts.factory.createTemplateMiddle("")));
        return ts.factory.createTemplateExpression(ts.factory.createTemplateHead(""), spans);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit) as ts.SourceFile;
  };
  const [transformed] = ts.transform(file, [emptyText]).transformed;
  return ts.createPrinter({ removeComments: true }).printFile(transformed!);
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, "만": 1e4, "억": 1e8 };

/**
 * The numbers a text states, as values, sorted: "50,000 images, 95.55 %" → ["50000", "95.55"]; "39 million"
 * and "3,900만 개" are both 39000000 (만 is a unit before a space or a counter, not the particle of "1만이"). Glossary terms that carry a digit only in Korean (제1종 오류 for
 * "type I error") are left out, so that the two editions of a sentence state the same numbers.
 */
export function numbersOf(text: string, glossary: readonly GlossaryTerm[] = []): string[] {
  let plain = text;
  for (const term of glossary) if (/\d/.test(term.ko) && !/\d/.test(term.en)) plain = plain.split(term.ko).join(" ");
  const found = plain.matchAll(/(\d+(?:[.,]\d+)*)(?:\s*(thousand|million|billion)\b|(만(?=[\s개명장번건회원]|$)|억))?/g);
  return [...found].map((m) => {
    const value = Number(m[1]!.replace(/(\d),(?=\d{3}\b)/g, "$1"));
    const unit = m[2] ?? m[3];
    return String(unit ? Math.round(value * SCALE[unit]! * 1e6) / 1e6 : value);
  }).sort();
}

/** Korean prose with what may stay English taken out: code, formulas, links, tags, 『titles』 and (parenthesised terms). */
function proseOnly(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$]*\$/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/『[^』]*』/g, " ")
    .replace(/\([^()]*\)/g, " ");
}

/** Runs of four or more English words left in Korean prose: what a translation still has to translate. */
export function englishLeft(markdown: string): string[] {
  return proseOnly(markdown).match(/[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){3,}/g) ?? [];
}

/**
 * Bold or italic that Markdown will not render: a closing `**` after punctuation and right before a
 * letter (`**[30, 1]**인`) is not a closing delimiter in CommonMark, so the stars show. Returns each.
 */
export function unrenderedEmphasis(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, " ").replace(/`[^`]*`/g, "code").replace(/\$[^$]*\$/g, "x");
  return text.match(/\*\*[^*\n]*[^\p{L}\p{N}\s*]\*\*(?=[\p{L}\p{N}])/gu) ?? [];
}

/** One glossary entry (translations/ko/glossary.json). */
export interface GlossaryTerm {
  ko: string;
  en: string;
  symbol: string;
  identifier: string;
  variants: string[];
}

/** The glossary variants a Korean text uses instead of the chosen term, e.g. ["바이어스 (use 편향)"]. */
export function glossaryVariants(text: string, glossary: readonly GlossaryTerm[]): string[] {
  return glossary.flatMap((term) => term.variants.filter((v) => text.includes(v) && !term.ko.includes(v)).map((v) => `${v} (use ${term.ko})`));
}
