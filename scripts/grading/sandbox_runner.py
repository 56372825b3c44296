"""Runs one grading notebook on the tslab kernel, inside the submission's sandbox, and streams a report.

Everything here runs beside the student's code and is untrusted by the grader: it only reports what
the kernel printed. The grader outside the sandbox decides every point, enforces the time limits and
kills the sandbox when a cell overruns (an interrupt cannot stop a kernel that ignores SIGINT or is
stopped).

Input: one line of JSON on stdin, {"notebook": path, "kernel_name": "tslab", "default_timeout": seconds,
"pause_before": index or null}; before the cell `pause_before` it reports {"event": "pause"} and waits for
a line "go" (the grader puts the hidden cases into the folder then).
Output, one JSON object per line on stdout, as cells run:
  {"event": "start", "index": i}
  {"event": "end", "index": i, "status": "ok" | "error" | "timeout" | "aborted" | "died",
   "seconds": s, "stdout": text, "stderr": text, "message": text}
  {"event": "stuck", "index": i}  (the cell timed out and the kernel no longer answers: the run stops)
  {"event": "done"}
The run stops at a cell that kills the kernel ("died"); the grader runs the notebook again without it.
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

ABORT_WINDOW_S = 0.5  # tslab aborts requests for 200 ms after an error; wait longer than that
PROBE_TIMEOUT_S = 5
MAX_TEXT = 4_000_000  # characters of stdout kept per cell


EVENTS = None  # the grader's pipe, kept away from the kernel (which gets stderr as its stdout)


def emit(event):
    EVENTS.write(json.dumps(event) + "\n")
    EVENTS.flush()


def stream(outputs, name):
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == name)
    return text[:MAX_TEXT]


def error_of(outputs, reply):
    for o in outputs:
        if o.get("output_type") == "error":
            return f"{o.get('ename', '')}: {o.get('evalue', '')}".strip(": ")
    content = (reply or {}).get("content", {})
    if content.get("ename") or content.get("evalue"):
        return f"{content.get('ename', '')}: {content.get('evalue', '')}".strip(": ")
    return ""


def responsive(client, nb, index, replies):
    """Whether the kernel still answers a trivial cell within a few seconds (run in the place of cell
    `index`, which nbclient overwrites with the cell it ran: it is put back)."""
    probe = nbformat.v4.new_code_cell("0", metadata={"course": {"timeout": PROBE_TIMEOUT_S}})
    original = nb.cells[index]
    replies.pop(index, None)
    try:
        client.execute_cell(probe, index)
    except (CellTimeoutError, DeadKernelError):
        return False
    except Exception:
        return True
    finally:
        nb.cells[index] = original
    reply = replies.get(index)
    return not (reply is not None and reply["content"].get("ename") == "CellTimeout")


def main(request):
    nb = nbformat.read(request["notebook"], as_version=4)
    default_timeout = request.get("default_timeout", 60)
    replies = {}

    def on_executed(cell, cell_index, execute_reply):
        replies[cell_index] = execute_reply

    def timeout_of(cell):
        return cell.metadata.get("course", {}).get("timeout", default_timeout)

    client = NotebookClient(
        nb, kernel_name=request.get("kernel_name", "tslab"), timeout_func=timeout_of, interrupt_on_timeout=True,
        error_on_timeout={"ename": "CellTimeout", "evalue": "the cell did not finish within its time limit"},
        allow_errors=True, record_timing=False, on_cell_executed=on_executed, startup_timeout=120,
        resources={"metadata": {"path": "."}},
    )
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            if index == request.get("pause_before"):
                # The grader puts the hidden cases into the folder only now, then answers "go".
                emit({"event": "pause", "index": index})
                if sys.stdin.readline().strip() != "go":
                    break
            emit({"event": "start", "index": index})
            t0 = time.monotonic()
            status = None
            try:
                client.execute_cell(cell, index)
            except CellTimeoutError:
                status = "timeout"
            except DeadKernelError:
                status = "died"
            reply = replies.get(index)
            if status is None:
                if reply is not None and reply["content"].get("ename") == "CellTimeout":
                    status = "timeout"
                else:
                    status = {"ok": "ok", "aborted": "aborted"}.get(((reply or {}).get("content") or {}).get("status"), "error")
            outputs = cell.get("outputs", [])
            emit({"event": "end", "index": index, "status": status, "seconds": round(time.monotonic() - t0, 3),
                  "stdout": stream(outputs, "stdout"), "stderr": stream(outputs, "stderr")[:20000],
                  "message": error_of(outputs, reply)[:2000]})
            if status == "died":
                break
            if status != "ok":
                time.sleep(ABORT_WINDOW_S)
            if status == "timeout" and not responsive(client, nb, index, replies):
                # The interrupt did not stop it (SIGINT ignored, a stopped process, an endless timer).
                emit({"event": "stuck", "index": index})
                break
    emit({"event": "done"})


if __name__ == "__main__":
    # The kernel inherits fds 1 and 2 and node makes them non-blocking: keep the report on a private,
    # non-inheritable copy of stdout, blocking so long lines are written whole.
    EVENTS = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.set_blocking(EVENTS.fileno(), True)
    os.dup2(2, 1)
    main(json.loads(sys.stdin.readline()))
