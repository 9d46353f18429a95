"""`drafter serve`: the local web page (起草 / 核验 / 领导摘要) and its JSON API.

Binds 127.0.0.1 by default. Bound to any other address (0.0.0.0 included) it requires a token, given with
--token or generated and printed; once a token is set, every request must carry it, loopback ones too.
"""

from __future__ import annotations

import re
import secrets
import socket
import threading
import webbrowser
from typing import Annotated, Optional

import typer

from ..errors import UsageError
from . import app

LOOPBACK = "127.0.0.1"
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9._~-]{16,200}")


def needs_token(host: str) -> bool:
    """Only 127.0.0.1 is private to this machine; 'localhost' may resolve elsewhere, 0.0.0.0 is every interface."""
    return host != LOOPBACK


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, opened here so that a busy port is one clear line (and --port 0 picks a free one)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise UsageError(f"无法识别的地址 --host {host} / unknown host") from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as e:
        sock.close()
        raise UsageError(f"无法监听 {host}:{port}（{e.strerror}），请用 --port 换一个端口 / cannot bind") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option("--host", help="监听地址；非 127.0.0.1 时必须使用令牌 / address to bind")] = LOOPBACK,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="端口；0 表示任选空闲端口")] = 8000,
    open_browser: Annotated[bool, typer.Option("--open", help="启动后用浏览器打开页面")] = False,
    token: Annotated[Optional[str], typer.Option(
        "--token", help="访问令牌（至少 16 位字母数字）；绑定到其他地址而未给出时自动生成并打印", envvar="DRAFTER_WEB_TOKEN")] = None,
    max_upload_mb: Annotated[int, typer.Option("--max-upload-mb", min=1, max=1024, help="单次上传上限（MB）")] = 20,
) -> None:
    """启动本机网页：上传表格起草、核验数字、生成领导摘要 / start the local web page."""
    import uvicorn

    from ..web import WebSettings, create_app

    if token is not None and not TOKEN_PATTERN.fullmatch(token):
        raise UsageError("--token 应为至少 16 位的字母、数字或 ._~- / token too short or has other characters")
    if token is None and needs_token(host):
        token = secrets.token_urlsafe(24)
    sock = bind(host, port)
    port = sock.getsockname()[1]
    web = create_app(WebSettings(token=token, max_upload=max_upload_mb << 20))
    shown = LOOPBACK if host in ("0.0.0.0", "::", "") else host
    shown = f"[{shown}]" if ":" in shown else shown
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    typer.echo(f"drafter 网页已启动 / serving: {url}", err=False)
    if token:
        typer.echo(f"访问令牌 / token: {token}（每个请求都须带上；API 用 Authorization: Bearer 令牌）")
    typer.echo("按 Ctrl+C 停止 / press Ctrl+C to stop", err=False)
    server = uvicorn.Server(uvicorn.Config(web, log_level="warning", access_log=False, lifespan="on"))
    if open_browser:
        def opener() -> None:
            while not server.started and not server.should_exit:
                threading.Event().wait(0.1)
            if server.started:
                webbrowser.open(url)
        threading.Thread(target=opener, daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
