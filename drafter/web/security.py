"""The guard in front of every request (pages, API, static files, the OpenAPI page alike).

- Token: when the server has one (always when bound to anything but 127.0.0.1), every request must carry
  it — `Authorization: Bearer …`, the `X-Drafter-Token` header, the cookie the page sets, or `?token=` on
  the first visit — whatever address it arrives on, loopback included. Compared in constant time.
- Host: without a token the server answers only to Host 127.0.0.1 / localhost, so a web page on another
  site cannot reach it through DNS rebinding.
- Size: a body larger than the upload limit is refused from its Content-Length, or as soon as the bytes
  received pass the limit when there is none (chunked), before anything is parsed or written.
- Headers: a strict Content-Security-Policy (scripts and styles only from drafter itself) on the pages.
"""

from __future__ import annotations

import hmac
import json
from http.cookies import SimpleCookie
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl, urlencode

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

COOKIE = "drafter_token"
LOCAL_HOSTS = ("127.0.0.1", "localhost")
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
DOC_PATHS = ("/docs", "/redoc")  # the OpenAPI pages start Swagger UI / ReDoc with an inline script

TOKEN_REFUSED = "错误 / error: 需要访问令牌：请用启动时打印的网址（含 ?token=…）打开，或在请求头加 Authorization: Bearer 令牌 / token required"
HOST_REFUSED = "错误 / error: 只接受 127.0.0.1 或 localhost 访问 / host not allowed"


def too_large_message(limit: int) -> str:
    return f"错误 / error: 上传内容超过 {limit / (1 << 20):g} MB 上限 / upload larger than {limit / (1 << 20):g} MB"


class Guard:
    """Pure ASGI middleware, so it sees every request before routing and every byte of every body."""

    def __init__(self, app: Any, *, token: str | None, max_body: int, allowed_hosts: tuple[str, ...] | None):
        self.app = app
        self.token = token
        self.max_body = max_body
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":  # drafter has none; refuse rather than pass unguarded
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if self.token is not None:
            if not self._authorized(headers, query):
                await _plain(send, 401, TOKEN_REFUSED, scope)
                return
            if "token" in query and scope["method"] == "GET":  # first visit: keep it in a cookie, out of the URL
                rest = urlencode({k: v for k, v in query.items() if k != "token"})
                location = scope.get("root_path", "") + scope["path"] + (f"?{rest}" if rest else "")
                await send({"type": "http.response.start", "status": 303, "headers": [
                    (b"location", location.encode("latin-1", "replace")),
                    (b"set-cookie", f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/".encode()),
                    (b"cache-control", b"no-store")]})
                await send({"type": "http.response.body", "body": b""})
                return
        elif self.allowed_hosts is not None:
            host = headers.get("host", "").rsplit(":", 1)[0].strip("[]").lower()
            if host not in self.allowed_hosts:
                await _plain(send, 400, HOST_REFUSED, scope)
                return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _plain(send, 413, too_large_message(self.max_body), scope)
            return

        received = 0
        tripped = False   # the body passed the limit: the app sees a disconnect, the client gets 413
        answered = False

        async def counted_receive() -> dict[str, Any]:
            nonlocal received, tripped
            if tripped:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    tripped = True
                    return {"type": "http.disconnect"}
            return message

        page = not scope["path"].startswith(DOC_PATHS)

        async def send_with_headers(message: dict[str, Any]) -> None:
            nonlocal answered
            if tripped:  # whatever the app answers to the cut-off body, the client learns it was too large
                if not answered:
                    answered = True
                    await _plain(send, 413, too_large_message(self.max_body), scope)
                return
            if message["type"] == "http.response.start":
                answered = True
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                if page:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except Exception:
            if not tripped:
                raise
        if tripped and not answered:
            await _plain(send, 413, too_large_message(self.max_body), scope)

    def _authorized(self, headers: dict[str, str], query: dict[str, str]) -> bool:
        supplied = []
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            supplied.append(auth[7:].strip())
        if "x-drafter-token" in headers:
            supplied.append(headers["x-drafter-token"].strip())
        if "cookie" in headers:
            cookie = SimpleCookie()
            try:
                cookie.load(headers["cookie"])
            except Exception:  # a malformed Cookie header is just not a token
                cookie = SimpleCookie()
            if COOKIE in cookie:
                supplied.append(cookie[COOKIE].value)
        if "token" in query:
            supplied.append(query["token"])
        expected = self.token.encode()
        return any(hmac.compare_digest(s.encode(), expected) for s in supplied)


async def _plain(send: Send, status: int, line: str, scope: Scope) -> None:
    """One line: JSON {"error": …} for the API, text for a browser page."""
    if scope["path"].startswith("/api/"):
        body, kind = json.dumps({"error": line}, ensure_ascii=False).encode(), b"application/json"
    else:
        body, kind = (line + "\n").encode(), b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
