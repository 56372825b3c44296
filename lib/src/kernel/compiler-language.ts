/**
 * The TypeScript compiler's own messages in the edition's language. TypeScript ships its diagnostics translated
 * (lib/ko/diagnosticMessages.generated.json beside the compiler, Microsoft's Korean), so once a notebook has called
 * `nn.setLanguage("ko")` a cell that does not compile says "'{0}'이(가) 필요합니다." instead of "')' expected.".
 * Microsoft's Korean calls a type 형식 where the course says 타입 (translations/ko/glossary.md says so).
 */
import type * as TypeScript from "typescript";
import type { Language } from "../i18n/language";

let current: Language = "en";

/** Makes the compiler's next messages English or Korean; a missing catalog leaves them as they are. */
export function useCompilerLanguage(ts: typeof TypeScript, language: Language): void {
  if (language === current) return;
  // English is the compiler's own text. TypeScript has no call that unloads a catalog, so English loads an
  // empty one through a file system that holds only "{}": every message then falls back to its English text.
  const sys = language === "en" ? { ...ts.sys, fileExists: () => true, readFile: () => "{}" } : ts.sys;
  const errors: TypeScript.Diagnostic[] = [];
  ts.validateLocaleAndSetLanguage(language === "en" ? "ko" : language, sys, errors);
  if (errors.length === 0) current = language;
}

/** The language of the compiler's messages now. */
export function compilerLanguage(): Language {
  return current;
}
