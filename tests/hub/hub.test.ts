/**
 * The classroom hub (hub/jupyterhub_config.py, hub/README.md), end to end on this machine: Debian's JupyterHub
 * 3.x on 127.0.0.1 with the course's configuration (loaded as it is, then a test authenticator with one password,
 * free ports, a temporary database and an admin service token), two local Linux users created here, each logging
 * in through the hub's REST API (a token for username + password) and starting their server (one in Korean, one
 * in English); notebook 02 of each learner's workspace runs on their server's TypeScript kernel through the hub's
 * proxy (one learner with every answer, one with none) and is saved; the workspaces belong to their learners and
 * the course files stay read-only; then `npm run collect -- --notebook 02 … --grade` writes a gradebook with both.
 * Everything started is stopped, and the users are deleted, in afterAll.
 *
 * Needs root (to create the users and run LocalProcessSpawner) and `jupyterhub` (.ci/run installs it).
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import path from "path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, which } from "../../scripts/kernel/jupyter";
import { testOutputDir } from "../helpers/notebooks";
import { freePort, waitForServer } from "../helpers/server";

const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");
const isRoot = process.getuid?.() === 0;
const hasHub = Boolean(which("jupyterhub"));
const password = `pw-${process.pid}-${Date.now()}`;
const adminToken = `admin${process.pid}${Date.now()}abcdef0123456789`;
/** Two learners; Linux names ≤ 32 characters. */
const learners = [{ name: `dlbhub${process.pid}a`, lang: "ko" }, { name: `dlbhub${process.pid}b`, lang: "en" }];

let hub: ChildProcess | undefined;
let hubLog = "";
let base = "";
let tmp = "";
let workspaces = "";
const createdUsers: string[] = [];

async function api(method: string, route: string, token: string | undefined, body?: unknown): Promise<Response> {
  return fetch(`${base}/hub/api${route}`, {
    method,
    headers: { ...(token ? { Authorization: `token ${token}` } : {}), "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function sourceAnswers(): Record<string, string> {
  const source = JSON.parse(readFileSync(path.join(repoRoot, "notebooks", "02-perceptron.ipynb"), "utf8"));
  const answers: Record<string, string> = {};
  for (const cell of source.cells) {
    const nbgrader = cell.metadata?.nbgrader;
    if (cell.cell_type === "code" && nbgrader?.solution) answers[nbgrader.grade_id] = [cell.source].flat().join("");
  }
  return answers;
}

/** The ids of the running processes of a user (from /proc: no procps needed). */
function processesOf(uid: number): number[] {
  return readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      return statSync(`/proc/${p}`).uid === uid;
    } catch {
      return false; // ended meanwhile
    }
  }).map(Number);
}

function run(command: string, args: string[], options: { timeout?: number } = {}) {
  return spawnSync(command, args, { encoding: "utf8", cwd: repoRoot, timeout: options.timeout ?? 60_000 });
}

