/** 한국어: errors, exercise feedback and progress, training lines, the course kernel. */
import type { Catalog } from "../translate";

export const core: Catalog = {
};
