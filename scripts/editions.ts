/**
 * `npm run editions`: builds the Korean edition of every notebook that has a translation
 * (notebooks/NN-name.ipynb + translations/ko/NN-name.json → notebooks/ko/NN-name.ipynb).
 *
 *   npm run editions                                      build every edition; exit 1 if a translation has problems
 *   npm run editions -- --check translations/ko/02-perceptron.json
 *                                                         build that one and list what is wrong with it
 *
 * The built editions are committed; the tests check they are what this builds.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import { readNotebook } from "./grading/notebook";
import { repoRoot } from "./kernel/jupyter";
import { buildEdition, editionPath, readGlossary, readTranslation } from "./editions/translation";
import type { GlossaryTerm } from "./editions/parity";

export const translationsDir = path.join(repoRoot, "translations", "ko");

/** Every translation file (not the glossary), sorted. */
export function translationFiles(): string[] {
  if (!existsSync(translationsDir)) return [];
  return readdirSync(translationsDir).filter((f) => /^\d\d-.*\.json$/.test(f)).sort().map((f) => path.join(translationsDir, f));
}

/** Builds (and writes) the Korean edition of one translation; returns its problems. */
export function buildOne(file: string, write = true): { target: string; problems: string[]; text: string } {
  const translation = readTranslation(file);
  const source = path.join(repoRoot, "notebooks", translation.notebook);
  const { notebook, problems } = buildEdition(readNotebook(source), translation, readGlossary(path.join(translationsDir, "glossary.json")));
  const target = editionPath(source);
  const text = JSON.stringify(notebook, null, 1) + "\n";
  if (write) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return { target, problems, text };
}

/** The glossary page (translations/ko/glossary.md): Korean ↔ English ↔ symbol ↔ identifier, built from glossary.json. */
export const glossaryPage = path.join(translationsDir, "glossary.md");

export function glossaryMarkdown(terms: readonly GlossaryTerm[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const code = (text: string) => (text ? `\`${text}\`` : "");
  const rows = [...terms].sort((a, b) => a.ko.localeCompare(b.ko, "ko")).map((term) =>
    `| ${cell(term.ko)} | ${cell(term.en)} | ${cell(term.symbol)} | ${code(term.identifier)} | ${cell(term.variants.join(", "))} |`);
  return [
    "# 용어집 (Glossary)",
    "",
    "한국어판의 모든 노트북과 라이브러리 메시지는 개념마다 아래의 용어 하나만 씁니다. 처음 나올 때는 영어를 괄호 안에 함께 적습니다.",
    "The Korean edition uses one term per concept, the ones below, in every notebook and library message.",
    "",
    "이 파일은 `translations/ko/glossary.json`에서 `npm run editions`로 만들어집니다. 용어를 바꾸려면 JSON을 고치세요.",
    "",
    "TypeScript 컴파일러의 오류 메시지는 Microsoft의 한국어 번역을 그대로 보여 주므로 type을 '형식'이라고 씁니다(예: `'string' 형식은 " +
      "'number' 형식에 할당할 수 없습니다.`). 과정의 글과 라이브러리 메시지에서는 '타입'이라고 합니다.",
    "The TypeScript compiler's messages are Microsoft's Korean translation, which calls a type 형식; the course's text says 타입.",
    "",
    "| 한국어 | English | 기호 (symbol) | 코드 (identifier) | 쓰지 않는 표기 (variants) |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function main(argv: string[]): number {
  const check = argv.includes("--check");
  writeFileSync(glossaryPage, glossaryMarkdown(readGlossary(path.join(translationsDir, "glossary.json"))));
  const named = argv.filter((a) => a !== "--check").map((a) => path.resolve(a));
  let failed = 0;
  for (const file of named.length ? named : translationFiles()) {
    const { target, problems } = buildOne(file);
    const name = path.relative(repoRoot, target);
    if (problems.length === 0) console.log(`✔ ${name}`);
    else {
      failed += 1;
      console.log(`✖ ${name}: ${problems.length} problem(s)`);
      for (const problem of check ? problems : problems.slice(0, 5)) console.log(`  - ${problem}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (error) {
    console.error(`editions: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
