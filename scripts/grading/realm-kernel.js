/**
 * The grader's half inside a kernel (copied into each run folder as grader-realm.js).
 *
 * In the reference run (instructor code only) `record` prints, for every case of an exercise, its
 * arguments as JSON and what the instructor's solution returned on a copy decoded from that JSON.
 * In a submission's run `call` reads those arguments from a file, calls the student's function on a
 * fresh copy of each, and prints what came back. Nothing here is trusted by the grader: it compares
 * the printed results with the reference outside the sandbox, and a submission that rewrites this
 * file, stdout or any global only changes what its own function is reported to have returned.
 */
"use strict";
const vm = require("vm");
const fs = require("fs");
const path = require("path");

// Taken when the file is first loaded, before any student code (the first code cell loads it), so a
// solution that replaces these globals does not change how its own results are written down.
const runInThisContext = vm.runInThisContext;
const { isFinite, isNaN } = Number;
const objectIs = Object.is;
const stringify = JSON.stringify;
const parse = JSON.parse;
const NOT_IMPLEMENTED = "not implemented yet";

function isTensorLike(v) {
  return v !== null && typeof v === "object" && Array.isArray(v.shape) && (ArrayBuffer.isView(v.data) || Array.isArray(v.data));
}

/**
 * A value as JSON: numbers that JSON lacks, undefined, typed arrays, tensors and functions marked. A
 * function travels as its source (a hidden case's arrow must not use the notebook's variables), or,
 * inside a visible case of the library (`visible` = [id, case index]), as its place in that case.
 */
function encode(value, depth = 0, visible, at = []) {
  if (depth > 12) return { $other: "too deep" };
  if (typeof value === "number") return isFinite(value) ? (objectIs(value, -0) ? { $num: "-0" } : value) : { $num: isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity" };
  if (value === undefined) return { $undefined: true };
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "function") return visible ? { $visible: [...visible, ...at] } : { $fn: Function.prototype.toString.call(value) };
  if (Array.isArray(value)) return value.map((v, i) => encode(v, depth + 1, visible, [...at, i]));
  if (ArrayBuffer.isView(value)) return { $typed: value.constructor.name, data: Array.from(value, (v) => encode(v, depth + 1)) };
  if (isTensorLike(value)) return { $tensor: [...value.shape], data: Array.from(value.data, (v) => encode(v, depth + 1)) };
  if (typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value)) out[key] = encode(value[key], depth + 1, visible, [...at, key]);
    return { $object: out };
  }
  return { $other: typeof value };
}

const TYPED = { Float64Array, Float32Array, Int32Array, Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array };

/** The inverse of encode, building tensors with the kernel's own library and functions from their source. */
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== "object") return value;
  if ("$num" in value) return Number(value.$num);
  if ("$undefined" in value) return undefined;
  if ("$fn" in value) return (0, eval)(`(${value.$fn})`);
  if ("$visible" in value) {
    const [id, index, ...at] = value.$visible;
    return at.reduce((v, i) => v[i], require("dlbasics").getExercise(id).cases[index]);
  }
  if ("$typed" in value) return new (TYPED[value.$typed] || Float64Array)(value.data.map(decode));
  if ("$tensor" in value) return new (require("dlbasics").Tensor)(value.$tensor, Float64Array.from(value.data.map(decode)));
  if ("$object" in value) return Object.fromEntries(Object.entries(value.$object).map(([k, v]) => [k, decode(v)]));
  return undefined;
}

/** fn(...args) with a time limit: a synchronous loop is interrupted (vm's timeout), as the checks do. */
function callWithLimit(fn, args, ms) {
  if (typeof fn !== "function") return { kind: "threw", message: `expected a function, got ${typeof fn}` };
  const slot = "__dlbasicsGraderCall";
  globalThis[slot] = () => fn(...args);
  try {
    return { kind: "value", value: encode(runInThisContext(`globalThis.${slot}()`, { timeout: ms, displayErrors: false })) };
  } catch (error) {
    if (error && error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { kind: "timeout" };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
    if (error instanceof Error && String(error.message).trim().toLowerCase() === NOT_IMPLEMENTED) return { kind: "unattempted" };
    return { kind: "threw", message: message.split("\n")[0].slice(0, 500) };
  } finally {
    delete globalThis[slot];
  }
}

function print(tag, record) {
  process.stdout.write(`⟦${tag}⟧${stringify(record)}\n`);
}

/** Reference run: the visible cases of `id` (from the library) and `hiddenCases`, with the instructor's results. */
function record(tag, id, fn, hiddenCases) {
  const exercise = require("dlbasics").getExercise(id);
  const cases = [...exercise.cases.map((a, i) => [`v${i}`, a]), ...hiddenCases.map((a, i) => [`h${i}`, a])];
  for (const [label, args] of cases) {
    const encoded = label.startsWith("v") ? encode(args, 0, [id, Number(label.slice(1))]) : encode(args);
    const outcome = callWithLimit(fn, decode(encoded), exercise.timeLimitMs || 2000);
    print(tag, { id, case: label, args: encoded, outcome });
  }
}

/**
 * Submission run: the visible ("v", cases/<id>.json) or hidden ("h", cases/<id>.hidden.json, put there
 * by the grader only after every visible call) cases of `id`, each on a fresh copy; stops after a
 * timeout or the stub.
 */
function call(tag, id, getFn, ms, which) {
  const cases = parse(fs.readFileSync(path.join(process.cwd(), "cases", `${id}${which === "h" ? ".hidden" : ""}.json`), "utf8"));
  if (cases.length === 0) return;
  let fn;
  try {
    fn = getFn();
  } catch (error) {
    return print(tag, { id, all: true, outcome: { kind: "threw", message: String(error && error.message).slice(0, 500) } });
  }
  let stopped;
  for (const c of cases) {
    let outcome = stopped;
    if (!outcome) {
      try {
        outcome = callWithLimit(fn, decode(c.args), ms);
      } catch (error) {
        outcome = { kind: "threw", message: `the arguments could not be rebuilt: ${error && error.message}` };
      }
    }
    if (outcome.kind === "timeout" || outcome.kind === "unattempted") stopped = outcome;
    print(tag, { id, case: c.case, outcome });
  }
}

module.exports = { encode, decode, record, call };
