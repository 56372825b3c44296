/**
 * The Korean catalog of the library's messages (lib/src/i18n): every message a learner can read has a
 * Korean translation with the same placeholders, in the glossary's terms, and no translation is kept
 * for a message that no longer exists.
 */
import path from "path";
import { describe, expect, it } from "vitest";
import { korean, koreanParts } from "../../lib/src/i18n/ko";
import { placeholdersOf } from "../../lib/src/i18n/translate";
import { readGlossary } from "../../scripts/editions/translation";
import { englishLeft, glossaryVariants } from "../../scripts/editions/parity";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { allMessages, codeMessages } from "../../scripts/i18n/messages";

const { uses, problems } = allMessages();
const glossary = readGlossary(path.join(repoRoot, "translations", "ko", "glossary.json"));
const HANGUL = /[\uac00-\ud7a3]/;

describe("the Korean catalog", () => {
  it("finds the messages: a t`…` template in the library, with its placeholders", () => {
    expect(uses.get("{0}: expected {1}, got {2}.")).toEqual(expect.arrayContaining([expect.stringMatching(/^lib\/src\/errors\.ts:\d+$/)]));
    expect(uses.size).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it("has a translation for every message", () => {
    const missing = [...uses].filter(([msgid]) => korean[msgid] === undefined).map(([msgid, where]) => `${where[0]}: ${msgid}`);
    expect(missing).toEqual([]);
  });

  it("keeps no translation of a message that is gone", () => {
    expect(Object.keys(korean).filter((msgid) => !uses.has(msgid))).toEqual([]);
  });

  it("fills the same placeholders as the English", () => {
    const differ = Object.entries(korean).filter(([msgid, ko]) => placeholdersOf(msgid).join() !== placeholdersOf(ko).join());
    expect(differ.map(([msgid, ko]) => `${msgid} → ${ko}`)).toEqual([]);
  });

  it("translates each message once: no msgid in two parts with different Korean", () => {
    const seen = new Map<string, [string, string]>();
    const clashes: string[] = [];
    for (const [part, catalog] of Object.entries(koreanParts)) {
      for (const [msgid, ko] of Object.entries(catalog)) {
        const before = seen.get(msgid);
        if (before && before[1] !== ko) clashes.push(`${msgid}: ${before[0]} "${before[1]}", ${part} "${ko}"`);
        seen.set(msgid, [part, ko]);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("is Korean: Hangul in every sentence, no English phrase outside code, the glossary's terms", () => {
    const notKorean = Object.entries(korean).filter(([msgid, ko]) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(msgid.replace(/`[^`]*`/g, "")) && !HANGUL.test(ko));
    expect(notKorean.map(([msgid]) => msgid)).toEqual([]);
    const english = Object.values(korean).flatMap((ko) => englishLeft(ko).map((run) => `"${run}" in ${ko}`));
    expect(english).toEqual([]);
    const variants = Object.values(korean).flatMap((ko) => glossaryVariants(ko, glossary).map((v) => `${v} in ${ko}`));
    expect(variants).toEqual([]);
  });

  it("reports a t(…) call, whose message could not be found", () => {
    const file = path.join(repoRoot, "tests", "fixtures", "i18n", "t-call.ts");
    expect(codeMessages([file]).problems).toEqual([expect.stringMatching(/t-call\.ts:\d+: t\(…\) is called as a function/)]);
    expect([...codeMessages([file]).uses.keys()]).toEqual(["found {0}"]);
  });
});
