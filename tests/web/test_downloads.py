"""What the page's downloads carry: a summary's .docx and .md end with the same number-check table as a
draft's, so the reviewer who reads the download sees where each figure comes from."""

from __future__ import annotations

import io
import time
from pathlib import Path

from drafter.check import check_files

from .conftest import EXAMPLES, example_zip

HEADER = ["数字", "核验结果", "来源或计算公式"]


def _done(client, job: dict) -> dict:
    while (state := client.get(f"/api/jobs/{job['id']}").json())["state"] == "running":
        time.sleep(0.05)
    assert state["state"] == "done", state.get("error")
    return state


def _summary_job(client) -> dict:
    report = (EXAMPLES / "tianhe-2022" / "seed-ocr.txt").read_bytes()
    job = client.post("/api/summaries", files={"file": ("seed-ocr.txt", report, "text/plain")},
                      data={"chars": "300"}).json()
    return _done(client, job)


def _draft_job(client) -> dict:
    job = client.post("/api/jobs", files={"file": ("jiangwan.zip", example_zip("jiangwan-library-2023"))}).json()
    client.post(f"/api/jobs/{job['id']}/draft", data={"engine": "offline"})
    return _done(client, job)


def _download(client, job: dict, fmt: str) -> bytes:
    response = client.get(f"/api/jobs/{job['id']}/download", params={"format": fmt})
    assert response.status_code == 200
    return response.content


def _numbers(client, job: dict) -> list[str]:
    """The checked numbers of a job, in order, from its JSON download."""
    import json

    check = json.loads(_download(client, job, "json"))["check"]
    return [m["text"] for m in check["mentions"] if m["status"] != "ignored"]


def _docx_appendix(data: bytes) -> tuple[list[str], list[list[str]]]:
    import docx

    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    rows = [[c.text for c in row.cells] for row in document.tables[-1].rows] if document.tables else []
    return headings, rows


def _md_appendix(text: str) -> tuple[str, list[list[str]]]:
    body, _, appendix = text.partition("\n## 附：数字核验\n")
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in appendix.splitlines()
            if line.startswith("|") and not set(line) <= set("|-: ")]
    return body, rows


def test_a_summary_docx_ends_with_the_number_check_table_as_a_draft_docx_does(client) -> None:
    summary, drafted = _summary_job(client), _draft_job(client)
    for job in (summary, drafted):
        headings, rows = _docx_appendix(_download(client, job, "docx"))
        assert headings[-1] == "附：数字核验"
        assert rows[0] == HEADER
        assert [r[0] for r in rows[1:]] == _numbers(client, job)
        assert all(r[1] and r[2] for r in rows[1:])  # every number has a verdict and a source or formula


def test_a_summary_md_keeps_the_summary_text_then_the_same_table(client) -> None:
    summary = _summary_job(client)
    body, rows = _md_appendix(_download(client, summary, "md").decode("utf-8"))
    assert body.startswith("总体情况：") and "\n\n下一步：" in body  # the summary as printed, unchanged
    assert rows[0] == HEADER
    assert [r[0] for r in rows[1:]] == _numbers(client, summary)
    assert "92.94%" in [r[0] for r in rows[1:]]


def test_a_draft_md_download_carries_the_same_table(client) -> None:
    drafted = _draft_job(client)
    body, rows = _md_appendix(_download(client, drafted, "md").decode("utf-8"))
    assert body.startswith("# ") and "## 存在问题" in body
    assert rows[0] == HEADER and [r[0] for r in rows[1:]] == _numbers(client, drafted)


def test_drafter_check_on_a_downloaded_md_checks_the_text_not_its_table(client, tmp_path: Path) -> None:
    drafted = _draft_job(client)
    data = _download(client, drafted, "md")
    with_table, bare = tmp_path / "草稿.md", tmp_path / "正文.md"
    with_table.write_bytes(data)
    bare.write_text(_md_appendix(data.decode("utf-8"))[0], encoding="utf-8")
    folder = EXAMPLES / "jiangwan-library-2023"
    sources = [folder / "input.yaml", folder / "worklogs"]
    checked = check_files(str(with_table), sources)
    assert [m.text for m in checked.mentions] == [m.text for m in check_files(str(bare), sources).mentions]
    assert checked.ok
