/**
 * Plain tslab for the grader's sandbox, with the TypeScript compiler's messages in the submission's language
 * (as the course kernel gives them to the learner: lib/src/kernel/compiler-language.ts), so that a Korean
 * submission's feedback quotes "'string' 형식은 'number' 형식에 할당할 수 없습니다." in a Korean sentence.
 *
 *   node tslab-kernel.js <tslab's bin/tslab> kernel --config-path <file>      (DLBASICS_COMPILER_LANGUAGE=ko)
 */
"use strict";
const path = require("path");

const tslab = process.argv[2];
process.argv.splice(1, 2, tslab); // tslab reads its command line as if it had been started itself
const language = process.env.DLBASICS_COMPILER_LANGUAGE;
if (language && language !== "en") {
  // the compiler tslab loads: the same module, so the catalog set here is the one its messages use
  const ts = require(require.resolve("@tslab/typescript-for-tslab", { paths: [path.dirname(tslab)] }));
  ts.validateLocaleAndSetLanguage(language, ts.sys);
}
require(tslab);
