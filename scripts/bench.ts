/**
 * `npm run bench`: how fast the course library trains MNIST, against TensorFlow.js in the same run (issue 3).
 *
 * For [784, 30, 10] and [784, 100, 10] (sigmoid, quadratic cost, η = 3.0, mini-batches of 10), one epoch
 * over the 50,000 training images with dlbasics, then the same network (same initial weights) trained by
 * TensorFlow.js on its pure-JavaScript CPU backend and, if it loads in Node, its WebAssembly backend.
 * TensorFlow.js is slow, so only its first 500 of the 5,000 mini-batches are timed and the time is
 * multiplied by 10 (after 5 untimed warm-up mini-batches). Prints seconds per epoch, the ratio, the test
 * accuracy after dlbasics' epoch and the peak memory; then the peak memory of a course kernel (issue 16, with
 * its garbage-collector flags, scripts/kernel/jupyter.ts) that ran nothing, only `import * as nn from "dlbasics"`,
 * and each notebook of the course (and the Korean 06), each in a fresh kernel (a last cell prints the kernel's
 * `process.resourceUsage().maxRSS`). The last line is one JSON object.
 *
 *   npm run bench                      one epoch per network, with TensorFlow.js, and the kernels' peak memory
 *   npm run bench -- --no-kernels      without the kernels (they take a few minutes: the whole course runs once)
 *   npm run bench -- --kernels-only    only the kernels' peak memory
 *   npm run bench -- --thirty-epochs   also 30 epochs of [784, 30, 10], scored on the test set after each
 *   npm run bench -- --mnist-only      only the time to load MNIST (wall and CPU)
 *
 * Speed is measured here and never asserted by a test: a test must pass on a busy machine.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import os from "os";
import { dirname, join } from "path";
import { type Dataset, Network, Random, accuracy, loadMnist, shuffledIndices, train } from "../lib/src";
import { isolatedJupyterEnv, repoRoot } from "./kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "./kernel/run-notebook";

const TIMED_BATCHES = 500;
const WARM_UP_BATCHES = 5;
const MINI_BATCH_SIZE = 10;
const LEARNING_RATE = 3.0;
/**
 * Seeds of the initial weights and of the shuffles. With N(0, 1) weights, some seeds start with an
 * output neuron so saturated that its digit is never predicted (seeds 3 and 42 here: about 82 % after
 * one epoch, 86.6 % after 30); seed 1 does not.
 */
const NETWORK_SEED = 1;
const SHUFFLE_SEED = 1;

interface NetworkResult {
  sizes: number[];
  lib_s_per_epoch: number;
  tfjs_s_per_epoch: number | null;
  tfjs_wasm_s_per_epoch: number | null;
  test_accuracy: number;
}

