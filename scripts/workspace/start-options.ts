/**
 * The options of `npm start` (scripts/start.ts). The course's own options are read here; every other
 * option is passed to Jupyter as it is. The folder Jupyter opens is the course's choice, so Jupyter's own
 * folder options are refused with a sentence instead of Jupyter's "notebook_dir only accepts one value".
 */
import path from "path";
import { t } from "../../lib/src/i18n/translate";

/** The course's two editions: Korean (the default, the language of the deck) and English. */
export type Language = "ko" | "en";
export const LANGUAGES: readonly Language[] = ["ko", "en"];

export interface StartOptions {
  /** Open the instructor's sources (notebooks/) instead of the learner's workspace. */
  instructor: boolean;
  /** The edition: --lang ko (default) or --lang en. */
  language: Language;
  /** The learner's workspace: workspace/<language>/ in the course folder unless --workspace says otherwise. */
  workspace: string;
  /** Everything else, for Jupyter. */
  jupyterArgs: string[];
}

/**
 * The edition `argv` asks for, read before anything else so that every line `npm start` prints, its
 * refusals included, is in that language: the value of the last --lang, ko when there is none or it is
 * not a language (its refusal is then in Korean; it names both languages).
 */
export function requestedLanguage(argv: readonly string[]): Language {
  let language: Language = "ko";
  argv.forEach((arg, i) => {
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (LANGUAGES.includes(value as Language)) language = value as Language;
  });
  return language;
}

/**
 * `argv` without its `--lang <ko|en>` and `--lang=<ko|en>` (requestedLanguage has read them), for the instructor's
 * commands (grade, collect, hub), and the refusal of a value that is not a language, if there is one.
 */
export function withoutLanguageOption(argv: readonly string[]): { rest: string[]; problem?: string } {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== "--lang" && !arg.startsWith("--lang=")) {
      rest.push(arg);
      continue;
    }
    const value = arg === "--lang" ? argv[++i] : arg.slice("--lang=".length);
    if (value === undefined) return { rest, problem: t`--lang takes ko (한국어, the default) or en (English), got nothing.` };
    if (!LANGUAGES.includes(value as Language)) return { rest, problem: t`--lang takes ko (한국어, the default) or en (English), got ${value}.` };
  }
  return { rest };
}

const FOLDER_OPTIONS = /^--(notebook-dir|NotebookApp\.notebook_dir|ServerApp\.root_dir|ServerApp\.notebook_dir|ServerApp\.preferred_dir|LabApp\.notebook_dir)(=|$)/;

/**
 * Reads `npm start -- …` arguments; returns { error } with the sentence to print for a bad one, in the
 * language of the library's messages (start.ts sets it to `requestedLanguage(argv)` first).
 */
export function parseStartOptions(argv: readonly string[], courseRoot: string): StartOptions | { error: string } {
  const options: StartOptions = { instructor: false, language: "ko", workspace: "", jupyterArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--instructor") options.instructor = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? argv[++i] : arg.slice("--lang=".length);
      if (value === undefined) return { error: t`npm start: --lang takes ko (한국어, the default) or en (English), got nothing.` };
      if (!LANGUAGES.includes(value as Language)) return { error: t`npm start: --lang takes ko (한국어, the default) or en (English), got ${value}.` };
      options.language = value as Language;
    }
    else if (arg === "--workspace" || arg.startsWith("--workspace=")) {
      const value = arg === "--workspace" ? argv[++i] : arg.slice("--workspace=".length);
      if (!value) return { error: t`npm start: --workspace needs a folder, for example \`npm start -- --workspace=workspace-2\`.` };
      options.workspace = path.resolve(value);
    } else if (FOLDER_OPTIONS.test(arg)) {
      return {
        error: [
          t`npm start: the course chooses the folder Jupyter opens, so ${arg.split("=")[0]} cannot be used here.`,
          "  npm start                       " + t`opens your workspace (workspace/ko/; --lang en: workspace/en/)`,
          "  npm start -- --instructor       " + t`opens the instructor's sources (notebooks/)`,
          "  npm start -- --workspace=<dir>  " + t`opens another workspace inside the course folder`,
        ].join("\n"),
      };
    } else options.jupyterArgs.push(arg);
  }
  options.workspace ||= path.join(courseRoot, "workspace", options.language);
  const relative = path.relative(courseRoot, options.workspace);
  if (relative.startsWith("..") || path.isAbsolute(relative) || relative === "") {
    return {
      error: t`npm start: the workspace must be a folder inside the course folder ${courseRoot} (its notebooks load the course library from there), got ${options.workspace}.`,
    };
  }
  return options;
}
