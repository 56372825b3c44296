/**
 * The language of the library's messages (issue 12: the course in Korean and in English).
 *
 * Each notebook's first cell says which edition it belongs to: `nn.setLanguage("ko")` in the Korean
 * edition, `nn.setLanguage("en")` in the English one. From then on every message a learner reads from
 * the library — check feedback and hints, progress, errors, plot titles, training lines — is in that
 * language. English is the fallback: a message without a Korean translation is shown in English.
 */
export type Language = "en" | "ko";

export const languages: readonly Language[] = ["en", "ko"];

let current: Language = "en";

/** Sets the language of the library's messages: "ko" (한국어) or "en" (English). */
export function setLanguage(language: Language): void {
  if (!languages.includes(language)) {
    // in both languages: the learner who mistyped it may read either
    throw new TypeError(`setLanguage: expected "ko" or "en", got ${JSON.stringify(language)}. ` +
      `setLanguage: "ko"(한국어) 또는 "en"(English)을 넣어야 하는데 ${JSON.stringify(language)}을(를) 받았습니다.`);
  }
  current = language;
}

/** The language of the library's messages now. */
export function getLanguage(): Language {
  return current;
}

/** Runs `body` with the messages in `language`, then restores the language before (for tools and tests). */
export function inLanguage<T>(language: Language, body: () => T): T {
  const before = current;
  setLanguage(language);
  try {
    return body();
  } finally {
    current = before;
  }
}
