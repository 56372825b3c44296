/** 한국어: plot titles, axis labels, legends and plain-text descriptions. */
import type { Catalog } from "../translate";

export const plots: Catalog = {
};
