/**
 * The Korean edition (notebooks/ko) runs top to bottom on the tslab kernel, with its decks checked, as
 * notebooks.test.ts does for the English sources (tests/helpers/notebook-runs.ts); its outputs must hold
 * no English phrase.
 */
import path from "path";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { listNotebooks } from "../helpers/notebooks";
import { notebookRuns } from "../helpers/notebook-runs";

notebookRuns(listNotebooks(path.join(repoRoot, "notebooks", "ko")));
