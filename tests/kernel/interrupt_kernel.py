"""Run cells on a kernel and press the interrupt button (■) while one runs, as Jupyter does.

Input (JSON on stdin): {"cwd": folder, "cells": [code, ...], "interrupt": {"cell": i, "after": text}}
The interrupt is sent once the output of cell i contains `after`. Prints one JSON object:
{"cells": [{"status", "stdout", "stderr", "errors"}]}.
"""
import json
import sys
import time

from jupyter_client.manager import KernelManager


def run_cell(client, code, interrupt_after, manager):
    msg_id = client.execute(code, stop_on_error=False)
    result = {"status": None, "stdout": "", "stderr": "", "errors": []}
    interrupted = False
    idle = False
    deadline = time.time() + 240
    while time.time() < deadline:
        try:
            msg = client.get_iopub_msg(timeout=1)
        except Exception:
            msg = None
        if msg and msg["parent_header"].get("msg_id") == msg_id:
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream" and content["name"] in result:
                result[content["name"]] += content["text"]
            elif kind == "error":
                result["errors"].append(content)
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
        if interrupt_after and not interrupted and interrupt_after in result["stdout"]:
            manager.interrupt_kernel()
            interrupted = True
        if result["status"] is None:
            try:
                reply = client.get_shell_msg(timeout=0.05)
                if reply["parent_header"].get("msg_id") == msg_id:
                    result["status"] = reply["content"]["status"]
            except Exception:
                pass
        if idle and result["status"] is not None:
            break
    return result


def main():
    request = json.loads(sys.stdin.read())
    manager = KernelManager(kernel_name="tslab")
    manager.start_kernel(cwd=request["cwd"])
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    try:
        cells = []
        for i, code in enumerate(request["cells"]):
            after = request["interrupt"]["after"] if request["interrupt"]["cell"] == i else None
            cells.append(run_cell(client, code, after, manager))
            time.sleep(0.6)  # tslab aborts requests that arrive within 200 ms of a failed cell
        print(json.dumps({"cells": cells}))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


main()
