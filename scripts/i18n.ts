/**
 * `npm run i18n`: what the Korean catalog (lib/src/i18n/ko/) still needs.
 *
 *   npm run i18n                 lists every message without a Korean translation, as catalog lines to fill in,
 *                                and every translation no message uses any more; exit 1 if there is one
 *   npm run i18n -- lib/src/plot only the messages used under that folder
 */
import path from "path";
import { korean } from "../lib/src/i18n/ko";
import { placeholdersOf } from "../lib/src/i18n/translate";
import { repoRoot } from "./kernel/jupyter";
import { allMessages } from "./i18n/messages";

function main(argv: string[]): number {
  const only = argv[0] ? path.relative(repoRoot, path.resolve(argv[0])) : undefined;
  const { uses, problems } = allMessages();
  const missing = [...uses].filter(([msgid, where]) => korean[msgid] === undefined && (!only || where.some((w) => w.startsWith(only))));
  const unused = only ? [] : Object.keys(korean).filter((msgid) => !uses.has(msgid));
  const placeholders = Object.entries(korean).filter(([msgid, ko]) => placeholdersOf(msgid).join() !== placeholdersOf(ko).join());
  for (const problem of problems) console.log(problem);
  for (const [msgid, where] of missing) console.log(`  // ${where.join(", ")}\n  ${JSON.stringify(msgid)}: "",`);
  for (const msgid of unused) console.log(`unused translation: ${JSON.stringify(msgid)}`);
  for (const [msgid] of placeholders) console.log(`placeholders differ: ${JSON.stringify(msgid)} → ${JSON.stringify(korean[msgid])}`);
  console.log(`${uses.size} messages, ${missing.length} without Korean, ${unused.length} unused, ${placeholders.length} with other placeholders.`);
  return problems.length + missing.length + unused.length + placeholders.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
