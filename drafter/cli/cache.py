"""`drafter cache stats | clear`: what the response cache holds, per endpoint host and model, and removing it."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer

from . import app

cache_app = typer.Typer(help="本地响应缓存：按服务端统计、清除 / the response cache: stats per endpoint, clear",
                        no_args_is_help=True)
app.add_typer(cache_app, name="cache")


def _store():  # noqa: ANN202 — drafter.cache.SQLiteStore
    from ..cache import SQLiteStore
    from ..home import drafter_home

    return SQLiteStore(drafter_home() / "cache.sqlite3")


def _when(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")


@cache_app.command("stats")
def stats_command() -> None:
    """每个服务端主机、模型的缓存回答数 / cached answers per endpoint host and model."""
    store = _store()
    rows = store.stats()
    typer.echo(f"# {store.path}")
    typer.echo(f"{'endpoint':<24} {'model':<24} {'answers':>8}  oldest            newest")
    for r in rows:
        host = r["host"] or "(unknown)"  # entries cached before hosts were recorded: used by no endpoint
        typer.echo(f"{host:<24} {r['model']:<24} {r['answers']:>8}  {_when(r['oldest'])}  {_when(r['newest'])}")
    typer.echo(f"共 {sum(r['answers'] for r in rows)} 条 / total answers")
    store.close()


@cache_app.command("clear")
def clear_command(
    older_than: Annotated[Optional[float], typer.Option(
        "--older-than", min=0, help="只清除早于这么多天的回答 / only answers older than DAYS")] = None,
) -> None:
    """清除缓存的回答 / delete cached answers."""
    store = _store()
    removed = store.clear(older_than)
    store.close()
    typer.echo(f"已清除 {removed} 条缓存回答 / removed {removed} cached answers")
