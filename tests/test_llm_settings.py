"""Models as data, versioned prompts and offline token counting."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.errors import InputError, UsageError
from drafter.models import StructuredMethod, load_models, resolve_settings
from drafter.prompts import list_prompts, load_prompt
from drafter.tokens import count_tokens, split_text, split_to_budget

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------------------------------- models


def test_built_in_models_declare_the_method_each_provider_accepts():
    specs, default = load_models()
    assert default is None
    assert specs["deepseek-v4-flash"].structured_method in (StructuredMethod.FUNCTION_CALLING, StructuredMethod.JSON_MODE)
    assert specs["deepseek-v4-flash"].base_url == "https://api.deepseek.com/v1"
    assert specs["qwen-plus"].structured_method is StructuredMethod.JSON_MODE
    assert "compatible-mode" in specs["qwen-plus"].base_url
    assert specs["gpt-4o-mini"].structured_method is StructuredMethod.JSON_SCHEMA
    assert {"local-vllm", "local-ollama"} <= set(specs)


def test_nothing_configured_means_offline():
    assert resolve_settings() is None


def test_a_model_name_of_ones_own_works_with_a_base_url_and_defaults_to_json_schema():
    s = resolve_settings("qwen2.5-72b-天河内网", base_url="http://10.0.0.5:8000/v1")
    assert s.spec.served_name == "qwen2.5-72b-天河内网"
    assert s.spec.base_url == "http://10.0.0.5:8000/v1"
    assert s.spec.structured_method is StructuredMethod.JSON_SCHEMA
    s = resolve_settings("my-model", base_url="http://10.0.0.5:8000/v1", structured_method="json_mode")
    assert s.spec.structured_method is StructuredMethod.JSON_MODE


def test_an_unknown_model_without_base_url_is_a_usage_error_listing_the_known_ones():
    with pytest.raises(UsageError, match="--base-url") as err:
        resolve_settings("gpt-9")
    assert "deepseek-v4-flash" in str(err.value)


def test_a_wrong_structured_method_is_a_usage_error():
    with pytest.raises(UsageError, match="json_schema \\| function_calling \\| json_mode"):
        resolve_settings("deepseek-chat", structured_method="xml")


def test_options_reach_the_settings():
    s = resolve_settings("deepseek-chat", no_cache=True, concurrency=8, repair_rounds=0)
    assert (s.use_cache, s.concurrency, s.repair_rounds) == (False, 8, 0)
    d = resolve_settings("deepseek-chat")
    assert (d.use_cache, d.concurrency, d.repair_rounds) == (True, 4, 2)


def test_the_users_models_file_adds_overrides_and_names_a_default(drafter_home):
    (drafter_home / "models.yaml").write_text(
        "default: 内网千问\n"
        "models:\n"
        "  - name: 内网千问\n    model: Qwen2.5-72B-Instruct\n    base_url: http://192.168.1.20:8000/v1\n"
        "    context_window: 32768\n    structured_method: json_schema\n"
        "  - name: deepseek-chat\n    base_url: https://proxy.example.cn/deepseek/v1\n"
        "    structured_method: json_mode\n    api_key_env: DEEPSEEK_API_KEY\n", encoding="utf-8")
    s = resolve_settings()
    assert s.spec.name == "内网千问" and s.spec.served_name == "Qwen2.5-72B-Instruct"
    d = resolve_settings("deepseek-chat")
    assert d.spec.base_url == "https://proxy.example.cn/deepseek/v1"
    assert d.spec.structured_method is StructuredMethod.JSON_MODE


def test_drafter_model_in_the_environment_configures_a_model(monkeypatch):
    monkeypatch.setenv("DRAFTER_MODEL", "gpt-4o-mini")
    assert resolve_settings().spec.name == "gpt-4o-mini"


def test_a_broken_models_file_names_the_file_and_the_entry(drafter_home):
    (drafter_home / "models.yaml").write_text("models:\n  - name: x\n    context_window: 很大\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        resolve_settings("x")
    assert str(drafter_home / "models.yaml") in str(err.value) and "models.0" in str(err.value)


def test_the_key_comes_from_drafter_api_key_first_then_the_entrys_variable(monkeypatch):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-deepseek")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    s = resolve_settings("deepseek-chat")
    assert s.api_key.get_secret_value() == "sk-deepseek" and s.api_key_env == "DEEPSEEK_API_KEY"
    monkeypatch.setenv("DRAFTER_API_KEY", "sk-drafter")
    s = resolve_settings("deepseek-chat")
    assert s.api_key.get_secret_value() == "sk-drafter" and s.api_key_env == "DRAFTER_API_KEY"
    assert "sk-drafter" not in repr(s) and "sk-drafter" not in s.model_dump_json()


def test_drafter_models_lists_the_configured_models(drafter_home, monkeypatch):
    from typer.testing import CliRunner

    from drafter.cli import app

    monkeypatch.setenv("DRAFTER_MODEL", "qwen-plus")
    out = CliRunner().invoke(app, ["models"], env={"COLUMNS": "250"})
    assert out.exit_code == 0, out.output
    for name in ("deepseek-v4-flash", "qwen-plus *", "gpt-4o-mini", "local-vllm", "local-ollama", "function_calling",
                 "json_mode", "默认模型 / default: qwen-plus"):
        assert name in out.output


def test_drafter_prompts_lists_names_and_versions():
    from typer.testing import CliRunner

    from drafter.cli import app

    out = CliRunner().invoke(app, ["prompts"], env={"COLUMNS": "250"})
    assert out.exit_code == 0, out.output
    assert "draft_目标完成情况" in out.output and "v3 *" in out.output and "repair_section" in out.output


# ------------------------------------------------------------------------------------------- prompts


def test_the_draft_prompts_are_versioned_files_loaded_latest_first():
    names = {p.name for p in list_prompts()}
    assert {"draft_目标完成情况", "draft_存在问题", "draft_改进措施", "condense_logs", "reduce_logs",
            "repair_section"} <= names
    p = load_prompt("draft_存在问题")
    assert p.version == "v4" and p.path.name == "draft_存在问题.v4.md"
    assert {"facts", "problems", "causes"} <= set(p.variables)
    assert load_prompt("draft_存在问题", "v3").version == "v3"  # old versions stay loadable


def test_a_newer_version_wins_unless_an_older_one_is_asked_for(tmp_path):
    for n, word in ((1, "旧"), (2, "新")):
        (tmp_path / f"greet.v{n}.md").write_text(
            f"---\nname: greet\nversion: v{n}\n---\n=== user ===\n{word}：{{{{unit}}}}\n", encoding="utf-8")
    assert load_prompt("greet", dirs=[tmp_path]).version == "v2"
    old = load_prompt("greet", "v1", dirs=[tmp_path])
    assert old.format_messages({"unit": "天河区"})[0].content == "旧：天河区"
    with pytest.raises(UsageError, match="v3"):
        load_prompt("greet", 3, dirs=[tmp_path])


def test_json_examples_stay_literal_and_values_are_never_html_escaped(tmp_path):
    (tmp_path / "p.v1.md").write_text(
        '---\nname: p\nversion: 1\n---\n=== system ===\n输出示例：{"paragraphs": [{"text": "…", "cites": ["F1"]}]}\n'
        "=== user ===\n{{facts}}\n{{#extra}}补充：{{extra}}{{/extra}}\n", encoding="utf-8")
    system, user = load_prompt("p", dirs=[tmp_path]).format_messages({"facts": "F1｜a<b & “c”｜3>2", "extra": ""})
    assert system.content == '输出示例：{"paragraphs": [{"text": "…", "cites": ["F1"]}]}'
    assert user.content.strip() == "F1｜a<b & “c”｜3>2"


def test_a_prompt_whose_front_matter_disagrees_with_its_file_name_is_refused(tmp_path):
    (tmp_path / "p.v2.md").write_text("---\nname: p\nversion: v1\n---\n=== user ===\nx\n", encoding="utf-8")
    with pytest.raises(InputError, match="p.v2.md"):
        load_prompt("p", dirs=[tmp_path])


# ------------------------------------------------------------------------------------------- tokens


def test_tiktoken_works_offline_from_the_seeded_files(tmp_path):
    """In a fresh process with an empty cache folder and every socket refused, counting still works."""
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled in this test')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "from drafter.tokens import count_tokens, cache_dir\n"
        "print(count_tokens('实际支出3229.91万元，预算完成率92.94%'), sorted(p.name for p in cache_dir().iterdir()))\n"
    )
    env = {**os.environ, "DRAFTER_HOME": str(tmp_path), "TIKTOKEN_CACHE_DIR": str(tmp_path / "tk")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    count, files = out.stdout.split(" ", 1)
    assert int(count) > 5
    url = "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"
    assert hashlib.sha1(url.encode()).hexdigest() in files


def test_split_to_budget_never_exceeds_the_budget_and_loses_nothing():
    entries = [f"2022-{m:02d}-15 开展安全生产执法检查{m * 37}家次，发现隐患{m * 11}条，已整改{m * 10}条。" for m in range(1, 13)]
    entries.append("全年汛期值班值守。" * 400)  # one entry longer than the budget
    batches = split_to_budget(entries, 120)
    assert all(count_tokens("".join(b)) <= 120 for b in batches)
    assert "".join("".join(b) for b in batches) == "".join(entries)
    assert split_text("短文本。", 50) == ["短文本。"]
