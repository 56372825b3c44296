/**
 * The Korean catalog: msgid (the English text) → 한국어. One file per area of the library, so that
 * translators of different areas do not edit the same file; tests/i18n checks that no msgid appears in
 * two of them with different translations.
 *
 * Style (as in the Korean notebooks): 합니다체, the glossary's terms (translations/ko/glossary.json),
 * identifiers and code in English, shapes and numbers as the English prints them. After a placeholder
 * prefer wording that needs no particle, or a particle that fits both forms (을(를), 이(가)).
 */
import type { Catalog } from "../translate";
import { core } from "./core";
import { data } from "./data";
import { exercises0005 } from "./exercises0005";
import { exercises0610 } from "./exercises0610";
import { math } from "./math";
import { plots } from "./plots";
import { scripts } from "./scripts";

export const koreanParts: Readonly<Record<string, Catalog>> = { core, math, data, plots, exercises0005, exercises0610, scripts };

export const korean: Catalog = Object.assign({}, ...Object.values(koreanParts));
