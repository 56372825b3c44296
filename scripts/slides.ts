/**
 * `npm run slides`: reveal.js decks of the executed notebooks, for presenting (see scripts/slides/).
 *
 *   npm run slides                          every notebook, both editions → slides/
 *   npm run slides -- 02 08                 notebooks whose name starts with 02 or 08 (both editions)
 *   npm run slides -- --lang ko 02          the Korean edition only (notebooks/ko/)
 *   npm run slides -- notebooks/ko/02-perceptron.ipynb
 *   npm run slides -- --core                the core path only → slides/core/
 *   --out <dir>        another output folder
 *   --executed <dir>   where the executed copies are (default .test-output/executed/, as `npm test`
 *                      and `npm run notebook` write them)
 *   --execute          run every notebook again; --no-execute: never run one, fail if a copy is stale
 *
 * A notebook whose executed copy is missing, or whose code changed since, is run on the tslab kernel
 * first (one at a time, as `npm run notebook` does). Open slides/index.html, or a deck, from disk.
 */
import { existsSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import type { Language } from "../lib/src/i18n/language";
import { isolatedJupyterEnv, repoRoot } from "./kernel/jupyter";
import { listNotebooks } from "./kernel/notebook-files";
import { copyAssets } from "./slides/assets";
import { defaultExecutedDir, defaultOutDir, executeNotebook, executedCopy, writeDecks, writeIndex } from "./slides/build";

interface Options {
  core: boolean;
  languages: Language[];
  outDir: string;
  executedDir: string;
  execute: "auto" | "always" | "never";
  names: string[];
}

const USAGE = "usage: npm run slides -- [--core] [--lang ko|en] [--out <dir>] [--executed <dir>] [--execute | --no-execute] [notebook or name prefix …]";

export function parseArgs(argv: string[]): Options {
  const options: Options = { core: false, languages: ["en", "ko"], outDir: defaultOutDir, executedDir: defaultExecutedDir, execute: "auto", names: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === "--core") options.core = true;
    else if (arg === "--execute") options.execute = "always";
    else if (arg === "--no-execute") options.execute = "never";
    else if (arg === "--out") options.outDir = path.resolve(value());
    else if (arg === "--executed") options.executedDir = path.resolve(value());
    else if (arg === "--lang") {
      const lang = value();
      if (lang !== "en" && lang !== "ko") throw new Error(`--lang is "ko" or "en", got "${lang}"`);
      options.languages = [lang];
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else options.names.push(arg);
  }
  return options;
}

/** The notebooks named (files, or name prefixes in the chosen editions), or every course notebook. */
export function chooseNotebooks(options: Pick<Options, "languages" | "names">): string[] {
  const editions: Record<Language, string[]> = {
    en: listNotebooks(path.join(repoRoot, "notebooks")).filter((f) => path.dirname(f) === path.join(repoRoot, "notebooks")),
    ko: existsSync(path.join(repoRoot, "notebooks", "ko")) ? listNotebooks(path.join(repoRoot, "notebooks", "ko")) : [],
  };
  const pool = options.languages.flatMap((lang) => editions[lang]);
  if (options.names.length === 0) return pool;
  return options.names.flatMap((name) => {
    if (name.endsWith(".ipynb")) {
      if (!existsSync(name)) throw new Error(`${name}: no such notebook`);
      return [path.resolve(name)];
    }
    const found = pool.filter((f) => path.basename(f).startsWith(name));
    if (found.length === 0) throw new Error(`no notebook's name starts with "${name}" (in ${options.languages.join(" and ")})`);
    return found;
  });
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const notebooks = chooseNotebooks(options);
  copyAssets(options.outDir);
  let env: NodeJS.ProcessEnv | undefined;
  for (const source of notebooks) {
    const shown = path.relative(process.cwd(), source);
    const copy = options.execute === "always" ? { stale: "--execute" } : executedCopy(source, options.executedDir);
    let nb;
    if ("notebook" in copy) nb = copy.notebook;
    else if (options.execute === "never") throw new Error(`${shown}: ${copy.stale} (run without --no-execute, or \`npm run notebook -- ${shown}\`)`);
    else {
      console.log(`${shown}: executing on the tslab kernel (${copy.stale}) …`);
      env ??= isolatedJupyterEnv(mkdtempSync(path.join(os.tmpdir(), "dlbasics-jupyter-")));
      nb = await executeNotebook(source, env, options.executedDir);
    }
    for (const deck of writeDecks(source, nb, options.outDir, options.core)) {
      console.log(`${shown} → ${path.relative(process.cwd(), deck.file)} (${deck.kind} deck, ${deck.slides} slides)`);
    }
  }
  console.log(`Open ${path.relative(process.cwd(), writeIndex(options.outDir))} in a browser (from disk; no internet needed).`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`slides: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
