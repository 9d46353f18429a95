"""A local OpenAI-compatible chat-completions server for tests and benchmarks (stdlib only, 127.0.0.1).

It answers `POST /v1/chat/completions` the way the real API does for each structured-output method —
a tool call when the request carries `tools` (function calling), JSON content for `response_format`
json_object / json_schema, plain content otherwise — with `usage` figures counted by tiktoken.

    with OpenAIServer(responder=fn, latency=0.3) as server:
        server.url          # "http://127.0.0.1:PORT/v1" — give it to --base-url / ModelSpec.base_url
        server.script(Reply.rate_limited(retry_after=0), Reply.server_error())   # next replies, in order
        ...
        server.count        # chat-completion requests received
        server.requests     # ChatRequest log (parsed body, headers)

Replies come from the scripted queue first, then from `responder(request) -> Reply | dict | str`
(a dict becomes the JSON object / tool arguments, a str the text content). A responder can look at
`request.schema_name` (tool name, json_schema name, or the schema named in a json_mode prompt), at
`request.user_text` and `request.system_text` to answer by prompt content.

Faults: `Reply.rate_limited(retry_after)` (429 + Retry-After), `Reply.server_error()` (500, retry-after-ms 10),
`Reply.slow(seconds, data)` (answers after the client's timeout), `Reply.malformed(text)` (broken JSON in
the content or tool arguments), `Reply.unauthorized()` (401), `Reply.forbidden()` (403),
`Reply.method_rejected()` (400 "This response_format type is unavailable now", as DeepSeek says).
`OpenAIServer(rejects={"json_schema"})` answers every request using that method with the 400.
`Reply(data=…, reasoning="…")` adds a `reasoning_content` beside the answer; `Reply(raw="<think>…</think>{…}")`
answers the way a reasoning model served without a reasoning parser does. `max_in_flight` counts at the
server the most requests it held at once.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import BaseModel

from ..tokens import count_tokens

_SCHEMA_IN_PROMPT = re.compile(r"JSON Schema（(?P<name>[A-Za-z_][\w]*)）：\n(?P<schema>\{.*\})", re.DOTALL)


@dataclass
class ChatRequest:
    body: dict[str, Any]
    headers: dict[str, str]
    received: float = field(default_factory=time.perf_counter)  # when the request arrived (perf_counter)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.body.get("messages", [])

    def _text(self, role: str) -> str:
        return "\n".join(str(m.get("content") or "") for m in self.messages if m.get("role") == role)

    @property
    def system_text(self) -> str:
        return self._text("system")

    @property
    def user_text(self) -> str:
        return self._text("user")

    @property
    def last_user_text(self) -> str:
        users = [m for m in self.messages if m.get("role") == "user"]
        return str(users[-1].get("content") or "") if users else ""

    @property
    def mode(self) -> str:
        """function_calling | json_schema | json_mode | text"""
        if self.body.get("tools"):
            return "function_calling"
        fmt = (self.body.get("response_format") or {}).get("type")
        return {"json_schema": "json_schema", "json_object": "json_mode"}.get(fmt, "text")

    @property
    def schema_name(self) -> str | None:
        if self.mode == "function_calling":
            return self.body["tools"][0]["function"]["name"]
        if self.mode == "json_schema":
            return self.body["response_format"]["json_schema"]["name"]
        m = _SCHEMA_IN_PROMPT.search(self.system_text)
        return m["name"] if m else None

    @property
    def schema(self) -> dict[str, Any] | None:
        if self.mode == "function_calling":
            return self.body["tools"][0]["function"]["parameters"]
        if self.mode == "json_schema":
            return self.body["response_format"]["json_schema"]["schema"]
        m = _SCHEMA_IN_PROMPT.search(self.system_text)
        return json.loads(m["schema"]) if m else None


@dataclass
class Reply:
    data: Any = None  # dict → JSON object (content or tool arguments); str → text content
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    raw: str | None = None  # sent verbatim as content / tool arguments (malformed JSON)
    error: str = ""
    reasoning: str | None = None  # sent as the message's reasoning_content, as DeepSeek and vLLM do

    @classmethod
    def ok(cls, data: Any) -> "Reply":
        return cls(data=data)

    @classmethod
    def rate_limited(cls, retry_after: float | str = 1) -> "Reply":
        return cls(status=429, headers={"Retry-After": str(retry_after)}, error="Rate limit reached, please retry")

    @classmethod
    def server_error(cls, status: int = 500, retry_after_ms: int | None = 10) -> "Reply":
        # retry-after-ms keeps tests from waiting out the SDK's default backoff (0.5 s, doubling); None: no header
        headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
        return cls(status=status, headers=headers, error="The server had an error while processing your request")

    @classmethod
    def slow(cls, seconds: float, data: Any = None) -> "Reply":
        return cls(data=data if data is not None else {}, delay=seconds)

    @classmethod
    def malformed(cls, text: str = '{"paragraphs": [{"text": "预算完成率92.94%"') -> "Reply":
        return cls(raw=text)

    @classmethod
    def unauthorized(cls) -> "Reply":
        return cls(status=401, error="Incorrect API key provided")

    @classmethod
    def forbidden(cls) -> "Reply":
        return cls(status=403, error="You are not allowed to use this model")

    @classmethod
    def method_rejected(cls) -> "Reply":
        return cls(status=400, error="This response_format type is unavailable now")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default 5 drops concurrent connects: the client's SYN retry costs 1 s


Responder = Callable[[ChatRequest], "Reply | dict | str | BaseModel"]


class OpenAIServer:
    def __init__(self, responder: Responder | None = None, *, latency: float = 0.0, rejects: set[str] | None = None):
        self.responder = responder
        self.latency = latency
        self.rejects = set(rejects or ())
        self.requests: list[ChatRequest] = []
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.in_flight = 0
        self.max_in_flight = 0

    # -- control

    def script(self, *replies: Reply | dict | str) -> "OpenAIServer":
        with self._lock:
            self._queue.extend(r if isinstance(r, Reply) else Reply(data=r) for r in replies)
        return self

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._queue.clear()
            self.max_in_flight = 0

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> "OpenAIServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                return None

            def do_GET(self) -> None:
                if self.path == "/_stats":  # for a server running in another process (benchmarks)
                    with server._lock:
                        log = [{"received": r.received, "schema": r.schema_name, "mode": r.mode,
                                "last_user": r.last_user_text[:40]} for r in server.requests]
                    self._send(200, {"count": len(log), "requests": log, "max_in_flight": server.max_in_flight})
                elif self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": []})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                arrived = time.perf_counter()  # latency counts from here: our own parsing is part of it
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                try:
                    body = json.loads(raw)
                except json.JSONDecodeError:
                    self._send(400, {"error": {"message": "request body is not JSON"}})
                    return
                request = ChatRequest(body=body, headers={k.lower(): v for k, v in self.headers.items()},
                                      received=arrived)
                status, payload, headers, delay = server._answer(request)
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    remaining = delay - (time.perf_counter() - arrived)
                    if remaining > 0:
                        time.sleep(remaining)
                finally:
                    # counted out before the answer leaves: once the client has it, it may send its next request,
                    # and on a loaded machine that one arrived while this thread still sat after its write
                    # (max_in_flight 4 under a limit of 3)
                    with server._lock:
                        server.in_flight -= 1
                self._send(status, payload, headers)

            def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test): nothing to answer

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="openai-test-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "OpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- answering

    def _answer(self, request: ChatRequest) -> tuple[int, Any, dict[str, str], float]:
        with self._lock:
            self.requests.append(request)
            scripted = self._queue.popleft() if self._queue else None
        if scripted is None and request.mode in self.rejects:
            scripted = Reply.method_rejected()
        if scripted is not None:
            reply = scripted
        elif self.responder is not None:
            out = self.responder(request)
            reply = out if isinstance(out, Reply) else Reply(data=out)
        else:
            reply = Reply.server_error()
            reply.error = "no scripted reply and no responder"
        delay = self.latency + reply.delay
        if reply.status != 200:
            kind = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                    429: "rate_limit_error"}.get(reply.status, "server_error")
            return reply.status, {"error": {"message": reply.error, "type": kind, "code": None}}, reply.headers, delay
        return 200, self._completion(request, reply), reply.headers, delay

    def _completion(self, request: ChatRequest, reply: Reply) -> dict[str, Any]:
        data = reply.data
        if isinstance(data, BaseModel):
            data = data.model_dump(mode="json")
        if reply.raw is not None:
            text = reply.raw
        elif isinstance(data, str):
            text = data
        else:
            text = json.dumps(data, ensure_ascii=False)
        n = next(self._ids)
        message: dict[str, Any] = {"role": "assistant", "content": text}
        if reply.reasoning is not None:
            message["reasoning_content"] = reply.reasoning
        finish = "stop"
        if request.mode == "function_calling" and not isinstance(data, str):
            name = request.schema_name
            message = {"role": "assistant", "content": None, "tool_calls": [
                {"id": f"call_{n}", "type": "function", "function": {"name": name, "arguments": text}}]}
            finish = "tool_calls"
        prompt_tokens = sum(count_tokens(str(m.get("content") or "")) + 4 for m in request.messages)
        completion_tokens = count_tokens(text)
        return {
            "id": f"chatcmpl-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.body.get("model", ""),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        }


class _NotJson(BaseHTTPRequestHandler):
    """A proxy or portal in front of the endpoint: 200, Content-Type JSON, an HTML page as the body."""

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = "<html><body>欢迎访问 门户网站（200，却不是 JSON）</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Quiet(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (its deadline) breaks the pipe: not the test's concern


@contextmanager
def not_json_server() -> Iterator[str]:
    """The base URL of an endpoint whose 200 replies are not JSON (served on 127.0.0.1 until the block ends)."""
    httpd = _Quiet(("127.0.0.1", 0), _NotJson)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def main(argv: list[str] | None = None) -> None:
    """`python -m drafter.testing.openai_server --latency 0.3 --responder drafter.testing.responders:LocalModel`
    serves until interrupted; prints the base URL on the first line. GET /_stats gives the request count
    and arrival times (perf_counter of this process)."""
    import argparse
    import importlib
    import signal
    import sys

    parser = argparse.ArgumentParser(prog="python -m drafter.testing.openai_server")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--responder", default="drafter.testing.responders:LocalModel",
                        help="module:callable building the responder (called with no arguments)")
    args = parser.parse_args(argv)
    module, _, name = args.responder.partition(":")
    responder = getattr(importlib.import_module(module), name)()
    server = OpenAIServer(responder=responder, latency=args.latency).start()
    print(server.url, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        sys.stdout.flush()


if __name__ == "__main__":
    # Run the importable module's main, not this __main__ copy: a responder returning
    # drafter.testing.openai_server.Reply must meet the same class the server checks against.
    from drafter.testing import openai_server

    openai_server.main()
