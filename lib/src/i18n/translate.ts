/**
 * Translating the library's messages, the way gettext and Lingui do it: the English text is the key
 * (the msgid), and a catalog per language maps it to its translation.
 *
 * - `t` tags a message made at run time: t`columns of ${a} must equal rows of ${b}` looks up the msgid
 *   "columns of {0} must equal rows of {1}" and fills the Korean "{0}의 열 수와 {1}의 행 수가 같아야
 *   합니다" with the same values. A translation may reorder the placeholders; it must use each one.
 * - `translate` looks up a text kept as data (an exercise's hint), when it is shown.
 *
 * A msgid with no translation is shown in English. tests/i18n finds every t`…` of the library and the
 * scripts and every exercise text, and fails when the Korean catalog misses one, keeps one that is no
 * longer used, or drops a placeholder.
 */
import { getLanguage } from "./language";
import { korean } from "./ko";

/** msgid → translation, placeholders {0}, {1}, … where the English has ${…}. */
export type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<string, Catalog> = { ko: korean };

/** The msgid of a tagged template: its literal parts joined by {0}, {1}, … */
export function msgidOf(strings: readonly string[]): string {
  return strings.reduce((id, part, i) => (i === 0 ? part : `${id}{${i - 1}}${part}`), "");
}

/** A message in the current language: t`expected ${what}, got ${found}`. */
export function t(strings: TemplateStringsArray, ...values: unknown[]): string {
  const translated = catalogs[getLanguage()]?.[msgidOf(strings)];
  if (translated === undefined) return strings.reduce((text, part, i) => text + String(values[i - 1]) + part);
  return fill(translated, values);
}

/** A text kept as data (an exercise's hint, a task) in the current language, English when it has no translation. */
export function translate(text: string): string {
  return catalogs[getLanguage()]?.[text] ?? text;
}

/** Puts values into {0}, {1}, … */
export function fill(template: string, values: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < values.length ? String(values[Number(i)]) : whole));
}

/** The placeholders a msgid or translation uses, sorted: "{0} and {1}" → ["{0}", "{1}"]. */
export function placeholdersOf(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}
