/**
 * Students' names and files: a collision-free readable key per student, spreadsheet-safe CSV, and the
 * rule that picks one notebook when a student's folder holds several.
 */
import { createHash } from "crypto";
import { lstatSync, readdirSync, statSync } from "fs";
import path from "path";
import { inLanguage, type Language } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";

/** A browser's second download (`02-perceptron (1).ipynb`) or an editor's copy (`-copy`, ` copy 2`). */
const COPY_SUFFIX = /(?:\s*\(\d+\)|[-_ ]copy(?:[-_ ]?\d+)?)$/i;

/** The notebook name without a copy suffix: `02-perceptron (1).ipynb` → `02-perceptron.ipynb`. */
export function withoutCopySuffix(file: string): string {
  return file.replace(/\.ipynb$/i, "").replace(COPY_SUFFIX, "") + ".ipynb";
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 6);

/** What may stay in a file name on any system: not / \ : * ? " < > | or control characters, no leading dot. */
function fileSafe(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_").replace(/^\./, "_").slice(0, 120) || "_";
}

/**
 * A key per student for their feedback file: the name itself (NFC; Hangul and spaces kept) where it is
 * a safe file name and unique ignoring case; otherwise the safe name and `~` with 6 hex digits of the
 * exact name, so `kim lee` and `kim_lee` stay apart and no two students ever share a file.
 */
export function studentKeys(names: string[]): Map<string, string> {
  const safe = names.map((n) => fileSafe(n.normalize("NFC")));
  const count = new Map<string, number>();
  for (const s of safe) count.set(s.toLowerCase(), (count.get(s.toLowerCase()) ?? 0) + 1);
  return new Map(names.map((n, i) => {
    const s = safe[i]!;
    const clean = s === n && count.get(s.toLowerCase()) === 1;
    return [n, clean ? s : `${s}~${hash(n)}`];
  }));
}

/** A CSV field a spreadsheet shows as text: a leading = + - @ or tab/CR gets a ' (OWASP), and quoting. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface Submission {
  /** The student's name as the class folder spells it (NFC). */
  student: string;
  /** The notebook to grade, when there is one that may be read. */
  file?: string;
  /** Why nothing can be graded (the exercises are then `unreadable`). */
  problem?: string;
  /** Lines for the feedback: which notebook was chosen and why (in `language`). */
  notes: string[];
  /** The language of the student's feedback: their notebook's edition (`languageOf`). */
  language: Language;
}

/** Every .ipynb under a student's folder: no hidden folders or checkpoints, no symbolic links. */
function notebooksIn(dir: string, links: string[]): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) {
      if (name.endsWith(".ipynb")) links.push(path.relative(dir, full));
      return [];
    }
    if (stat.isDirectory()) return name.startsWith(".") || name === "node_modules" ? [] : notebooksIn(full, links);
    return name.endsWith(".ipynb") ? [full] : [];
  });
}

/**
 * The class folder: `<folder>/<student>.ipynb`, or `<folder>/<student>/…/*.ipynb` (nbgrader's layout).
 * Rules (README): a symbolic link is never read; in a folder with several notebooks, those named like
 * the source (also with a copy suffix such as ` (1)`) are preferred, then the one with the most
 * solution cells changed from the stub (`attempted(file)`), then the most recently modified.
 * `languageOf(file)` gives the language of a student's notes and feedback: the edition of the notebook
 * graded, or `languageOf(undefined)` when there is none (default: English).
 */
export function findSubmissions(folder: string, sourceName: string, attempted: (file: string) => number,
  languageOf: (file: string | undefined) => Language = () => "en"): Submission[] {
  const found: Submission[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(folder, name);
    const stat = lstatSync(full);
    const student = (stat.isDirectory() ? name : name.replace(/\.ipynb$/i, "")).normalize("NFC");
    if (stat.isSymbolicLink()) {
      if (name.endsWith(".ipynb") || statSafe(full)?.isDirectory()) {
        const language = languageOf(undefined);
        found.push({ student, problem: inLanguage(language, () => t`the submission is a symbolic link, which the grader never follows`), notes: [], language });
      }
      continue;
    }
    if (stat.isFile()) {
      if (name.toLowerCase().endsWith(".ipynb")) found.push({ student, file: full, notes: [], language: languageOf(full) });
      continue;
    }
    if (!stat.isDirectory()) continue;
    const links: string[] = [];
    const files = notebooksIn(full, links);
    const chosen = files.length ? choose(files, full, sourceName, attempted) : undefined;
    const language = languageOf(chosen?.file);
    found.push(inLanguage(language, (): Submission => {
      const notes = links.map((l) => t`${l} is a symbolic link; the grader never follows one.`);
      if (!chosen) return { student, problem: links.length ? t`no notebook in the folder (only symbolic links)` : t`no notebook in the folder`, notes, language };
      return { student, file: chosen.file, notes: [...notes, ...chosen.notes()], language };
    }));
  }
  return found;
}

function statSafe(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** The notebook to grade among `files`, and the notes saying why (made when called: in the student's language). */
function choose(files: string[], dir: string, sourceName: string, attempted: (file: string) => number): { file: string; notes: () => string[] } {
  if (files.length === 1) {
    const only = files[0]!;
    const renamed = path.basename(only) !== sourceName;
    return { file: only, notes: () => (renamed ? [t`Graded ${path.relative(dir, only)} as ${sourceName}.`] : []) };
  }
  const named = files.filter((f) => withoutCopySuffix(path.basename(f)) === sourceName);
  const pool = named.length ? named : files;
  const scored = pool.map((f) => ({ f, n: attempted(f), t: statSafe(f)?.mtimeMs ?? 0 }));
  scored.sort((a, b) => b.n - a.n || b.t - a.t || a.f.localeCompare(b.f));
  const chosen = scored[0]!.f;
  const list = files.map((f) => path.relative(dir, f)).join(", ");
  const taken = path.relative(dir, chosen);
  return {
    file: chosen,
    notes: () => [named.length
      ? t`Your folder holds ${files.length} notebooks (${list}); the grader took ${taken}: named like ${sourceName}, with the most exercises attempted, then the newest (README: several notebooks).`
      : t`Your folder holds ${files.length} notebooks (${list}); the grader took ${taken}: with the most exercises attempted, then the newest (README: several notebooks).`],
  };
}
