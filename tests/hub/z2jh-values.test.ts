/**
 * hub/config.yaml against the z2jh Helm chart 2.0.0's own values schema (tests/fixtures/z2jh-2.0.0), the check
 * `helm install --values hub/config.yaml` makes before it renders anything: the chart's defaults with the
 * course's values merged over them (maps merged key by key, a list or a value replaced, null removes a default),
 * validated as JSON Schema draft-07. A misspelt or misplaced key fails, as the last test shows.
 */
import Ajv from "ajv";
import { readFileSync } from "fs";
import path from "path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../../scripts/kernel/jupyter";

const fixtures = path.join(repoRoot, "tests", "fixtures", "z2jh-2.0.0");
const chartDefaults = parseYaml(readFileSync(path.join(fixtures, "values.yaml"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false })
  .compile(JSON.parse(readFileSync(path.join(fixtures, "values.schema.json"), "utf8")));
const courseValues = parseYaml(readFileSync(path.join(repoRoot, "hub", "config.yaml"), "utf8"));

type Values = Record<string, unknown>;
const isMap = (v: unknown): v is Values => typeof v === "object" && v !== null && !Array.isArray(v);

/** Helm's coalescing of user values over a chart's defaults. */
function helmMerge(defaults: Values, values: Values): Values {
  const merged: Values = { ...defaults };
  for (const [key, value] of Object.entries(values)) {
    if (value === null) delete merged[key];
    else merged[key] = isMap(value) && isMap(defaults[key]) ? helmMerge(defaults[key] as Values, value) : value;
  }
  return merged;
}

function problems(values: Values): string[] {
  return validate(helmMerge(chartDefaults, values)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe("hub/config.yaml against the z2jh chart 2.0.0's values schema", () => {
  it("the chart's own defaults pass (the check works on what Helm ships)", () => {
    expect(problems({})).toEqual([]);
  });

  it("the course's values pass", () => {
    expect(problems(courseValues)).toEqual([]);
  });

  it("a misspelt key fails, saying where", () => {
    const singleuser = courseValues.singleuser as Values;
    const broken = { ...courseValues, singleuser: { ...singleuser, memory: { guarantee: "1G", limmit: "2G" } } };
    expect(problems(broken).join("\n")).toContain("/singleuser/memory must NOT have additional properties");
  });
});
