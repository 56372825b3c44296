/**
 * The compiler's messages in the notebook's language (lib/src/kernel/compiler-language.ts), on the TypeScript
 * inside tslab that the course kernel compiles cells with.
 */
import nodeModule from "module";
import { afterAll, describe, expect, it } from "vitest";
import { compilerLanguage, useCompilerLanguage } from "../../../lib/src/kernel/compiler-language";

const tslabRequire = nodeModule.createRequire(require.resolve("tslab/package.json"));
const ts = tslabRequire("@tslab/typescript-for-tslab") as typeof import("typescript");

/** The compiler's first message about `source`. */
function messageFor(source: string): string {
  const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true });
  return ts.flattenDiagnosticMessageText(diagnostics![0]!.messageText, "\n");
}

describe("useCompilerLanguage", () => {
  afterAll(() => useCompilerLanguage(ts, "en"));

  it("starts in English, TypeScript's own text", () => {
    expect(compilerLanguage()).toBe("en");
    expect(messageFor("const x = (1;")).toBe("')' expected.");
  });

  it("switches to Microsoft's Korean and back to English", () => {
    useCompilerLanguage(ts, "ko");
    expect(compilerLanguage()).toBe("ko");
    expect(messageFor("const x = (1;")).toBe("')'이(가) 필요합니다.");
    useCompilerLanguage(ts, "en");
    expect(compilerLanguage()).toBe("en");
    expect(messageFor("const x = (1;")).toBe("')' expected.");
  });

  it("asking for the language it already speaks changes nothing", () => {
    useCompilerLanguage(ts, "en");
    expect(messageFor("const x = (1;")).toBe("')' expected.");
  });
});
