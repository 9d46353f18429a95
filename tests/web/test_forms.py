"""Forms as finance staff hold them (.xlsx .docx .pdf .txt): imported in the session folder, the import
warnings shown, the draft checked against the imported figures, each figure's cell on the form named."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from drafter.forms import import_form
from drafter.testing.cli import run_drafter

from .conftest import ROOT

FORMS = ROOT / "tests" / "forms"


def draft_job(client, path: Path) -> dict:
    job = client.post("/api/jobs", files={"file": (path.name, path.read_bytes())})
    assert job.status_code == 200, job.json()
    client.post(f"/api/jobs/{job.json()['id']}/draft", data={"engine": "offline"})
    while (state := client.get(f"/api/jobs/{job.json()['id']}").json())["state"] == "running":
        time.sleep(0.1)
    assert state["state"] == "done", state["error"]
    return state


@pytest.mark.parametrize("form", ["school.xlsx", "hospital.docx", "library.pdf", "town.txt"])
def test_a_form_is_drafted_with_its_figures_traced_to_their_cells(client, form: str, tmp_path: Path,
                                                                   drafter_home: Path) -> None:
    state = draft_job(client, FORMS / form)
    assert [s["name"] for s in state["sections"]] == ["目标完成情况", "存在问题", "改进措施"]
    assert state["check"]["traced"] > 10
    # the page's verdict is the CLI's for the same form
    cli = run_drafter("draft", str(FORMS / form), home=drafter_home)
    assert cli.stderr.strip().splitlines()[-1].startswith("数字核验：")
    assert state["check"]["ok"] == ("全部可溯源" in cli.stderr)
    marks = [m for s in state["sections"] for p in s["paragraphs"] for m in p["marks"]]
    assert any(f"原表位置：{form} " in m["basis"] for m in marks), "figures name their place on the form"
    assert not [m for m in marks if "（导入）" in m["basis"] or "/s-" in m["basis"]]


def test_the_import_warnings_are_the_importers_own(client) -> None:
    path = FORMS / "clinic.txt"  # its total row says 0 while the 其中 rows hold the money
    expected = [str(w) for w in import_form(path).warnings]
    response = client.post("/api/import", files={"file": (path.name, path.read_bytes())})
    assert response.status_code == 200
    assert response.json()["warnings"] == expected and expected
    assert client.post("/api/jobs", files={"file": (path.name, path.read_bytes())}).json()["warnings"] == expected


@pytest.mark.parametrize("bad", ["not_a_form.xlsx", "scanned.pdf", "password.docx"])
def test_a_bad_form_gets_the_importers_one_line(client, bad: str) -> None:
    path = FORMS / "bad" / bad
    response = client.post("/api/jobs", files={"file": (path.name, path.read_bytes())})
    assert response.status_code == 400
    line = response.json()["error"]
    assert line.startswith(f"错误 / error: {bad}") and "\n" not in line


def test_the_page_shows_a_forms_import_warnings_and_drafts_it(page) -> None:
    path = FORMS / "clinic.txt"
    page.set_input_files("#draft-file", str(path))
    page.click("#draft-upload-button")
    page.wait_for_selector("#draft-options:not([hidden])")
    warnings = page.locator("#draft-warnings li").all_text_contents()
    assert warnings == [str(w) for w in import_form(path).warnings]
    page.click("#draft-run")
    page.wait_for_selector("#draft-result:not([hidden])")
    assert page.locator("#draft-result .body mark.num.traced").count() > 10


def zipped(members: dict[str, bytes | str]) -> bytes:
    """A zip of the folder staff keep, built as Python's zipfile writes it (UTF-8 names, the UTF-8 flag set)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_zip_of_a_form_and_its_work_logs_drafts_the_form_with_those_logs(client) -> None:
    """Staff zip the folder they keep: the 自评表 beside the year's logs, with no input.yaml."""
    data = zipped({"公用经费自评/自评表.xlsx": (FORMS / "school.xlsx").read_bytes(),
                   "公用经费自评/工作日志.md": "## 2023-04-18\n完成东教学楼教室照明改造12间，更换护眼灯具288盏。\n"})
    response = client.post("/api/import", files={"file": ("公用经费自评.zip", data)})
    assert response.status_code == 200, response.json()
    assert any("288盏" in log["text"] and log["source"].endswith("工作日志.md")
               for log in response.json()["input"]["logs"])
    job = client.post("/api/jobs", files={"file": ("公用经费自评.zip", data)})
    assert job.status_code == 200, job.json()
    client.post(f"/api/jobs/{job.json()['id']}/draft", data={"engine": "offline"})
    while (state := client.get(f"/api/jobs/{job.json()['id']}").json())["state"] == "running":
        time.sleep(0.1)
    assert state["state"] == "done" and state["check"]["ok"], state


def test_a_zip_holding_two_forms_and_no_input_is_refused_naming_both(client) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("两张表/学校.xlsx", (FORMS / "school.xlsx").read_bytes())
        zf.writestr("两张表/水利.xlsx", (FORMS / "water.xlsx").read_bytes())
    response = client.post("/api/import", files={"file": ("两张表.zip", buf.getvalue())})
    assert response.status_code == 400
    line = response.json()["error"]
    assert "学校.xlsx" in line and "水利.xlsx" in line and "\n" not in line


def _zip_without_utf8_flag(members: dict[str, bytes]) -> bytes:
    """A zip as Info-ZIP on Linux or macOS writes it: names in UTF-8 bytes, the UTF-8 flag not set."""
    import io
    import zipfile

    buf = io.BytesIO()
    names = {}
    with zipfile.ZipFile(buf, "w") as zf:
        for n, (name, data) in enumerate(members.items()):
            raw = name.encode("utf-8")
            stand_in = f"{n:02d}".encode() + b"x" * (len(raw) - 2)  # same length: the offsets stay right
            names[stand_in] = raw
            zf.writestr(stand_in.decode(), data)
    out = buf.getvalue()
    for stand_in, raw in names.items():
        out = out.replace(stand_in, raw)
    return out


def test_a_zip_with_utf8_names_and_no_utf8_flag_keeps_its_chinese_file_names(client) -> None:
    data = _zip_without_utf8_flag({"融媒体中心/自评表.xlsx": (FORMS / "school.xlsx").read_bytes(),
                                   "融媒体中心/工作日志.md": "## 2023-04-18\n更换护眼灯具288盏。\n".encode()})
    response = client.post("/api/import", files={"file": ("融媒体中心.zip", data)})
    assert response.status_code == 200, response.json()
    assert any(log["source"].endswith("工作日志.md") for log in response.json()["input"]["logs"])


def test_a_zip_of_a_form_with_its_logs_in_a_worklogs_folder_drafts_with_those_logs(client) -> None:
    data = zipped({"公用经费自评/自评表.xlsx": (FORMS / "school.xlsx").read_bytes(),
                   "公用经费自评/worklogs/2023年工作记录.md": "## 2023-04-18\n完成东教学楼教室照明改造12间，更换护眼灯具288盏。\n"})
    response = client.post("/api/import", files={"file": ("公用经费自评.zip", data)})
    assert response.status_code == 200, response.json()
    assert any("288盏" in log["text"] for log in response.json()["input"]["logs"])
