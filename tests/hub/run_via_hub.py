"""Run a notebook of a learner's workspace on their single-user server, through the hub's proxy, the way the
classic Notebook does: read it with the contents API, put the given answers into its solution cells, open a
session (a kernel whose folder is the notebook's), run every code cell over the kernel's websocket, save the
notebook with its outputs, close the session. Prints {"cells": [{"grade_id", "status", "text"}]} as JSON.

Usage: run_via_hub.py SERVER_URL TOKEN NOTEBOOK_PATH ANSWERS_JSON_FILE
(SERVER_URL = http://127.0.0.1:<port>/user/<name>; ANSWERS = {grade_id: source})"""
import asyncio
import json
import os
import sys
import uuid
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "helpers"))
from kernel_channel import execute  # noqa: E402


def notebook_output(message):
    """A kernel's reply as the output nbformat saves in the notebook."""
    kind, content = message["type"], message["content"]
    if kind == "stream":
        return {"output_type": "stream", "name": content["name"], "text": content["text"]}
    if kind == "error":
        return {"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                "traceback": content.get("traceback", [])}
    return {"output_type": "display_data", "data": content["data"], "metadata": content.get("metadata", {})}


async def run_cell(ws, code, session):
    status, messages = await execute(ws, code, session, stop_on_error=False)
    return status, [notebook_output(m) for m in messages]


def text_of(outputs):
    parts = []
    for o in outputs:
        if o["output_type"] == "stream":
            parts.append(o["text"])
        elif o["output_type"] == "error":
            parts.append(f'{o["ename"]}: {o["evalue"]}')
        elif "text/plain" in o.get("data", {}):
            parts.append(o["data"]["text/plain"])
    return "".join(parts)


async def main(server, token, notebook_path, answers_file):
    answers = json.load(open(answers_file, encoding="utf-8"))
    http = AsyncHTTPClient()
    auth = {"Authorization": f"token {token}"}
    api = f"{server}/api/contents/{quote(notebook_path)}"
    model = json.loads((await http.fetch(api, headers=auth)).body)
    notebook = model["content"]
    for cell in notebook["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cell["cell_type"] == "code" and grade_id in answers:
            cell["source"] = answers[grade_id]
    created = await http.fetch(f"{server}/api/sessions", method="POST", headers=auth, body=json.dumps(
        {"path": notebook_path, "type": "notebook", "name": "", "kernel": {"name": "tslab"}}))
    session_model = json.loads(created.body)
    kernel = session_model["kernel"]["id"]
    ws_url = f"{server.replace('http', 'ws', 1)}/api/kernels/{kernel}/channels"
    ws = await websocket_connect(HTTPRequest(ws_url, headers=auth))
    session, report, count = uuid.uuid4().hex, [], 0
    try:
        for cell in notebook["cells"]:
            if cell["cell_type"] != "code":
                continue
            code = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            status, outputs = await run_cell(ws, code, session)
            count += 1
            cell["outputs"], cell["execution_count"] = outputs, count
            report.append({"grade_id": cell.get("metadata", {}).get("nbgrader", {}).get("grade_id"),
                           "status": status, "text": text_of(outputs)})
    finally:
        ws.close()
        await http.fetch(f"{server}/api/sessions/{session_model['id']}", method="DELETE", headers=auth)
    await http.fetch(api, method="PUT", headers=auth, body=json.dumps(
        {"type": "notebook", "format": "json", "content": notebook}))
    print(json.dumps({"cells": report}, ensure_ascii=False))


asyncio.run(main(*sys.argv[1:5]))
