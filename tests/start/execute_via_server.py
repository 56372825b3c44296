"""Run code on a new tslab kernel of a running Jupyter server, through its REST and websocket API,
the way a browser does. Prints {"status", "outputs"} as JSON. Usage: execute_via_server.py URL TOKEN < code"""
import asyncio
import json
import os
import sys
import uuid

from tornado.httpclient import AsyncHTTPClient
from tornado.websocket import websocket_connect

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "helpers"))
from kernel_channel import execute  # noqa: E402


async def main(base, token, code):
    http = AsyncHTTPClient()
    created = await http.fetch(f"{base}/api/kernels?token={token}", method="POST", body=json.dumps({"name": "tslab"}))
    kernel = json.loads(created.body)["id"]
    ws = await websocket_connect(f"{base.replace('http', 'ws', 1)}/api/kernels/{kernel}/channels?token={token}")
    status, outputs = await execute(ws, code, uuid.uuid4().hex)
    ws.close()
    await http.fetch(f"{base}/api/kernels/{kernel}?token={token}", method="DELETE")
    print(json.dumps({"status": status, "outputs": outputs}))


asyncio.run(main(sys.argv[1], sys.argv[2], sys.stdin.read()))
