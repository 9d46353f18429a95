"""Shared fixtures. Every test runs with DRAFTER_HOME in a temporary folder and without LLM variables from
the developer's shell, so no test reads a real models file, cache or key."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from drafter.testing.openai_server import OpenAIServer

# Property tests draw the same examples on every run and every machine (a red CI must be reproducible, and a
# green one must not depend on the luck of the draw); no example database is written into the checkout.
# HYPOTHESIS_PROFILE=explore draws fresh examples when hunting for bugs.
settings.register_profile("drafter", derandomize=True, database=None)
settings.register_profile("explore", database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "drafter"))

_LLM_ENV = ("DRAFTER_MODEL", "DRAFTER_API_KEY", "OPENAI_API_KEY", "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY",
            "DRAFTER_PROMPTS")


@pytest.fixture(autouse=True)
def drafter_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("drafter-home")
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    for name in _LLM_ENV:
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A local OpenAI-compatible server on 127.0.0.1 (random port); script replies or set `.responder`."""
    with OpenAIServer() as server:
        yield server


def write_unit(folder, yaml_text: str, logs: dict[str, str] | None = None):
    """An input folder with its work logs, loaded, and its fact sheet: (report, sheet)."""
    import textwrap

    from drafter.facts import build_facts
    from drafter.load import load_input

    (folder / "input.yaml").write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    if logs:
        (folder / "worklogs").mkdir()
        for name, text in logs.items():
            (folder / "worklogs" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    report = load_input(folder)
    return report, build_facts(report)
