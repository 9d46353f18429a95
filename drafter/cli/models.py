"""`drafter models`: the configured models (built-in and $DRAFTER_HOME/models.yaml)."""

from __future__ import annotations

import os

import typer
from ..models import load_models, user_models_path
from . import app


@app.command("models")
def models_command() -> None:
    """列出已配置的模型 / list the configured models."""
    from rich.console import Console
    from rich.table import Table

    specs, default = load_models()
    default = os.environ.get("DRAFTER_MODEL", "").strip() or default
    table = Table(title=f"模型 / models（用户配置：{user_models_path()}）", title_justify="left")
    for col in ("名称 name", "别名 aliases", "服务端模型 model", "base_url", "上下文 context", "结构化输出 method",
                "思考 thinking", "长度上限 token limit", "请求头 headers", "密钥变量 key env", "来源 source"):
        table.add_column(col, overflow="fold")
    for spec in sorted(specs.values(), key=lambda s: s.name):
        mark = " *" if spec.name == default else ""
        key_env = spec.api_key_env or "—"
        if any(os.environ.get(e) for e in ("DRAFTER_API_KEY", spec.api_key_env or "", "OPENAI_API_KEY") if e):
            key_env += " ✓"
        thinking = "—" if spec.thinking is None else f"{'开' if spec.thinking else '关'}（{spec.thinking_switch}）"
        limit = f"{spec.token_param.value}={spec.max_output_tokens or '—'}"
        table.add_row(spec.name + mark, "、".join(spec.aliases) or "—", spec.served_name, spec.base_url,
                      str(spec.context_window), spec.structured_method.value, thinking, limit,
                      "、".join(spec.headers) or "—", key_env, spec.source)
    Console(width=360 if not os.isatty(1) else None).print(table)  # a pipe gets every column unfolded
    if default:
        typer.echo(f"* 默认模型 / default: {default}")
