import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { reluActivation } from "../../lib/src/activations";
import { Network, feedforward } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { type NetworkJSON, loadNetwork, networkFromJSON, networkToJSON, saveNetwork } from "../../lib/src/serialize";
import { Tensor } from "../../lib/src/tensor";

const network = new Network([4, 3, 2], { activation: reluActivation, init: "scaled", random: new Random(1) });
const json = (): NetworkJSON => JSON.parse(JSON.stringify(networkToJSON(network))) as NetworkJSON;
const directory = mkdtempSync(join(tmpdir(), "dlbasics-serialize-"));

describe("networkToJSON and networkFromJSON", () => {
  it("round-trip every weight, bias, size and the activation exactly", () => {
    const copy = networkFromJSON(json());
    expect(copy.sizes).toEqual([4, 3, 2]);
    expect(copy.activation).toBe(reluActivation);
    expect(copy.init).toBe("scaled");
    copy.weights.forEach((w, l) => expect(w.data).toEqual(network.weights[l]!.data));
    copy.biases.forEach((b, l) => expect(b.data).toEqual(network.biases[l]!.data));
    const x = new Tensor([4, 1], Float64Array.from([0.1, 0.2, 0, 0.9]));
    expect(feedforward(copy, x).data).toEqual(feedforward(network, x).data);
    expect(networkFromJSON(JSON.stringify(json())).sizes).toEqual([4, 3, 2]);
  });

  it("names the layer and shapes of anything that does not fit", () => {
    const cases: [(j: NetworkJSON) => unknown, string][] = [
      [() => 5, "networkFromJSON: expected an object with format \"dlbasics-network\" (from networkToJSON), got 5."],
      [(j) => ({ ...j, sizes: [4] }), "networkFromJSON: expected sizes: at least two whole numbers ≥ 1 such as [784, 30, 10], got an array of length 1."],
      [(j) => ({ ...j, activation: "tanh" }), 'networkFromJSON: expected activation "sigmoid" or "relu", got "tanh" (a string).'],
      [(j) => ({ ...j, weights: j.weights.slice(1) }),
        "networkFromJSON: expected 2 weight matrices and 2 bias columns for sizes [4, 3, 2], got an array of length 1 of weights and an array of length 2 of biases."],
      [(j) => ({ ...j, weights: [j.weights[0], j.weights[0]] }),
        "networkFromJSON: layer 2 w must have shape [2, 3], got layer 2 w [3, 4]. The file does not match its sizes."],
      [(j) => ({ ...j, biases: [j.biases[0], "b"] }), "networkFromJSON: layer 2 b must have shape [2, 1], got layer 2 b []. The file does not match its sizes."],
      [(j) => { j.weights[1]![1]![2] = null as unknown as number; return j; }, "networkFromJSON: expected finite numbers in layer 2 w, got null at [1, 2]."],
    ];
    for (const [corrupt, message] of cases) expect(() => networkFromJSON(corrupt(json()))).toThrow(message);
  });

  it("refuses a file format version it does not know, an unknown init and text that is not JSON", () => {
    expect(() => networkFromJSON({ ...json(), version: 99 })).toThrow(
      "networkFromJSON: expected format version 1, got version 99. The file comes from another version of the course library: train and save the network again with this one.");
    expect(() => networkFromJSON({ ...json(), init: "banana" })).toThrow('networkFromJSON: expected init "standard" or "scaled", got "banana" (a string).');
    const { init: _init, ...withoutInit } = json();
    expect(networkFromJSON(withoutInit).init).toBe("standard"); // a file without init: Nielsen's standard initialisation
    expect(() => networkFromJSON("sizes: [4, 3, 2]")).toThrow(
      'networkFromJSON: expected JSON text of a network (JSON.stringify(networkToJSON(network))), got text that is not JSON, "sizes: [4, 3, 2]" (a string) (');
    expect(() => networkFromJSON("sizes: [4, 3, 2]")).toThrow(/\(a string\) \(.*JSON.*\)\. Pass the file's whole text, or use loadNetwork\(path\)\.$/);
  });
});

describe("saveNetwork and loadNetwork", () => {
  it("write and read back the same network", () => {
    const path = join(directory, "network.json");
    saveNetwork(network, path);
    expect(loadNetwork(path).weights[1]!.data).toEqual(network.weights[1]!.data);
  });

  it("throw a DataFileError naming a missing or damaged file", () => {
    const missing = join(directory, "missing.json");
    expect(() => loadNetwork(missing)).toThrow(
      `${missing}: expected a network saved by saveNetwork, found no such file. Check the path, or train and save the network again.`);
    const truncated = join(directory, "truncated.json");
    writeFileSync(truncated, JSON.stringify(networkToJSON(network)).slice(0, 50));
    expect(() => loadNetwork(truncated)).toThrow(`${truncated}: expected a network saved by saveNetwork, found invalid JSON (`);
    const wrong = join(directory, "wrong.json");
    writeFileSync(wrong, JSON.stringify({ ...json(), sizes: [4, 3, 3] }));
    expect(() => loadNetwork(wrong)).toThrow(
      `${wrong}: expected a network saved by saveNetwork, found "networkFromJSON: layer 2 w must have shape [3, 3], got layer 2 w [2, 3]. The file does not match its sizes.". The file is damaged or from another version of the library: train and save the network again.`);
    expect(() => loadNetwork(directory)).toThrow(`${directory}: expected a network saved by saveNetwork, found EISDIR`);
    const future = join(directory, "future.json");
    writeFileSync(future, JSON.stringify({ ...json(), version: 99 }));
    expect(() => loadNetwork(future)).toThrow(
      `${future}: expected a network saved by saveNetwork, found "networkFromJSON: expected format version 1, got version 99. ` +
        `The file comes from another version of the course library: train and save the network again with this one.". ` +
        "The file is damaged or from another version of the library: train and save the network again.");
    const banana = join(directory, "banana.json");
    writeFileSync(banana, JSON.stringify({ ...json(), init: "banana" }));
    expect(() => loadNetwork(banana)).toThrow(`${banana}: expected a network saved by saveNetwork, found "networkFromJSON: expected init "standard" or "scaled", got "banana" (a string).".`);
  });

  it("saveNetwork into a folder that does not exist, or onto a folder, says what to do instead of ENOENT", () => {
    const missing = join(directory, "models", "network.json");
    expect(() => saveNetwork(network, missing)).toThrow(
      `saveNetwork: expected a path in an existing folder, got "${missing}", whose folder "${join(directory, "models")}" does not exist. ` +
        `Create the folder first: fs.mkdirSync("${join(directory, "models")}", { recursive: true }).`);
    expect(() => saveNetwork(network, directory)).toThrow(
      `saveNetwork: expected a file path that can be written, got "${directory}" (EISDIR). That is a folder: add a file name such as network.json.`);
  });

  it("networkToJSON rejects what is not a network", () => {
    expect(() => networkToJSON({} as Network)).toThrow("networkToJSON: expected a Network, got an object (Object).");
  });
});
