"""Running code on a kernel over a Jupyter server's websocket, as a browser does: one execute_request, then
the replies to it until the kernel is idle. Shared by tests/start/execute_via_server.py (npm start's server)
and tests/hub/run_via_hub.py (a learner's server behind the hub's proxy)."""
import asyncio
import json
import uuid


def execute_request(code, session, stop_on_error):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "username": "learner", "session": session,
                   "msg_type": "execute_request", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": stop_on_error},
    }


async def execute(ws, code, session, stop_on_error=True, timeout=120):
    """Runs `code`; returns the reply's status and the cell's outputs as [{"type": msg_type, "content": …}]."""
    msg = execute_request(code, session, stop_on_error)
    ws.write_message(json.dumps(msg))
    outputs, status, idle = [], None, False
    while status is None or not idle:
        reply = json.loads(await asyncio.wait_for(ws.read_message(), timeout))
        if reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
            continue
        kind = reply["msg_type"]
        if kind in ("stream", "display_data", "execute_result", "error"):
            outputs.append({"type": kind, "content": reply["content"]})
        elif kind == "execute_reply":
            status = reply["content"]["status"]
        elif kind == "status" and reply["content"]["execution_state"] == "idle":
            idle = True
    if status != "ok":
        await asyncio.sleep(0.3)  # tslab aborts requests arriving within 200 ms of an error (PLATFORM_NOTES)
    return status, outputs
