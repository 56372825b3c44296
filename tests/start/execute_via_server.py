"""Run code on a new tslab kernel of a running Jupyter server, through its REST and websocket API,
the way a browser does. Prints {"status", "outputs"} as JSON. Usage: execute_via_server.py URL TOKEN < code"""
import asyncio
import json
import sys
import uuid

from tornado.httpclient import AsyncHTTPClient
from tornado.websocket import websocket_connect


def request(code, session):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "username": "test", "session": session,
                   "msg_type": "execute_request", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }


async def main(base, token, code):
    http = AsyncHTTPClient()
    created = await http.fetch(f"{base}/api/kernels?token={token}", method="POST", body=json.dumps({"name": "tslab"}))
    kernel = json.loads(created.body)["id"]
    ws = await websocket_connect(f"{base.replace('http', 'ws', 1)}/api/kernels/{kernel}/channels?token={token}")
    msg = request(code, uuid.uuid4().hex)
    ws.write_message(json.dumps(msg))
    outputs, status, idle = [], None, False
    while status is None or not idle:
        reply = json.loads(await asyncio.wait_for(ws.read_message(), 120))
        if reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
            continue
        kind = reply["msg_type"]
        if kind in ("stream", "display_data", "execute_result", "error"):
            outputs.append({"type": kind, "content": reply["content"]})
        elif kind == "execute_reply":
            status = reply["content"]["status"]
        elif kind == "status" and reply["content"]["execution_state"] == "idle":
            idle = True
    ws.close()
    await http.fetch(f"{base}/api/kernels/{kernel}?token={token}", method="DELETE")
    print(json.dumps({"status": status, "outputs": outputs}))


asyncio.run(main(sys.argv[1], sys.argv[2], sys.stdin.read()))
