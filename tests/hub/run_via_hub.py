"""Run a notebook of a learner's workspace on their single-user server, through the hub's proxy, the way the
classic Notebook does: read it with the contents API, put the given answers into its solution cells, open a
session (a kernel whose folder is the notebook's), run every code cell over the kernel's websocket, save the
notebook with its outputs, close the session. Prints {"cells": [{"grade_id", "status", "text"}]} as JSON.

Usage: run_via_hub.py SERVER_URL TOKEN NOTEBOOK_PATH ANSWERS_JSON_FILE
(SERVER_URL = http://127.0.0.1:<port>/user/<name>; ANSWERS = {grade_id: source})"""
import asyncio
import json
import sys
import uuid
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect


def execute_request(code, session):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "username": "learner", "session": session,
                   "msg_type": "execute_request", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": False},
    }


async def run_cell(ws, code, session):
    msg = execute_request(code, session)
    ws.write_message(json.dumps(msg))
    outputs, status, idle = [], None, False
    while status is None or not idle:
        reply = json.loads(await asyncio.wait_for(ws.read_message(), 120))
        if reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
            continue
        kind, content = reply["msg_type"], reply["content"]
        if kind == "stream":
            outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
        elif kind in ("display_data", "execute_result"):
            outputs.append({"output_type": "display_data", "data": content["data"], "metadata": content.get("metadata", {})})
        elif kind == "error":
            outputs.append({"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                            "traceback": content.get("traceback", [])})
        elif kind == "execute_reply":
            status = content["status"]
        elif kind == "status" and content["execution_state"] == "idle":
            idle = True
    if status != "ok":
        await asyncio.sleep(0.3)  # tslab aborts requests arriving within 200 ms of an error (PLATFORM_NOTES)
    return status, outputs


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
