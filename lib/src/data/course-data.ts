/**
 * The course's own small datasets in data/ (see data/README.md): the hiring table of notebook 02
 * ("LG CNS에 입사할 것인가?", Σ w·x = 165 ≥ 80 → join) and the defect-inspection set of notebook 09
 * (양불판정, 7.5 % defective). Each file's SHA-256 is checked before it is read.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { DataFileError } from "../errors";
import { Tensor } from "../tensor";
import { t } from "../i18n/translate";
import type { Dataset } from "./dataset";

/** SHA-256 of each file (with LF line endings), as recorded in data/README.md. */
export const COURSE_DATA_SHA256 = {
  "hiring.csv": "4d461950e253731a983776553f373a0eac070afc34275db29c0e5db73f2a30ad",
  "defects.csv": "251d1fa173400838f3122ae9f40e25fd2df15bb0071018e60780b4753dc5005c",
} as const;

export interface CourseDataOptions {
  /** Folder holding the CSV files; default: data/ at the root of the course repository. */
  readonly directory?: string;
  /** Check the file's SHA-256 against COURSE_DATA_SHA256 (default true). */
  readonly verify?: boolean;
}

/** One condition of the hiring decision: its weight w and the answer x (1 = O, 0 = X). */
export interface HiringQuestion {
  readonly questionKo: string;
  readonly questionEn: string;
  readonly weight: number;
  readonly answer: number;
}

/** The hiring table, also as a weight row w [1, 7] and an answer column x [7, 1], so w·x is a [1, 1] product. */
export interface Hiring {
  readonly questions: HiringQuestion[];
  readonly weights: Tensor;
  readonly answers: Tensor;
  /** The deck's rule: join when the weighted sum is at least 80. */
  readonly threshold: number;
}

/** The defect-inspection set: inputs [400, 3] (roughness_um, temperature_c, vibration_mm_s), label 1 = defective. */
export interface Defects extends Dataset {
  readonly featureNames: string[];
  readonly productIds: string[];
}

/** The hiring table of notebook 02: 7 questions; the weighted sum of the answers is 165. */
export function loadHiring(options: CourseDataOptions = {}): Hiring {
  const { file, rows } = readCsv("hiring.csv", ["question_ko", "question_en", "weight", "answer"], options);
  const questions = rows.map((row, r): HiringQuestion => ({
    questionKo: text(file, row[0]!, "question_ko", r),
    questionEn: text(file, row[1]!, "question_en", r),
    weight: number(file, row[2]!, "weight", r),
    answer: binary(file, row[3]!, "answer", r),
  }));
  return {
    questions,
    weights: new Tensor([1, questions.length], Float64Array.from(questions, (q) => q.weight)),
    answers: new Tensor([questions.length, 1], Float64Array.from(questions, (q) => q.answer)),
    threshold: 80,
  };
}

/** The defect-inspection set of notebook 09 as a Dataset of 2 classes (0 good, 1 defective). */
export function loadDefects(options: CourseDataOptions = {}): Defects {
  const featureNames = ["roughness_um", "temperature_c", "vibration_mm_s"];
  const { file, rows } = readCsv("defects.csv", ["product_id", ...featureNames, "defective"], options);
  const inputs = new Tensor([rows.length, featureNames.length]);
  const labels = new Uint8Array(rows.length);
  rows.forEach((row, r) => {
    featureNames.forEach((name, f) => (inputs.data[r * featureNames.length + f] = number(file, row[f + 1]!, name, r)));
    labels[r] = binary(file, row[featureNames.length + 1]!, "defective", r);
  });
  return { inputs, labels, classes: 2, featureNames, productIds: rows.map((row, r) => text(file, row[0]!, "product_id", r)) };
}

/** The folder data/ at the root of the repository: lib/src/data or lib/dist/data → ../../../data. */
export function courseDataDirectory(): string {
  return join(__dirname, "..", "..", "..", "data");
}

function readCsv(name: keyof typeof COURSE_DATA_SHA256, columns: string[], options: CourseDataOptions): { file: string; rows: string[][] } {
  const file = join(options.directory ?? courseDataDirectory(), name);
  const restore = name === "defects.csv"
    ? t`Restore it with \`git checkout -- data/${name}\` or \`npx ts-node scripts/make-defects.ts\`.`
    : t`Restore it with \`git checkout -- data/${name}\`.`;
  let content: string;
  try {
    content = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataFileError(file, t`the course's ${name}`, code === "ENOENT" ? t`no such file` : t`an error reading it (${code})`,
      t`The data/ folder must sit beside lib/ in the course repository. ${restore}`);
  }
  const sha256 = createHash("sha256").update(content).digest("hex");
  if (options.verify !== false && sha256 !== COURSE_DATA_SHA256[name]) {
    throw new DataFileError(file, `SHA-256 ${COURSE_DATA_SHA256[name]}`, `${sha256}`, t`The file was changed. ${restore}`);
  }
  const lines = content.split("\n").filter((line) => line !== "");
  const header = lines[0] ?? "";
  if (header !== columns.join(",")) {
    throw new DataFileError(file, t`the columns ${columns.join(",")}`, `"${header}"`, restore);
  }
  const rows = lines.slice(1).map((line) => line.split(","));
  const bad = rows.findIndex((row) => row.length !== columns.length);
  if (bad >= 0) throw new DataFileError(file, t`${columns.length} values in every row`, t`${rows[bad]!.length} on line ${bad + 2}`, restore);
  if (rows.length === 0) throw new DataFileError(file, t`at least one row of data`, t`only the header`, restore);
  return { file, rows };
}

function text(file: string, value: string, column: string, r: number): string {
  if (value.trim() === "") throw new DataFileError(file, t`a value for ${column}`, t`an empty cell on line ${r + 2}`, t`Fill it in or restore the file.`);
  return value;
}

function number(file: string, value: string, column: string, r: number): number {
  const x = Number(value);
  if (value.trim() === "" || !Number.isFinite(x)) {
    throw new DataFileError(file, t`a number for ${column}`, t`"${value}" on line ${r + 2}`, t`Fix the cell or restore the file.`);
  }
  return x;
}

function binary(file: string, value: string, column: string, r: number): number {
  if (value !== "0" && value !== "1") {
    throw new DataFileError(file, t`0 or 1 for ${column}`, t`"${value}" on line ${r + 2}`, t`Fix the cell or restore the file.`);
  }
  return Number(value);
}
