"""Reasoning models and today's providers: thinking blocks never reach the parser, each provider's switch and
token parameter travel as the models file says, and a parse failure says what the answer began with."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from drafter.engines.llm import LLM
from drafter.errors import LLMError
from drafter.models import LLMSettings, ModelSpec, StructuredMethod, load_models, resolve_settings
from drafter.prompts import Prompt, load_prompt
from drafter.testing.openai_server import OpenAIServer, Reply


class BudgetParagraph(BaseModel):
    """预算执行情况的一段话。"""

    text: str = Field(description="一段中文正文")
    cites: list[str] = Field(description="所用事实编号")


ANSWER = {"text": "2022年实际支出3229.91万元，预算完成率92.94%。", "cites": ["F3", "F7"]}
THINKING = ("<think>\n用户要求写预算执行段落。事实表给出实际支出3229.91万元、调整预算3475.09万元，"
            "完成率应为92.94%。输出格式是 {\"text\": …}。\n</think>\n\n")
VARS = {"unit": "广州市天河区应急管理局", "facts": "F3｜实际支出｜3229.91万元\nF7｜预算完成率｜92.94%"}


@pytest.fixture
def prompt(tmp_path: Path) -> Prompt:
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "budget_para.v1.md").write_text(
        "---\nname: budget_para\nversion: v1\ndescription: 预算段\n---\n"
        "=== system ===\n你是绩效自评撰稿人。输出 JSON。\n=== user ===\n单位：{{unit}}\n事实：\n{{facts}}\n",
        encoding="utf-8")
    return load_prompt("budget_para", dirs=[folder])


def spec(server: OpenAIServer, method=StructuredMethod.JSON_SCHEMA, **kw) -> ModelSpec:
    return ModelSpec(name="reasoner", base_url=server.url, structured_method=method, **kw)


def ask(spec_: ModelSpec, prompt: Prompt, schema=BudgetParagraph, **kw):
    settings = LLMSettings(spec=spec_, progress=False, timeout=5, use_cache=kw.pop("use_cache", True), **kw)

    async def go():
        async with LLM(settings) as llm:
            if schema is None:
                return await llm.text(prompt, VARS, step="要点")
            return await llm.structured(prompt, VARS, schema, step="预算段")

    return asyncio.run(go())


@pytest.mark.parametrize("method", [StructuredMethod.JSON_SCHEMA, StructuredMethod.JSON_MODE])
def test_an_answer_that_thinks_aloud_before_the_json_parses(openai_server, prompt, method, drafter_home):
    openai_server.script(Reply(raw=THINKING + json.dumps(ANSWER, ensure_ascii=False)))
    out = ask(spec(openai_server, method), prompt)
    assert out == BudgetParagraph(**ANSWER)
    assert openai_server.count == 1  # no re-ask
    cached = b"".join(p.read_bytes() for p in drafter_home.glob("cache.sqlite3*"))
    assert "用户要求写预算执行段落".encode() not in cached


def test_thinking_is_stripped_from_text_answers_too(openai_server, prompt):
    openai_server.script(THINKING + "- 全年执法检查1.29万家次")
    assert ask(spec(openai_server), prompt, schema=None) == "- 全年执法检查1.29万家次"


def test_reasoning_content_beside_the_answer_is_never_parsed_or_kept(openai_server, prompt, drafter_home):
    openai_server.script(Reply(data=ANSWER, reasoning="先核对事实表：实际支出3229.91万元……{不是JSON"))
    out = ask(spec(openai_server, StructuredMethod.JSON_MODE), prompt)
    assert out == BudgetParagraph(**ANSWER)
    cached = b"".join(p.read_bytes() for p in drafter_home.glob("cache.sqlite3*"))
    assert "先核对事实表".encode() not in cached


def test_a_parse_failure_says_what_the_answer_began_with(openai_server, prompt):
    unfinished = "<think>\n先列出事实表中的数字：实际支出3229.91万元、调整预算3475.09万元"  # cut off mid-thought
    openai_server.script(Reply(raw=unfinished), Reply(raw=unfinished))
    with pytest.raises(LLMError) as err:
        ask(spec(openai_server, StructuredMethod.JSON_MODE), prompt)
    message = str(err.value)
    assert "\n" not in message and "回答开头" in message and "<think> 先列出事实表中的数字" in message


# ------------------------------------------------------------------------------------ the models file


def test_the_built_in_deepseek_entries_are_todays_models_with_thinking_off():
    specs, _ = load_models()
    flash = specs["deepseek-v4-flash"]
    assert flash.context_window == 1_000_000 and flash.thinking is False
    assert flash.structured_method in (StructuredMethod.FUNCTION_CALLING, StructuredMethod.JSON_MODE)
    assert {"deepseek-chat", "deepseek"} <= set(flash.aliases)
    assert "deepseek-v4-pro" in specs
    assert specs["qwen-plus"].thinking is False


def test_an_alias_resolves_to_its_entry():
    s = resolve_settings("deepseek-chat")
    assert s.spec.name == "deepseek-v4-flash" and s.spec.served_name == "deepseek-v4-flash"


@pytest.mark.parametrize("provider, expected", [
    ("deepseek", {"thinking": {"type": "disabled"}}),
    ("qwen", {"enable_thinking": False}),
])
def test_each_providers_thinking_switch_reaches_the_server(openai_server, prompt, provider, expected):
    openai_server.script(ANSWER)
    ask(spec(openai_server, thinking=False, thinking_switch=provider), prompt, use_cache=False)
    body = openai_server.requests[0].body
    for key, value in expected.items():
        assert body[key] == value


@pytest.mark.parametrize("param", ["max_tokens", "max_completion_tokens"])
def test_the_token_limit_goes_on_the_wire_under_the_name_the_model_accepts(openai_server, prompt, param):
    openai_server.script(ANSWER)
    ask(spec(openai_server, max_output_tokens=2048, token_param=param), prompt, use_cache=False)
    body = openai_server.requests[0].body
    other = {"max_tokens": "max_completion_tokens", "max_completion_tokens": "max_tokens"}[param]
    assert body[param] == 2048 and other not in body


def test_extra_headers_reach_the_server(openai_server, prompt):
    openai_server.script(ANSWER)
    ask(spec(openai_server, headers={"X-DashScope-Workspace": "ws-tianhe"}), prompt, use_cache=False)
    assert openai_server.requests[0].headers["x-dashscope-workspace"] == "ws-tianhe"


def test_drafter_models_shows_aliases_thinking_and_the_token_parameter(drafter_home):
    from typer.testing import CliRunner

    from drafter.cli import app

    out = CliRunner().invoke(app, ["models"], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    for text in ("deepseek-v4-flash", "deepseek-chat", "1000000", "thinking", "max_tokens", "关"):
        assert text in out.output
