"""Execute a notebook on a Jupyter kernel with nbclient and report every code cell.

Input (JSON on stdin):
  {"notebook": path, "mode": "stop" | "continue", "cell_timeout": seconds,
   "output_path": path or null, "cwd": folder or null, "kernel_name": "tslab"}
Output: one JSON object on stdout (nothing else is printed there):
  {"notebook", "ok", "seconds", "kernel_died", "cells": [{"index", "first_line", "status",
   "seconds", "stderr", "message", "outputs"}]}

status is "ok", "error" (reply not ok), "timeout", "aborted", "died" (kernel died) or "not-run".
A cell counts as failed by the caller if its status is not "ok" or it wrote to stderr: tslab reports
type errors as text on stderr. In "continue" mode the runner waits out tslab's 200 ms abort window
after a failing cell, interrupts a cell at its time limit and restarts a dead kernel.
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

ABORT_WINDOW_S = 0.5  # tslab aborts requests for 200 ms after an error; wait longer than that


def first_line(source):
    for line in source.splitlines():
        if line.strip():
            return line.strip()[:120]
    return ""


def stderr_of(outputs):
    return "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stderr")


def error_of(outputs, reply):
    for o in outputs:
        if o.get("output_type") == "error":
            return f"{o.get('ename', '')}: {o.get('evalue', '')}".strip(": ")
    content = (reply or {}).get("content", {})
    if content.get("ename") or content.get("evalue"):
        return f"{content.get('ename', '')}: {content.get('evalue', '')}".strip(": ")
    return ""


def status_of(reply, timed_out):
    if timed_out:
        return "timeout"
    if reply is None:
        return "error"
    return {"ok": "ok", "aborted": "aborted"}.get(reply["content"].get("status"), "error")


def run(request):
    path = request["notebook"]
    mode = request.get("mode", "stop")
    default_timeout = request.get("cell_timeout", 60)
    nb = nbformat.read(path, as_version=4)
    cwd = request.get("cwd") or os.path.dirname(os.path.abspath(path))
    replies = {}

    def on_executed(cell, cell_index, execute_reply):
        replies[cell_index] = execute_reply

    def timeout_of(cell):
        return cell.metadata.get("course", {}).get("timeout", default_timeout)

    client = NotebookClient(
        nb,
        kernel_name=request.get("kernel_name", "tslab"),
        timeout_func=timeout_of,
        interrupt_on_timeout=(mode == "continue"),
        error_on_timeout={"ename": "CellTimeout", "evalue": "the cell did not finish within its time limit"},
        allow_errors=True,
        record_timing=False,
        resources={"metadata": {"path": cwd}},
        on_cell_executed=on_executed,
        startup_timeout=120,
    )
    report = {"notebook": path, "ok": True, "kernel_died": False, "cells": []}
    started = time.monotonic()
    stopped = False
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            entry = {"index": index, "first_line": first_line(cell.source), "status": "not-run",
                     "seconds": 0.0, "stderr": "", "message": "", "outputs": []}
            report["cells"].append(entry)
            if stopped or not cell.source.strip():
                entry["status"] = "not-run" if stopped else "ok"
                continue
            t0 = time.monotonic()
            timed_out = False
            try:
                client.execute_cell(cell, index)
            except CellTimeoutError:
                timed_out = True
            except DeadKernelError:
                entry["status"] = "died"
                entry["message"] = "the kernel died while running this cell"
                report["kernel_died"] = True
            entry["seconds"] = round(time.monotonic() - t0, 3)
            reply = replies.get(index)
            if entry["status"] != "died":
                if reply is not None and reply["content"].get("ename") == "CellTimeout":
                    timed_out = True
                entry["status"] = status_of(reply, timed_out)
            entry["outputs"] = cell.get("outputs", [])
            entry["stderr"] = stderr_of(entry["outputs"])
            entry["message"] = entry["message"] or error_of(entry["outputs"], reply) or (
                f"the cell did not finish within {timeout_of(cell)} s" if timed_out else entry["stderr"].strip())
            failed = entry["status"] != "ok" or entry["stderr"]
            if failed:
                report["ok"] = False
                if mode == "stop":
                    stopped = True
                elif entry["status"] == "died":
                    client.km.restart_kernel(now=True)
                    client.kc.wait_for_ready(timeout=120)
                else:
                    time.sleep(ABORT_WINDOW_S)
    report["seconds"] = round(time.monotonic() - started, 3)
    output_path = request.get("output_path")
    if output_path:
        os.makedirs(os.path.dirname(os.path.abspath(output_path)), exist_ok=True)
        nbformat.write(nb, output_path)
    return report


if __name__ == "__main__":
    result = run(json.load(sys.stdin))
    sys.stdout.write(json.dumps(result) + "\n")