/** Seconds for one epoch of TensorFlow.js on `backend`, from its first TIMED_BATCHES mini-batches. */
async function tfjsSecondsPerEpoch(backend: string, initial: Network, training: Dataset): Promise<number> {
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not load`);
  await tf.ready();
  // x · W + b with examples as rows: TensorFlow.js's W is the transpose of Nielsen's w
  const weights = initial.weights.map((w) => tf.variable(tf.tensor2d(Float32Array.from(w.data), [w.shape[0]!, w.shape[1]!]).transpose()));
  const biases = initial.biases.map((b) => tf.variable(tf.tensor1d(Float32Array.from(b.data))));
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const order = shuffledIndices(training.labels.length, new Random(SHUFFLE_SEED));
  const step = (t: number): void => {
    const rows = order.slice(t * MINI_BATCH_SIZE, (t + 1) * MINI_BATCH_SIZE);
    const pixels = new Float32Array(rows.length * 784);
    const image = new Float64Array(784);
    rows.forEach((row, j) => {
      training.inputs.readInto(row * 784, (row + 1) * 784, image); // MNIST is bytes: read rows, not all of `data`
      pixels.set(image, j * 784);
    });
    tf.tidy(() => {
      const x = tf.tensor2d(pixels, [rows.length, 784]);
      const y = tf.oneHot(tf.tensor1d(rows.map((row) => training.labels[row]!), "int32"), 10);
      // quadratic cost averaged over the mini-batch, C = 1/(2m) Σ ‖y − a‖²: the SGD step is Nielsen's
      optimizer.minimize(() => {
        let a: tf.Tensor = x;
        weights.forEach((w, l) => (a = tf.sigmoid(tf.add(tf.matMul(a, w), biases[l]!))));
        return tf.div(tf.sum(tf.square(tf.sub(a, y))), 2 * rows.length) as tf.Scalar;
      });
    });
  };
  for (let t = 0; t < WARM_UP_BATCHES; t++) step(t);
  await weights[0]!.data();
  const start = performance.now();
  for (let t = WARM_UP_BATCHES; t < WARM_UP_BATCHES + TIMED_BATCHES; t++) step(t);
  await weights[0]!.data();
  const seconds = (performance.now() - start) / 1000;
  [...weights, ...biases].forEach((v) => v.dispose());
  optimizer.dispose();
  return seconds * (training.labels.length / MINI_BATCH_SIZE / TIMED_BATCHES);
}

async function tryTfjs(backend: string, initial: Network, training: Dataset): Promise<number | null> {
  try {
    return await tfjsSecondsPerEpoch(backend, initial, training);
  } catch (error) {
    console.log(`  TensorFlow.js ${backend} backend: not measured (${(error as Error).message})`);
    return null;
  }
}

async function benchNetwork(sizes: number[], mnist: ReturnType<typeof loadMnist>): Promise<NetworkResult> {
  const network = new Network(sizes, { random: new Random(NETWORK_SEED) });
  const initial = new Network(sizes, { random: new Random(NETWORK_SEED) });
  const [record] = train(network, mnist.training, { epochs: 1, miniBatchSize: MINI_BATCH_SIZE, learningRate: LEARNING_RATE, random: new Random(SHUFFLE_SEED) });
  const libSeconds = record!.seconds;
  const testAccuracy = accuracy(network, mnist.test);
  console.log(`[${sizes.join(", ")}]  dlbasics: ${libSeconds.toFixed(2)} s per epoch, test accuracy ${(testAccuracy * 100).toFixed(2)} %`);
  const cpu = await tryTfjs("cpu", initial, mnist.training);
  const wasm = await tryTfjs("wasm", initial, mnist.training);
  for (const [name, seconds] of [["CPU (pure JavaScript)", cpu], ["WebAssembly", wasm]] as const) {
    if (seconds !== null) {
      console.log(`  TensorFlow.js ${name}: ${seconds.toFixed(1)} s per epoch (first ${TIMED_BATCHES} of 5000 mini-batches timed, ×10), dlbasics is ${(seconds / libSeconds).toFixed(1)}× faster`);
    }
  }
  return { sizes, lib_s_per_epoch: round(libSeconds), tfjs_s_per_epoch: cpu && round(cpu), tfjs_wasm_s_per_epoch: wasm && round(wasm), test_accuracy: testAccuracy };
}

/**
 * 30 epochs of [784, 30, 10] as in Nielsen's chapter 1, whose network.py scores the 10,000 test images
 * after every epoch and quotes the best epoch ("95.42 percent at its peak"): printed here with the
 * accuracy after the last epoch, the wall-clock time and the CPU time (the machine may be shared).
 * Run twice: with chapter 1's N(0, 1) initial weights ("standard") and with chapter 3's N(0, 1/n_in)
 * ("scaled", which notebook 06 uses), same seeds.
 */
function thirtyEpochs(mnist: ReturnType<typeof loadMnist>, init: "standard" | "scaled"): void {
  const network = new Network([784, 30, 10], { init, random: new Random(NETWORK_SEED) });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const history = train(network, mnist.training, {
    epochs: 30, miniBatchSize: MINI_BATCH_SIZE, learningRate: LEARNING_RATE, validation: mnist.test, random: new Random(SHUFFLE_SEED), log: true,
  });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const best = history.reduce((a, b) => (b.validationAccuracy! > a.validationAccuracy! ? b : a));
  const percent = (x: number): string => (x * 100).toFixed(2);
  console.log(`30 epochs of [784, 30, 10], init "${init}", test set scored after each: ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s); ` +
    `test accuracy ${percent(history[history.length - 1]!.validationAccuracy!)} % after epoch 30, ${percent(best.validationAccuracy!)} % at its peak (epoch ${best.epoch})`);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The kernels measured: a name and the code cells they run (a notebook's own cells, or a few lines). */
const KERNELS: ReadonlyArray<{ name: string; notebook?: string; cells?: string[] }> = [
  { name: "bare kernel", cells: [] },
  { name: "import only", cells: ['import * as nn from "dlbasics";\nnn.setLanguage("en");'] },
  ...readdirSync(join(repoRoot, "notebooks")).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort()
    .map((notebook) => ({ name: `notebook ${notebook.slice(0, 2)}`, notebook })),
  // the learners' default edition: Korean messages, and the compiler's Korean catalog loaded
  { name: "notebook 06 ko", notebook: "ko/06-training-mnist.ipynb" },
];
const PEAK_CELL = 'console.log("kernel peak RSS " + process.resourceUsage().maxRSS);';

/**
 * The peak resident memory (MB) of a fresh tslab kernel that ran `cells` (or a notebook's cells) and then
 * a cell printing its own maxRSS. The notebook copy is written under .test-output/bench, inside the
 * repository, so that the kernel resolves "dlbasics" through node_modules; it runs in notebooks/.
 */
async function kernelPeak(kernel: (typeof KERNELS)[number], env: NodeJS.ProcessEnv): Promise<number | null> {
  const notebooks = join(repoRoot, "notebooks");
  const notebook = kernel.notebook
    ? JSON.parse(readFileSync(join(notebooks, kernel.notebook), "utf8"))
    : { cells: [], metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } }, nbformat: 4, nbformat_minor: 5 };
  const codeCell = (source: string) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source });
  notebook.cells.push(...(kernel.cells ?? []).map(codeCell), codeCell(PEAK_CELL));
  const folder = join(repoRoot, ".test-output", "bench");
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${kernel.name.replace(/ /g, "-")}.ipynb`);
  writeFileSync(path, JSON.stringify(notebook));
  const run = await runNotebook(path, { env, cwd: notebooks, cellTimeout: 600 });
  const failed = run.cells.find(cellFailed);
  if (failed) {
    console.log(`  ${kernel.name}: not measured (${describeFailure(run, failed)})`);
    return null;
  }
  const text = JSON.stringify(run.cells[run.cells.length - 1]!.outputs);
  const kilobytes = /kernel peak RSS (\d+)/.exec(text);
  return kilobytes ? Math.round(Number(kilobytes[1]) / 1024) : null;
}

