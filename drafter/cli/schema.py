"""`drafter schema`: the JSON Schema of the input file."""

from __future__ import annotations

import json

import typer

from . import app


@app.command("schema")
def schema_command() -> None:
    """打印输入文件的 JSON Schema（x-labels 为可用的中文字段名）/ print the input's JSON Schema."""
    from ..schema import input_json_schema

    typer.echo(json.dumps(input_json_schema(), ensure_ascii=False, indent=2))
