/**
 * dlbasics — the course library of "M2. 딥러닝 기본".
 *
 * Notebooks import it by name: `import * as nn from "dlbasics";`. Each file holds one concept and
 * names the notebook that introduces it.
 */
export * from "./errors";
export * from "./tensor";
export * from "./random";