/** Peak RSS (MB) of each kernel in KERNELS, one fresh kernel at a time. */
async function kernelPeaks(): Promise<Record<string, number | null>> {
  const env = isolatedJupyterEnv(mkdtempSync(join(os.tmpdir(), "dlbasics-bench-jupyter-")));
  const peaks: Record<string, number | null> = {};
  for (const kernel of KERNELS) {
    try {
      peaks[kernel.name] = await kernelPeak(kernel, env);
    } catch (error) {
      console.log(`  ${kernel.name}: not measured (${(error as Error).message.split("\n")[0]})`);
      peaks[kernel.name] = null;
    }
    const peak = peaks[kernel.name];
    if (peak !== null && peak !== undefined) console.log(`tslab kernel peak memory (RSS), ${kernel.name}: ${peak} MB`);
  }
  return peaks;
}

async function main(): Promise<void> {
  setWasmPaths(join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json")), "dist") + "/");
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const mnist = loadMnist();
  const cpu = process.cpuUsage(cpuStart);
  const load = { mnist_load_s: round((performance.now() - start) / 1000), mnist_load_cpu_s: round((cpu.user + cpu.system) / 1e6) };
  console.log(`MNIST loaded in ${load.mnist_load_s.toFixed(2)} s (CPU ${load.mnist_load_cpu_s.toFixed(2)} s); Node ${process.version}, ${require("os").cpus().length} cores`);
  if (process.argv.includes("--mnist-only")) {
    console.log(JSON.stringify(load));
    return;
  }
  if (process.argv.includes("--kernels-only")) {
    console.log(JSON.stringify({ kernel_peak_rss_mb: await kernelPeaks() }));
    return;
  }
  const networks: NetworkResult[] = [];
  for (const sizes of [[784, 30, 10], [784, 100, 10]]) networks.push(await benchNetwork(sizes, mnist));
  if (process.argv.includes("--thirty-epochs")) {
    thirtyEpochs(mnist, "standard");
    thirtyEpochs(mnist, "scaled");
  }
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`peak memory (RSS) of this benchmark: ${peak} MB`);
  const kernels = process.argv.includes("--no-kernels") ? {} : await kernelPeaks();
  console.log(JSON.stringify({ ...load, networks, peak_rss_mb: peak, kernel_peak_rss_mb: kernels }));
}

void main();
