"""The LLM client layer against a local OpenAI-compatible server, over real HTTP with the real clients."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from drafter.cache import SQLiteStore
from drafter.engines.llm import LLM
from drafter.errors import LLMError
from drafter.models import LLMSettings, ModelSpec, StructuredMethod
from drafter.prompts import Prompt, load_prompt
from drafter.testing.openai_server import OpenAIServer, Reply

SECRET = "sk-test-tianhe-0123456789abcdef"


class BudgetParagraph(BaseModel):
    """预算执行情况的一段话。"""

    text: str = Field(description="一段中文正文")
    cites: list[str] = Field(description="所用事实编号")


ANSWER = {"text": "2022年实际支出3229.91万元，预算完成率92.94%。", "cites": ["F3", "F5"]}


@pytest.fixture
def prompt(tmp_path: Path) -> Prompt:
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "budget_para.v1.md").write_text(
        "---\nname: budget_para\nversion: v1\ndescription: 预算段\n---\n"
        "=== system ===\n你是绩效自评撰稿人。示例：{\"text\": \"……\", \"cites\": [\"F1\"]}\n"
        "=== user ===\n单位：{{unit}}\n事实：\n{{facts}}\n", encoding="utf-8")
    return load_prompt("budget_para", dirs=[folder])


def settings_for(server: OpenAIServer, method: StructuredMethod = StructuredMethod.JSON_SCHEMA, **kw) -> LLMSettings:
    fields = dict(spec=ModelSpec(name="tianhe-test", base_url=server.url, structured_method=method),
                  api_key=SECRET, api_key_env="DRAFTER_API_KEY", progress=False, timeout=5.0)
    fields.update(kw)
    return LLMSettings(**fields)


VARS = {"unit": "广州市天河区应急管理局", "facts": "F3｜实际支出｜3229.91万元\nF5｜预算完成率｜92.94%"}


def ask(settings: LLMSettings, prompt: Prompt, **kw) -> tuple[BudgetParagraph, LLM]:
    async def go():
        async with LLM(settings, **kw) as llm:
            return await llm.structured(prompt, VARS, BudgetParagraph, step="预算段"), llm

    return asyncio.run(go())


@pytest.mark.parametrize("method", list(StructuredMethod))
def test_each_structured_method_returns_the_validated_object(openai_server, prompt, method):
    openai_server.script(ANSWER)
    out, llm = ask(settings_for(openai_server, method), prompt)
    assert out == BudgetParagraph(**ANSWER)
    body = openai_server.requests[0].body
    if method is StructuredMethod.JSON_SCHEMA:
        assert body["response_format"]["type"] == "json_schema"
        assert body["response_format"]["json_schema"]["name"] == "BudgetParagraph"
        assert "tools" not in body
    elif method is StructuredMethod.FUNCTION_CALLING:
        assert body["tools"][0]["function"]["name"] == "BudgetParagraph"
        assert body["tool_choice"]["function"]["name"] == "BudgetParagraph"
    else:
        assert body["response_format"] == {"type": "json_object"}
        system = openai_server.requests[0].system_text
        assert "JSON" in system and '"cites"' in system  # the schema travels in the prompt
    assert openai_server.requests[0].user_text.startswith("单位：广州市天河区应急管理局")
    assert llm.prompts == {"budget_para": "v1"}


def test_usage_adds_up_the_servers_token_figures(openai_server, prompt):
    openai_server.script(ANSWER, ANSWER)

    async def go():
        async with LLM(settings_for(openai_server, use_cache=False)) as llm:
            await llm.structured(prompt, VARS, BudgetParagraph, step="a")
            await llm.structured(prompt, VARS, BudgetParagraph, step="b")
            return llm.usage

    usage = asyncio.run(go())
    expected = [r for r in openai_server.requests]
    assert usage.calls == 2 and usage.cache_hits == 0
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert usage.prompt_tokens % 2 == 0 and len(expected) == 2  # same request twice: twice the same figure
    assert usage.wall_seconds > 0


def test_text_calls_return_the_content(openai_server, prompt):
    openai_server.script("- 全年执法检查1.29万家次")

    async def go():
        async with LLM(settings_for(openai_server)) as llm:
            return await llm.text(prompt, VARS, step="要点")

    assert asyncio.run(go()) == "- 全年执法检查1.29万家次"
    assert "response_format" not in openai_server.requests[0].body


def test_a_second_identical_run_is_answered_from_the_cache_without_any_request(openai_server, prompt):
    openai_server.script(ANSWER)
    first, _ = ask(settings_for(openai_server), prompt)
    assert openai_server.count == 1
    second, llm = ask(settings_for(openai_server), prompt)
    assert second == first
    assert openai_server.count == 1
    assert llm.usage.cache_hits == 1 and llm.usage.calls == 0


def test_the_cache_key_ignores_the_servers_address_and_the_key(prompt, drafter_home):
    with OpenAIServer() as one:
        one.script(ANSWER)
        ask(settings_for(one), prompt)
    with OpenAIServer() as other:  # another port, another key: same request content
        out, llm = ask(settings_for(other, api_key="sk-another-key-999"), prompt)
        assert other.count == 0 and out.text == ANSWER["text"]


def test_no_cache_sends_every_call(openai_server, prompt):
    openai_server.script(ANSWER, ANSWER)
    ask(settings_for(openai_server), prompt)
    ask(settings_for(openai_server, use_cache=False), prompt)
    assert openai_server.count == 2


def test_the_api_key_reaches_the_server_but_never_the_cache(openai_server, prompt, drafter_home):
    openai_server.script(ANSWER)
    ask(settings_for(openai_server), prompt)
    assert openai_server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    cache = drafter_home / "cache.sqlite3"
    raw = b"".join(p.read_bytes() for p in drafter_home.glob("cache.sqlite3*"))
    assert SECRET.encode() not in raw and "0123456789abcdef".encode() not in raw
    rows = sqlite3.connect(cache).execute("SELECT record FROM responses").fetchall()
    assert len(rows) == 1 and "3229.91" in rows[0][0] and openai_server.url not in rows[0][0]
    assert "**********" in repr(settings_for(openai_server)) and SECRET not in repr(settings_for(openai_server))


def _retry_counts(server: OpenAIServer) -> list[str]:
    return [r.headers.get("x-stainless-retry-count", "") for r in server.requests]


def test_429_is_retried_by_the_sdk_after_the_servers_retry_after(openai_server, prompt):
    openai_server.script(Reply.rate_limited(retry_after="0.3"), Reply.rate_limited(retry_after="0.2"), ANSWER)
    out, llm = ask(settings_for(openai_server), prompt)
    assert out.text == ANSWER["text"]
    assert _retry_counts(openai_server) == ["0", "1", "2"]  # the openai SDK's own retries, one request each
    arrived = [r.received for r in openai_server.requests]
    assert arrived[1] - arrived[0] >= 0.3 and arrived[2] - arrived[1] >= 0.2  # Retry-After honoured
    assert openai_server.count == 3 and llm.usage.calls == 1


def test_server_errors_are_retried_by_the_sdk(openai_server, prompt):
    openai_server.script(Reply.server_error(), Reply.server_error(502), Reply.server_error(503), ANSWER)
    out, _ = ask(settings_for(openai_server), prompt)
    assert out.text == ANSWER["text"]
    assert _retry_counts(openai_server) == ["0", "1", "2", "3"]


def test_retries_are_bounded_and_the_error_is_one_line(openai_server, prompt):
    openai_server.script(*[Reply.server_error()] * 3)
    with pytest.raises(LLMError) as err:
        ask(settings_for(openai_server, max_retries=2), prompt)
    message = str(err.value)
    assert "\n" not in message and openai_server.url in message and "HTTP 500" in message
    assert openai_server.count == 3  # first try + 2 retries


def test_a_reply_slower_than_the_timeout_is_retried(openai_server, prompt):
    openai_server.script(Reply.slow(2.0, ANSWER), ANSWER)
    out, llm = ask(settings_for(openai_server, timeout=0.3), prompt)
    assert out.text == ANSWER["text"]
    assert openai_server.count == 2 and _retry_counts(openai_server) == ["0", "1"]


def test_connection_errors_are_retried_then_reported(prompt):
    with OpenAIServer() as gone:
        url = gone.url
    settings = LLMSettings(spec=ModelSpec(name="m", base_url=url), progress=False, max_retries=1, timeout=2.0)
    with pytest.raises(LLMError, match="无法连接 / connection failed") as err:
        ask(settings, prompt)
    assert url in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("method", list(StructuredMethod))
def test_malformed_output_gets_one_re_ask_carrying_the_parse_error(openai_server, prompt, method):
    openai_server.script(Reply.malformed('{"text": "预算完成率92.94%", "cites": ['), ANSWER)
    out, llm = ask(settings_for(openai_server, method), prompt)
    assert out.text == ANSWER["text"]
    assert openai_server.count == 2
    re_ask = openai_server.requests[1].messages
    assert re_ask[-2]["role"] == "assistant" and "92.94%" in re_ask[-2]["content"]
    assert re_ask[-1]["role"] == "user" and "无法使用" in re_ask[-1]["content"]
    # the answer is cached under the original request: a rerun sends nothing
    ask(settings_for(openai_server, method), prompt)
    assert openai_server.count == 2


def test_output_missing_a_field_is_re_asked_too(openai_server, prompt):
    openai_server.script({"text": "只有正文"}, ANSWER)
    out, _ = ask(settings_for(openai_server), prompt)
    assert out.cites == ["F3", "F5"]
    assert "cites" in openai_server.requests[1].messages[-1]["content"]


def test_malformed_twice_is_a_clear_error_and_nothing_is_cached(openai_server, prompt, drafter_home):
    openai_server.script(Reply.malformed("不是 JSON"), Reply.malformed("还是不是"))
    with pytest.raises(LLMError, match="两次输出都不符合 BudgetParagraph") as err:
        ask(settings_for(openai_server), prompt)
    assert "\n" not in str(err.value)
    assert len(SQLiteStore(drafter_home / "cache.sqlite3")) == 0


@pytest.mark.parametrize("reply,status", [(Reply.unauthorized(), 401), (Reply.forbidden(), 403)])
def test_authentication_failures_name_the_url_and_the_variable_in_one_line(openai_server, prompt, reply, status):
    openai_server.script(reply)
    with pytest.raises(LLMError) as err:
        ask(settings_for(openai_server, api_key_env="DEEPSEEK_API_KEY"), prompt)
    message = str(err.value)
    assert f"HTTP {status}" in message and openai_server.url in message and "DEEPSEEK_API_KEY" in message
    assert "\n" not in message and SECRET not in message
    assert openai_server.count == 1  # never retried


def test_a_server_rejecting_json_schema_suggests_function_calling(prompt):
    with OpenAIServer(rejects={"json_schema"}) as deepseek_like:
        with pytest.raises(LLMError) as err:
            ask(settings_for(deepseek_like, StructuredMethod.JSON_SCHEMA), prompt)
        message = str(err.value)
        assert "This response_format type is unavailable now" in message
        assert "--structured-method function_calling" in message and "structured_method: function_calling" in message
        assert deepseek_like.count == 1
        deepseek_like.script(ANSWER)
        out, _ = ask(settings_for(deepseek_like, StructuredMethod.FUNCTION_CALLING), prompt)
        assert out.text == ANSWER["text"]


def test_concurrency_is_bounded_by_the_setting(prompt):
    with OpenAIServer(responder=lambda r: ANSWER, latency=0.05) as server:
        async def go():
            async with LLM(settings_for(server, concurrency=2, use_cache=False)) as llm:
                variables = [{**VARS, "unit": f"单位{i}"} for i in range(6)]
                return await llm.as_runnable(prompt, BudgetParagraph, step="并发").abatch(variables)

        outs = asyncio.run(go())
        assert len(outs) == 6 and server.count == 6
        assert server.max_in_flight == 2
