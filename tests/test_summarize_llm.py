"""`summarize` through the LLM path, against the local OpenAI-compatible server over real HTTP.

The stand-in model (drafter.testing.reports.summary_responder) copies sentences from what it is sent, so
these tests pin the chain — chunking, concurrent map, reduce levels, final pass, number check, repair
loop, marking, trimming, cache — not a model's prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.chains.summarize import chunk_budget, summarize
from drafter.datablocks import block_bodies
from drafter.models import LLMSettings, ModelSpec
from drafter.summary import HEADINGS, count_chars
from drafter.testing.reports import summary_responder, synthetic_report
from drafter.tokens import count_tokens

SEED = Path(__file__).resolve().parents[1] / "examples" / "tianhe-2022" / "seed-ocr.txt"
INVENTED = "开展宣讲6.8万次，受众达41.3万人次。"  # the seed says 5.9万次


def settings_for(server, **kw) -> LLMSettings:
    fields = dict(spec=ModelSpec(name="summary-test", base_url=server.url, context_window=kw.pop("window", 32768)),
                  api_key="sk-test-summary", progress=False, backoff_base=0.001, backoff_max=0.01, timeout=10.0)
    fields.update(kw)
    return LLMSettings(**fields)


def final_requests(server):
    return [r for r in server.requests if r.schema_name == "SummaryDraft"]


def test_seed_summary_through_the_llm_is_checked_and_states_the_completion(openai_server):
    openai_server.responder = summary_responder
    s = summarize(SEED, engine="llm", settings=settings_for(openai_server))
    assert s.engine == "llm" and s.model == "summary-test"
    assert s.ok and s.chars == count_chars(s.text) <= 500
    assert all(f"{h}：" in s.text for h in HEADINGS)
    assert "92.94%" in s.section("总体情况").body
    assert s.prompts == {"summarize_final": "v2", "summarize_map": "v2"}
    assert s.usage.calls == openai_server.count == s.stats["map_calls"] + s.stats["reduce_calls"] + 1
    assert s.usage.prompt_tokens > 0 and s.repair_rounds == 0
    # the map saw the report's own (cleaned) text, numbers whole
    assert "1.29万家次" in openai_server.requests[0].user_text


def test_an_invented_number_goes_back_to_the_model_and_is_fixed(openai_server):
    finals = []

    def responder(request):
        out = summary_responder(request)
        if request.schema_name == "SummaryDraft":
            finals.append(request)
            if len(finals) == 1:  # first draft: one figure the report does not have
                out["results"] = [INVENTED, *out["results"][:2]]
        return out

    openai_server.responder = responder
    s = summarize(SEED, engine="llm", settings=settings_for(openai_server))
    assert s.repair_rounds == 1 and s.ok
    assert "6.8万次" not in s.text
    repair = finals[1]
    assert "6.8万次" in repair.last_user_text and "找不到出处" in repair.last_user_text
    assert any(m["role"] == "assistant" and "6.8万次" in (m.get("content") or "") for m in repair.messages)
    assert s.prompts["summarize_repair"] == "v2"


def test_a_number_still_unsupported_after_the_rounds_is_marked_not_kept_silently(openai_server):
    def responder(request):
        out = summary_responder(request)
        if request.schema_name == "SummaryDraft":
            out["results"] = [INVENTED, *out["results"][:2]]
        return out

    openai_server.responder = responder
    s = summarize(SEED, engine="llm", settings=settings_for(openai_server, repair_rounds=2))
    assert s.repair_rounds == 2 and len(final_requests(openai_server)) == 3
    assert "【待核实：6.8万次】" in s.text
    assert not s.ok and [m.text for m in s.check.unsupported] == ["6.8万次"]


def test_completion_figure_is_put_first_when_the_model_leaves_it_out(openai_server):
    def responder(request):
        out = summary_responder(request)
        if request.schema_name == "SummaryDraft":
            out["overall"] = "全年各项工作平稳有序推进。"
        return out

    openai_server.responder = responder
    s = summarize(SEED, engine="llm", settings=settings_for(openai_server))
    overall = s.section("总体情况").items
    assert overall[0].startswith("调整预算3475.09万元") and "预算完成率92.94%" in overall[0]
    assert s.budget_figure == "预算完成率92.94%" and s.ok


def test_an_overlong_answer_is_cut_at_sentence_ends_to_the_limit(openai_server):
    def responder(request):
        out = summary_responder(request)
        if request.schema_name == "SummaryDraft":
            out["results"] = out["results"] * 3
            out["next_steps"] = out["next_steps"] + "提高预算编制的准确性。优化流程，提高预算执行力。"
        return out

    openai_server.responder = responder
    s = summarize(SEED, chars=200, engine="llm", settings=settings_for(openai_server))
    assert s.trimmed and s.chars <= 200
    assert "92.94%" in s.section("总体情况").body
    for item in (i for sec in s.sections for i in sec.items):
        assert item.endswith(("。", "！", "？", "；")), item  # whole sentences only


def test_long_report_is_mapped_concurrently_and_reduced_in_levels(openai_server, tmp_path):
    report = synthetic_report(40_000, seed=5)
    path = tmp_path / "long.txt"
    path.write_text(report.text, encoding="utf-8")
    openai_server.responder = summary_responder
    openai_server.latency = 0.05
    settings = settings_for(openai_server, window=3000, concurrency=3)  # a small window forces many chunks
    budget = chunk_budget(settings)
    s = summarize(path, engine="llm", settings=settings)
    maps = [r for r in openai_server.requests if "报告片段：" in r.user_text]
    reduces = [r for r in openai_server.requests if "各片段要点：" in r.user_text]
    assert len(maps) == s.stats["map_calls"] == s.stats["chunks"] > 6
    assert all(count_tokens(block_bodies(r.user_text, "报告原文")[0]) <= budget + 20 for r in maps)
    assert reduces and s.stats["reduce_depth"] >= 2
    assert 1 < openai_server.max_in_flight <= 3
    assert s.ok and report.completion in s.section("总体情况").body


def test_a_second_run_is_answered_from_the_cache(openai_server):
    openai_server.responder = summary_responder
    first = summarize(SEED, engine="llm", settings=settings_for(openai_server))
    sent = openai_server.count
    second = summarize(SEED, engine="llm", settings=settings_for(openai_server))
    assert openai_server.count == sent
    assert second.usage.cache_hits == sent and second.text == first.text


def test_focus_travels_into_the_map_and_final_prompts(openai_server):
    openai_server.responder = summary_responder
    summarize(SEED, focus="森林防火", engine="llm", settings=settings_for(openai_server))
    assert all("森林防火" in r.system_text for r in openai_server.requests)


def test_llm_engine_without_a_model_is_a_usage_error():
    from drafter.errors import UsageError

    with pytest.raises(UsageError, match="--model"):
        summarize(SEED, engine="llm")
