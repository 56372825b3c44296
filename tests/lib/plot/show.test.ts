import nodeModule from "module";
import * as path from "path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as ShowModule from "../../../lib/src/plot/show";
import type * as LiveModule from "../../../lib/src/plot/live";
import { lineFigure } from "../../../lib/src/plot/lines";

type Content = { data: Record<string, unknown>; metadata: object; transient: { display_id?: string } };
const cache = (nodeModule as unknown as { _cache: Record<string, unknown> })._cache;
const fakeFile = path.join("/fake", "node_modules", "tslab", "dist", "jupyter.js");
const figure = lineFigure([{ name: "s", x: [0, 1], y: [2, 3] }], { title: "T" });

/** Fresh copies of show.ts and live.ts (their "plotly.js already sent" flag starts false). */
async function load(): Promise<{ show: typeof ShowModule; live: typeof LiveModule }> {
  vi.resetModules();
  return { show: await import("../../../lib/src/plot/show"), live: await import("../../../lib/src/plot/live") };
}

describe("outside a tslab kernel", () => {
  it("show prints the figure's description, and liveLearningCurves one line per epoch", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { show, live } = await load();
    expect(show.tslabWriter()).toBeUndefined();
    show.show(figure);
    const curves = live.liveLearningCurves();
    curves.update({ epoch: 1, trainingCost: 0.5 });
    expect(log.mock.calls.map((c) => c[0])).toEqual(['Figure "T" (x: x, y: y)\n  trace 1: scatter "s", 2 points', "Epoch 1: training cost 0.5000"]);
    expect(curves.history).toEqual([{ epoch: 1, trainingCost: 0.5 }]);
    log.mockRestore();
  });
});

describe("inside a tslab kernel (its jupyter module loaded, with a display writer)", () => {
  let sent: Array<[Content, boolean]>;
  beforeEach(() => {
    sent = [];
    cache[fakeFile] = { exports: { lastWriteDisplayData: (content: Content, update: boolean) => sent.push([content, update]) } };
  });
  afterEach(() => delete cache[fakeFile]);

  it("sends plotly.js once, then each figure as a bundle holding the JSON object, its HTML and its text", async () => {
    const { show } = await load();
    show.show(figure);
    show.show(figure);
    expect(sent.map(([c, update]) => [Object.keys(c.data), update])).toEqual([
      [["text/html", "text/plain"], false],
      [["application/vnd.plotly.v1+json", "text/html", "text/plain"], false],
      [["application/vnd.plotly.v1+json", "text/html", "text/plain"], false],
    ]);
    expect((sent[0]![0].data["text/html"] as string).length).toBeGreaterThan(1_000_000);
    const bundle = sent[1]![0].data;
    expect(bundle["application/vnd.plotly.v1+json"]).toEqual(figure); // an object, not a string
    expect(bundle["text/plain"]).toBe('Figure "T" (x: x, y: y)\n  trace 1: scatter "s", 2 points');
    expect(bundle["text/html"]).toMatch(/^<div id="dlbasics-[0-9a-f]{12}" class="dlbasics-plot"/);
    expect(sent[1]![0].data["text/html"]).not.toBe(sent[2]![0].data["text/html"]); // every plot has its own div id
    expect(sent[1]![0].transient).toEqual({});
  });

  it("turns typed arrays into arrays and non-finite numbers into null (gaps)", async () => {
    const { show } = await load();
    show.show({ data: [{ type: "scatter", x: Float64Array.from([1, 2]) as unknown as number[], y: [NaN, Infinity] }], layout: {} });
    expect(sent[1]![0].data["application/vnd.plotly.v1+json"]).toEqual({ data: [{ type: "scatter", x: [1, 2], y: [null, null] }], layout: {} });
  });

  it("liveLearningCurves shows one display and redraws it in place after every epoch", async () => {
    const { live } = await load();
    const curves = live.liveLearningCurves();
    curves.update({ epoch: 1, trainingCost: 0.5, validationAccuracy: 0.9 });
    curves.update({ epoch: 2, trainingCost: 0.25, validationAccuracy: 0.95 });
    const displays = sent.slice(1);
    expect(displays.map(([, update]) => update)).toEqual([false, true, true]);
    const ids = displays.map(([c]) => c.transient.display_id);
    expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(1);
    expect(displays[0]![0].data["text/plain"]).toBe("Waiting for the first epoch…");
    expect(displays[2]![0].data["text/plain"]).toBe(
      "Epoch 1: training cost 0.5000, validation accuracy 90.00%\nEpoch 2: training cost 0.2500, validation accuracy 95.00%");
    const last = displays[2]![0].data["application/vnd.plotly.v1+json"] as { data: Array<{ name: string; y: number[] }> };
    expect(last.data.map((t) => [t.name, t.y])).toEqual([["training cost", [0.5, 0.25]], ["validation accuracy", [0.9, 0.95]]]);
  });

  it("rejects something that is not a figure, and a record without an epoch (not added to the history)", async () => {
    const { show, live } = await load();
    expect(() => show.show({ data: 1 } as never)).toThrow(
      "show: expected a figure { data: [traces], layout: {…} } such as nn.lineFigure(…) returns, got an object (Object).");
    const curves = live.liveLearningCurves();
    expect(() => curves.update({} as never)).toThrow("learningCurves: expected a number in the epoch field of every record, got undefined in record 0.");
    expect(curves.history).toEqual([]);
    expect(() => show.liveFigure(null as never)).toThrow("liveFigure: expected a figure");
  });
});
