"""`drafter schema`: the JSON Schema of the input file."""

from __future__ import annotations

import json

import typer

from ..schema import ReportInput
from . import app


@app.command("schema")
def schema_command() -> None:
    """打印输入文件的 JSON Schema / print the input's JSON Schema."""
    typer.echo(json.dumps(ReportInput.model_json_schema(by_alias=False), ensure_ascii=False, indent=2))
