/**
 * The Korean and English editions come from one source (issue 12): each committed Korean notebook is
 * exactly what its English source and its translation build; the editions share their cells, code and
 * metadata apart from language; every prose cell is translated and states the same numbers; the Korean
 * prose keeps no English paragraph and uses the glossary's terms. The fixture proves each check fails
 * when it should.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { describe, expect, it } from "vitest";
import { buildEdition, readGlossary, readTranslation, type Translation } from "../../scripts/editions/translation";
import { codeSkeleton, englishLeft, glossaryVariants, numbersOf } from "../../scripts/editions/parity";
import { buildOne, glossaryMarkdown, glossaryPage, translationFiles, translationsDir } from "../../scripts/editions";
import { korean as koreanCatalog } from "../../lib/src/i18n/ko";
import { readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";

const glossary = readGlossary(path.join(translationsDir, "glossary.json"));
const fixtures = path.join(repoRoot, "tests", "fixtures", "editions");
const koDir = path.join(repoRoot, "notebooks", "ko");

describe("the committed Korean editions", () => {
  for (const file of translationFiles()) {
    const name = path.basename(file, ".json");
    it(`${name}: is what its source and translation build, with no problem`, () => {
      const { target, problems, text } = buildOne(file, false);
      expect(problems).toEqual([]);
      expect(existsSync(target), `${path.relative(repoRoot, target)} is missing: run npm run editions`).toBe(true);
      expect(readFileSync(target, "utf8") === text, `${path.relative(repoRoot, target)} is not what npm run editions builds`).toBe(true);
    });

    it(`${name}: shares cells, code and metadata with the English edition apart from language`, () => {
      const english = readNotebook(path.join(repoRoot, "notebooks", `${name}.ipynb`));
      const korean = readNotebook(path.join(koDir, `${name}.ipynb`));
      expect(korean.cells.map((c) => c.cell_type)).toEqual(english.cells.map((c) => c.cell_type));
      expect(korean.cells.map((c) => c.metadata)).toEqual(english.cells.map((c) => c.metadata));
      expect({ ...korean.metadata, course: { ...(korean.metadata.course as object), language: undefined } })
        .toEqual({ ...english.metadata, course: { ...(english.metadata.course as object), language: undefined } });
      english.cells.forEach((cell, i) => {
        const ko = sourceOf(korean.cells[i]!);
        if (cell.cell_type === "code") expect(codeSkeleton(ko), `cell ${i + 1}`).toBe(codeSkeleton(sourceOf(cell)));
        else expect(numbersOf(ko, glossary), `cell ${i + 1}`).toEqual(numbersOf(sourceOf(cell), glossary));
      });
    });

    it(`${name}: its Korean prose keeps no English paragraph and no glossary variant`, () => {
      const korean = readNotebook(path.join(koDir, `${name}.ipynb`));
      const prose = korean.cells.filter((c) => c.cell_type === "markdown").map(sourceOf);
      expect(prose.flatMap(englishLeft)).toEqual([]);
      expect(korean.cells.flatMap((c) => glossaryVariants(sourceOf(c), glossary))).toEqual([]);
    });
  }

  it("has the glossary page that glossary.json builds, and uses every glossary term in its chosen form", () => {
    expect(readFileSync(glossaryPage, "utf8") === glossaryMarkdown(glossary), "translations/ko/glossary.md is not what npm run editions builds").toBe(true);
    const korean = [
      ...readdirSync(koDir).filter((f) => f.endsWith(".ipynb")).flatMap((f) => readNotebook(path.join(koDir, f)).cells.map(sourceOf)),
      ...Object.values(koreanCatalog),
    ].join("\n");
    expect(glossary.filter((term) => !korean.includes(term.ko)).map((term) => term.ko)).toEqual([]);
  });

  it("has a translation for every Korean notebook (no edition edited by hand)", () => {
    const built = existsSync(koDir) ? readdirSync(koDir).filter((f) => f.endsWith(".ipynb")) : [];
    const translated = translationFiles().map((f) => `${path.basename(f, ".json")}.ipynb`);
    expect(built.filter((f) => !translated.includes(f))).toEqual([]);
  });
});

describe("numbers as both editions state them", () => {
  it("reads thousands separators, English and Korean units, and not the particle 만", () => {
    expect(numbersOf("50,000 images and 39 million multiplications, 95.55 %")).toEqual(["39000000", "50000", "95.55"]);
    expect(numbersOf("5만 장의 이미지와 3,900만 번의 곱셈, 95.55 %")).toEqual(["39000000", "50000", "95.55"]);
    expect(numbersOf("미니배치에 0만, 그다음에는 1만이 들어갑니다")).toEqual(["0", "1"]);
    expect(numbersOf("제1종 오류와 제2종 오류", glossary)).toEqual([]);
  });
});

describe("the checks fail when an edition drifts (fixture 98-tiny)", () => {
  const source = readNotebook(path.join(fixtures, "98-tiny.ipynb"));
  const translation = readTranslation(path.join(fixtures, "98-tiny.ko.json"));
  const changed = (change: (t: Translation) => void): string[] => {
    const copy = JSON.parse(JSON.stringify(translation)) as Translation;
    change(copy);
    return buildEdition(source, copy, glossary).problems;
  };

  it("builds the fixture clean", () => {
    const { notebook, problems } = buildEdition(source, translation, glossary);
    expect(problems).toEqual([]);
    expect(sourceOf(notebook.cells[0]!)).toBe("# 98 · 작은 노트북: 입사\n\n덱의 지원자는 임계값 80점에 대해 165점을 얻습니다.");
    expect((notebook.metadata.course as { language: string }).language).toBe("ko");
    expect(sourceOf(notebook.cells[1]!)).toMatch(/^nn\.setLanguage\("ko"\);\n/); // the library speaks Korean in the Korean edition
  });

  it("an English source that does not set the language of the library's messages", () => {
    const silent = { ...source, cells: source.cells.map((c) => ({ ...c, source: sourceOf(c).replace('nn.setLanguage("en");\n', "") })) };
    const quiet = { ...translation, cells: translation.cells.map((e) => ({ en: e.en.replace('nn.setLanguage("en");\n', ""), ko: e.ko.replace('nn.setLanguage("en");\n', "") })) };
    expect(buildEdition(silent, quiet, glossary).problems).toEqual([
      `the English notebook's first code cell must set the language of the library's messages: nn.setLanguage("en");`,
    ]);
  });

  it("a prose cell without its translation", () => {
    expect(changed((t) => t.cells.splice(2, 1))).toEqual(['cell 3 (markdown: "A perceptron with bias $b = -80$ joins when $z \\ge 0$."): no translation']);
  });

  it("an English cell that changed after it was translated", () => {
    expect(changed((t) => (t.cells[2]!.en = "A perceptron with bias $b = -80$ joins."))).toEqual([
      'cell 3 (markdown: "A perceptron with bias $b = -80$ joins when $z \\ge 0$."): no translation',
      'a translation of "A perceptron with bias $b = -80$ joins." matches no cell of the English notebook (did the English change?)',
    ]);
  });

  it("a code cell whose code differs, not only its comments and strings", () => {
    expect(changed((t) => (t.cells[1]!.ko = t.cells[1]!.ko.replace("+ 100", "+ 10")))).toEqual([
      'cell 2 (code: "nn.setLanguage(\"en\");"): the Korean code differs from the English beyond comments and the text of strings',
    ]);
  });

  it("a stated number that differs", () => {
    expect(changed((t) => (t.cells[0]!.ko = t.cells[0]!.ko.replace("165", "156")))).toEqual([
      'cell 1 (markdown: "# 98 · A tiny notebook: 입사"): the numbers differ: English [165 80 98], Korean [156 80 98]',
    ]);
  });

  it("bold that Markdown will not render before a Korean letter", () => {
    expect(changed((t) => (t.cells[0]!.ko = t.cells[0]!.ko.replace("165점", "**165.**점")))).toEqual([
      'cell 1 (markdown: "# 98 · A tiny notebook: 입사"): **165.** will not render as bold before a letter: end the bold after a letter or add a space',
    ]);
  });

  it("English prose left untranslated, and a glossary variant", () => {
    expect(changed((t) => (t.cells[2]!.ko = "편향이 $b = -80$인 바이어스는 $z \\ge 0$ joins when the sum is large."))).toEqual([
      'cell 3 (markdown: "A perceptron with bias $b = -80$ joins when $z \\ge 0$."): English left in the Korean text: "joins when the sum is large"',
      'cell 3 (markdown: "A perceptron with bias $b = -80$ joins when $z \\ge 0$."): glossary variant 바이어스 (use 편향)',
    ]);
  });
});
