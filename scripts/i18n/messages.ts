/**
 * Every message the course library and scripts can show, as msgids (lib/src/i18n/translate.ts):
 * the t`…` templates found in the source by the TypeScript parser, and the texts kept as data
 * (exercise hints, case hints, known-mistake hints), which `translate` looks up when shown.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import ts from "typescript";
import { listExercises } from "../../lib/src/exercises";
import { repoRoot } from "../kernel/jupyter";

/** Where a msgid is used: "lib/src/errors.ts:42". */
export type Uses = Map<string, string[]>;

/** The folders whose t`…` messages need translations. */
export const messageRoots = ["lib/src", "scripts"].map((dir) => path.join(repoRoot, dir));

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "i18n" && dir.endsWith("src") ? [] : typescriptFiles(file);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [file] : [];
  });
}

function add(uses: Uses, msgid: string, where: string): void {
  uses.set(msgid, [...(uses.get(msgid) ?? []), where]);
}

/** The msgids of the t`…` templates in `files`; a `t(…)` call (not a template) is reported as a problem. */
export function codeMessages(files = messageRoots.flatMap(typescriptFiles)): { uses: Uses; problems: string[] } {
  const uses: Uses = new Map();
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (!/\bt\s*[`(]/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
    const where = (node: ts.Node) => `${path.relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === "t") {
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...template.templateSpans.map((s) => s.literal.text)];
        add(uses, parts.reduce((id, part, i) => (i === 0 ? part : `${id}{${i - 1}}${part}`), ""), where(node));
      } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "t") {
        problems.push(`${where(node)}: t(…) is called as a function; write t\`…\` so that the message can be found`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, problems };
}

/** The texts exercises keep as data: hints, case hints, known-mistake hints. */
export function dataMessages(): Uses {
  const uses: Uses = new Map();
  for (const exercise of listExercises()) {
    const where = `exercise ${exercise.id}`;
    add(uses, exercise.hint, `${where} hint`);
    exercise.caseHints?.forEach((hint, i) => hint !== undefined && add(uses, hint, `${where} case ${i + 1}`));
    exercise.mistakes?.forEach((mistake, i) => add(uses, mistake.hint, `${where} mistake ${i + 1}`));
  }
  return uses;
}

/** Every msgid, with where it is used. */
export function allMessages(): { uses: Uses; problems: string[] } {
  const { uses, problems } = codeMessages();
  for (const [msgid, where] of dataMessages()) for (const w of where) add(uses, msgid, w);
  return { uses, problems };
}
