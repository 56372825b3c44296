/** 한국어: the scripts a learner or instructor runs: npm start, the grader's feedback, releases. */
import type { Catalog } from "../translate";

export const scripts: Catalog = {
};
