/** 한국어: exercise texts of notebooks 06–10 (hints, case hints, known-mistake hints). */
import type { Catalog } from "../translate";

export const exercises0610: Catalog = {
};