describe.skipIf(!isRoot || !hasHub)("a classroom JupyterHub with the course (root, Debian's jupyterhub)", () => {
  beforeAll(async () => {
    mkdirSync(testOutputDir, { recursive: true });
    chmodSync(testOutputDir, 0o755);
    tmp = mkdtempSync(path.join(testOutputDir, "hub-"));
    chmodSync(tmp, 0o755); // the learners traverse it to their workspaces and read the kernelspec
    workspaces = path.join(tmp, "workspace-users");
    const prefix = path.join(tmp, "prefix");
    const setup = run(process.execPath, [tsNode, "--transpile-only", "scripts/hub/hub.ts", "setup", "--prefix", prefix, "--root", workspaces]);
    expect(setup.status, setup.stderr).toBe(0);
    for (const { name } of learners) {
      const added = run("useradd", ["--create-home", "--shell", "/usr/sbin/nologin", name]);
      expect(added.status, added.stderr).toBe(0);
      createdUsers.push(name);
    }
    const [port, hubPort, proxyApiPort] = [await freePort(), await freePort(), await freePort()];
    base = `http://127.0.0.1:${port}`;
    const config = path.join(tmp, "jupyterhub_test_config.py");
    writeFileSync(config, [
      `load_subconfig(${JSON.stringify(path.join(repoRoot, "hub", "jupyterhub_config.py"))})`,
      `c.JupyterHub.authenticator_class = "dummy"`,
      `c.DummyAuthenticator.password = ${JSON.stringify(password)}`,
      `c.JupyterHub.ip = "127.0.0.1"`,
      `c.JupyterHub.port = ${port}`,
      `c.JupyterHub.hub_ip = "127.0.0.1"`,
      `c.JupyterHub.hub_port = ${hubPort}`,
      `c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:${proxyApiPort}"`,
      `c.ConfigurableHTTPProxy.pid_file = ${JSON.stringify(path.join(tmp, "proxy.pid"))}`,
      `c.JupyterHub.pid_file = ${JSON.stringify(path.join(tmp, "hub.pid"))}`,
      `c.JupyterHub.db_url = ${JSON.stringify(`sqlite:///${path.join(tmp, "hub.sqlite")}`)}`,
      `c.JupyterHub.cookie_secret_file = ${JSON.stringify(path.join(tmp, "cookie_secret"))}`,
      `c.JupyterHub.services = [{"name": "course-test", "api_token": ${JSON.stringify(adminToken)}}]`,
      `c.JupyterHub.load_roles = [{"name": "course-test", "scopes": ["admin:users", "admin:servers", "access:servers"], "services": ["course-test"]}]`,
      // the kernelspec written by `npm run hub -- setup --prefix`, instead of the system-wide one
      `c.Spawner.environment = {"JUPYTER_PATH": ${JSON.stringify(path.join(prefix, "share", "jupyter"))}}`,
      "",
    ].join("\n"));
    const env: NodeJS.ProcessEnv = { ...process.env, DLBASICS_HUB_WORKSPACES: workspaces };
    for (const key of Object.keys(env)) if (key.startsWith("JUPYTER")) delete env[key];
    hub = spawn("jupyterhub", ["-f", config], { cwd: tmp, env, stdio: ["ignore", "pipe", "pipe"] });
    hub.stdout!.on("data", (d) => (hubLog += d));
    hub.stderr!.on("data", (d) => (hubLog += d));
    await waitForServer(`${base}/hub/api/`, () => {
      if (hub!.exitCode !== null) throw new Error(`jupyterhub exited:\n${hubLog}`);
    });
  });

  afterAll(async () => {
    if (hub && hub.exitCode === null) {
      for (const { name } of learners) await api("DELETE", `/users/${name}/server`, adminToken).catch(() => undefined);
      const exited = new Promise((resolve) => hub!.once("exit", resolve));
      hub.kill("SIGTERM"); // JupyterHub stops every server it spawned (cleanup_servers) and the proxy
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      if (hub.exitCode === null && hub.signalCode === null) hub.kill("SIGKILL");
    }
    const proxyPid = tmp && existsSync(path.join(tmp, "proxy.pid")) ? Number(readFileSync(path.join(tmp, "proxy.pid"), "utf8")) : 0;
    if (proxyPid > 0) {
      try {
        process.kill(proxyPid, "SIGTERM");
      } catch {
        // already stopped with the hub
      }
    }
    for (const name of createdUsers) {
      const uid = Number(run("id", ["-u", name]).stdout);
      expect(processesOf(uid), `processes of ${name} left running`).toEqual([]);
      run("userdel", ["--remove", name]);
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("logs two learners in through the REST API, runs notebook 02 on each server through the proxy, and grades both", async () => {
    const t0 = Date.now();
    // The instructor (an admin service token) adds the learners to the hub.
    const created = await api("POST", "/users", adminToken, { usernames: learners.map((l) => l.name) });
    expect(created.status, await created.text()).toBe(201);
    // Each learner logs in: a token for username + password, then starts their server in their language.
    const tokens: Record<string, string> = {};
    for (const { name } of learners) {
      expect((await api("POST", `/users/${name}/tokens`, undefined, { auth: { username: name, password: "wrong" } })).status).toBe(403);
      const login = await api("POST", `/users/${name}/tokens`, undefined, { auth: { username: name, password } });
      expect(login.status, await login.clone().text()).toBe(201);
      tokens[name] = (await login.json()).token;
    }
    await Promise.all(learners.map(async ({ name, lang }) => {
      const started = await api("POST", `/users/${name}/server`, tokens[name], { lang });
      expect([201, 202], await started.clone().text()).toContain(started.status);
      for (let i = 0; i < 240; i++) {
        const user = await (await api("GET", `/users/${name}`, tokens[name])).json();
        if (user.servers?.[""]?.ready) return;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`the server of ${name} did not start:\n${hubLog}`);
    }));
    console.log(`hub: two servers ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // Each learner's workspace: theirs alone, in their language, inside the checkout.
    for (const { name, lang } of learners) {
      const uid = Number(run("id", ["-u", name]).stdout);
      const home = path.join(workspaces, name);
      expect(statSync(home).uid).toBe(uid);
      expect(statSync(home).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(home, lang, "02-perceptron.ipynb")).uid).toBe(uid);
      const other = learners.find((l) => l.name !== name)!.name;
      expect(run("runuser", ["-u", name, "--", "ls", path.join(workspaces, other)]).status).not.toBe(0);
      expect(run("runuser", ["-u", name, "--", "touch", path.join(repoRoot, "notebooks", "02-perceptron.ipynb")]).status).not.toBe(0);
    }

    // Notebook 02 on each learner's kernel, through the proxy: every answer for the first, none for the second.
    const answersFile = path.join(tmp, "answers.json");
    writeFileSync(answersFile, JSON.stringify(sourceAnswers()));
    const emptyFile = path.join(tmp, "none.json");
    writeFileSync(emptyFile, "{}");
    const runs = await Promise.all(learners.map(({ name }, i) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn("/usr/bin/python3", [path.join(repoRoot, "tests", "hub", "run_via_hub.py"), `${base}/user/${name}`, tokens[name]!, "02-perceptron.ipynb", i === 0 ? answersFile : emptyFile]);
      let stdout = "", stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("exit", (status) => resolve({ status, stdout, stderr }));
    })));
    const reports = runs.map((r) => {
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { cells: { grade_id: string | null; status: string; text: string }[] };
    });
    const code = JSON.parse(readFileSync(path.join(workspaces, learners[0]!.name, "ko", "02-perceptron.ipynb"), "utf8")).cells.filter((c: { cell_type: string }) => c.cell_type === "code");
    expect(reports[0]!.cells.length).toBe(code.length);
    const all = (i: number) => reports[i]!.cells.map((c) => c.text).join("\n");
    // Korean feedback for the first (every answer), English for the second (none).
    expect(all(0)).toContain("보이는 검사");
    expect(all(0)).not.toMatch(/not implemented|구현되지/);
    expect(all(1)).toMatch(/not attempted/i);
    for (const i of [0, 1]) expect(all(i)).not.toMatch(/Traceback|\/work\/|node_modules/);
    // Saved with outputs, by the server, into the learner's own files.
    expect(code.some((c: { outputs: unknown[] }) => c.outputs.length > 0)).toBe(true);
    console.log(`hub: notebook 02 run on both kernels after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The instructor collects notebook 02 of every learner into a class folder and grades it, in one command.
    const classDir = path.join(tmp, "class-02");
    const gradesDir = path.join(tmp, "grades-02");
    const collected = run(process.execPath, [tsNode, "scripts/collect.ts", "--notebook", "02", "--from", workspaces, "--out", classDir, "--lang", "en", "--grade", "--out", gradesDir, "--parallel", "2"], { timeout: 240_000 });
    expect(collected.status, collected.stdout + collected.stderr).toBe(0);
    expect(collected.stdout).toContain("2 learner(s)");
    const rows = readFileSync(path.join(gradesDir, "gradebook.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
    const points = (student: string) => rows.filter((r) => r[0] === student).reduce((s, r) => s + Number(r[3]), 0);
    const max = (student: string) => rows.filter((r) => r[0] === student).reduce((s, r) => s + Number(r[4]), 0);
    expect(max(learners[0]!.name)).toBeGreaterThan(0);
    expect(points(learners[0]!.name)).toBe(max(learners[0]!.name));
    expect(points(learners[1]!.name)).toBe(0);
    expect(rows.filter((r) => r[0] === learners[1]!.name).every((r) => r[5] === "unattempted")).toBe(true);
    console.log(`hub: collected and graded after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 300_000);
});

describe("hub/config.yaml for the z2jh Helm chart", () => {
  it("is YAML with the single-user image, limits and guarantees, culling and storage", () => {
    const config = parseYaml(readFileSync(path.join(repoRoot, "hub", "config.yaml"), "utf8"));
    expect(config.singleuser.image.name).toBeTruthy();
    expect(config.singleuser.memory.limit).toBeTruthy();
    expect(config.singleuser.memory.guarantee).toBeTruthy();
    expect(config.singleuser.cpu.limit).toBeGreaterThan(0);
    expect(config.singleuser.storage.capacity).toBeTruthy();
    expect(config.cull.enabled).toBe(true);
    const dockerfile = readFileSync(path.join(repoRoot, "hub", "Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/^FROM node:20-bookworm/m); // Debian 12 with Node.js 20
    expect(dockerfile).toContain("npm run hub -- setup");
    expect(config.singleuser.cmd).toBe("start-singleuser.sh");
    expect(dockerfile).toContain("hub/start-singleuser.sh");
  });
});
