/** Messages in a given language, for the tests that pin both editions' texts. */
import { type Language, inLanguage } from "../../lib/src/i18n/language";

/** The message of the error `body` throws, in `language`. */
export function messageIn(language: Language, body: () => unknown): string {
  return inLanguage(language, () => {
    try {
      body();
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("expected an error");
  });
}
