"""The JSON API under the page: the same answers as the CLI, documented by the OpenAPI page, keys kept on
the server."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
import yaml

from drafter.check import check_files
from drafter.pipeline import draft
from drafter.render import render_json
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.responders import LocalModel

from .conftest import EXAMPLES, example_zip


def _relative(text: str, folder: Path) -> str:
    return text.replace(f"{folder}/", "")


@pytest.mark.parametrize("example", ["tianhe-2022", "shiqiao-town-2023"])
def test_api_draft_answers_the_json_of_drafter_draft_format_json(client, example: str) -> None:
    folder = EXAMPLES / example
    expected = json.loads(_relative(render_json(draft(folder)), folder))
    response = client.post("/api/draft", files={"file": (f"{example}.zip", example_zip(example), "application/zip")})
    assert response.status_code == 200
    assert response.json() == expected  # sources named inside the upload: input.yaml, worklogs/…


def test_api_draft_takes_a_single_input_file_and_a_section(client) -> None:
    data = (EXAMPLES / "jiangwan-library-2023" / "input.yaml").read_bytes()
    response = client.post("/api/draft", files={"file": ("input.yaml", data)}, data={"sections": ["存在问题"]})
    assert response.status_code == 200
    body = response.json()
    assert [s["name"] for s in body["sections"]] == ["存在问题"]
    assert body["check"]["summary"]["sources"] == ["input.yaml"]


def test_api_draft_refuses_an_unknown_section_with_the_cli_line(client) -> None:
    response = client.post("/api/draft", files={"file": ("tianhe.zip", example_zip("tianhe-2022"))},
                           data={"sections": ["自评结论"]})
    assert response.status_code == 400
    assert response.json() == {"error": "错误 / error: 未知的章节“自评结论”，可选：目标完成情况 / 存在问题 / 改进措施 / unknown section"}


def test_api_check_answers_the_json_of_drafter_check(client, tmp_path: Path) -> None:
    text = "全年实际支出3229.91万元，预算完成率为92.94%，结余245.18万元，全年启动三防应急响应63次。"
    (tmp_path / "text.md").write_text(text, encoding="utf-8")
    source = EXAMPLES / "tianhe-2022" / "input.yaml"
    expected = json.loads(_relative(check_files(str(tmp_path / "text.md"), [source]).model_dump_json(),
                                    source.parent))
    response = client.post("/api/check", data={"text": text}, files=[("sources", ("input.yaml", source.read_bytes()))])
    assert response.status_code == 200
    assert response.json() == expected
    assert [m["status"] for m in response.json()["mentions"] if m["status"] != "ignored"] == \
        ["exact", "exact", "derived", "unsupported"]  # 预算完成率 92.94 is the form's own field


def test_api_check_without_text_is_one_line(client) -> None:
    source = (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes()
    response = client.post("/api/check", data={"text": "  "}, files=[("sources", ("input.yaml", source))])
    assert response.status_code == 400
    assert response.json()["error"].startswith("错误 / error: 请粘贴要核验的文本")


def test_api_summarize_keeps_the_limit_and_checks_against_the_report(client) -> None:
    report = (EXAMPLES / "tianhe-2022" / "seed-ocr.txt").read_bytes()
    response = client.post("/api/summarize", files={"file": ("seed-ocr.txt", report)},
                           data={"chars": "300", "focus": "森林防火"})
    assert response.status_code == 200
    body = response.json()
    assert body["chars"] <= 300 and body["chars_limit"] == 300 and body["focus"] == "森林防火"
    assert body["source"] == "seed-ocr.txt"
    assert body["check"]["summary"]["ok"] is True
    assert "森林防火" in body["text"]


def test_api_summarize_refuses_a_limit_below_the_minimum(client) -> None:
    report = (EXAMPLES / "tianhe-2022" / "seed-ocr.txt").read_bytes()
    response = client.post("/api/summarize", files={"file": ("seed-ocr.txt", report)}, data={"chars": "20"})
    assert response.status_code == 400
    assert "不能小于 50" in response.json()["error"]


def test_api_import_returns_the_input_as_read(client) -> None:
    response = client.post("/api/import", files={"file": ("石桥镇.zip", example_zip("shiqiao-town-2023"))})
    assert response.status_code == 200
    body = response.json()
    assert body["file"] == "石桥镇.zip" and body["warnings"] == []
    assert body["input"]["unit"] == "云溪县石桥镇人民政府"
    assert all(log["source"].startswith("worklogs/") for log in body["input"]["logs"])


def test_openapi_page_documents_every_endpoint_and_loads_nothing_from_elsewhere(client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/draft", "/api/check", "/api/summarize", "/api/import", "/api/jobs", "/api/engines"):
        assert path in spec["paths"]
    page = client.get("/docs").text
    assets = re.findall(r"""(?:src|href)\s*[:=]\s*['"]([^'"]+)['"]""", page)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200


def test_the_page_serves_every_asset_itself(client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "起草" in page.text
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    assert {"/static/app.js", "/static/app.css"} <= set(assets)
    assert all(a.startswith("/") for a in assets), assets
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_a_model_from_the_models_file_drafts_on_the_server_and_its_key_never_reaches_the_page(
        client, drafter_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-web-test-0123456789abcdef"
    monkeypatch.setenv("DRAFTER_API_KEY", secret)
    with OpenAIServer(responder=LocalModel()) as server:
        endpoint = server.url
        (drafter_home / "models.yaml").write_text(yaml.safe_dump({"models": [
            {"name": "unit-model", "base_url": server.url, "structured_method": "json_schema"}]}), encoding="utf-8")
        seen = [client.get("/").text, client.get("/api/engines").text]
        assert {"engine": "llm", "model": "unit-model", "label": "大模型 unit-model", "ready": True} in client.get("/api/engines").json()
        job = client.post("/api/jobs", files={"file": ("tianhe.zip", example_zip("tianhe-2022"))}).json()
        seen.append(client.post(f"/api/jobs/{job['id']}/draft", data={"engine": "llm", "model": "unit-model"}).text)
        while (state := client.get(f"/api/jobs/{job['id']}")).json()["state"] == "running":
            time.sleep(0.1)
        seen.append(state.text)
        assert state.json()["state"] == "done", state.json()["error"]
        assert state.json()["engine"] == "llm（unit-model）"
        for fmt in ("json", "md"):
            seen.append(client.get(f"/api/jobs/{job['id']}/download", params={"format": fmt}).text)
        assert server.requests and server.requests[0].headers.get("authorization") == f"Bearer {secret}"
    assert not [s for s in seen if secret in s or endpoint in s]


def test_api_check_reads_a_zipped_example_folder_as_its_sources(client) -> None:
    text = "2022年全区共出动2582人次，巡查2565处，发现问题239处；全年预算完成率92.94%。"
    response = client.post("/api/check", data={"text": text},
                           files=[("sources", ("tianhe-2022.zip", example_zip("tianhe-2022")))])
    assert response.status_code == 200
    body = response.json()
    assert body["summary"]["ok"] is True
    assert "tianhe-2022.zip/tianhe-2022/worklogs/2022-05-三防.md" in body["summary"]["sources"]  # named inside the zip


def test_api_summarize_takes_a_zipped_input_folder(client) -> None:
    response = client.post("/api/summarize", files={"file": ("jiangwan.zip", example_zip("jiangwan-library-2023"))},
                           data={"chars": "400"})
    assert response.status_code == 200
    body = response.json()
    assert body["chars"] <= 400 and body["check"]["summary"]["ok"] is True
    assert body["text"].startswith("总体情况：") and "执行率96.33%" in body["text"]  # a project form: its own words


def test_api_check_takes_two_sources_with_the_same_name(client) -> None:
    tianhe = (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes()
    town = (EXAMPLES / "shiqiao-town-2023" / "input.yaml").read_bytes()
    response = client.post("/api/check", data={"text": "天河全年实际支出3229.91万元；石桥镇全年实际支出1598.62万元。"},
                           files=[("sources", ("input.yaml", tianhe)), ("sources", ("input.yaml", town))])
    assert response.status_code == 200
    body = response.json()
    assert body["summary"]["sources"] == ["input.yaml", "input（2）.yaml"] and body["summary"]["ok"] is True
