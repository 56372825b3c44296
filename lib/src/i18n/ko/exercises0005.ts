/** 한국어: exercise texts of notebooks 00–05 (hints, case hints, known-mistake hints). */
import type { Catalog } from "../translate";

export const exercises0005: Catalog = {
};
