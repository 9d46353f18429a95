"""The page in a real browser (Debian's Chromium through Playwright), as a finance officer uses it:
upload an example, draft, read every number's check, correct a paragraph, re-check, take the Word file."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from .conftest import EXAMPLE_NAMES, EXAMPLES, example_zip

SPENT = re.compile(r"(全年实际支出|全年执行数)(\d+\.\d{2})万元")  # a department's form / a project form


def upload_and_draft(page, name: str, data: bytes) -> None:
    page.set_input_files("#draft-file", files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}])
    page.click("#draft-upload-button")
    page.wait_for_selector("#draft-options:not([hidden])")
    page.click("#draft-run")
    page.wait_for_selector("#draft-result:not([hidden])")


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_upload_draft_edit_recheck_download(page, example: str, tmp_path: Path, screenshots: Path) -> None:
    upload_and_draft(page, f"{example}.zip", example_zip(example))

    assert page.locator("#draft-file-name").text_content() == f"{example}.zip"
    headings = page.locator("#draft-result h3").all_text_contents()
    assert headings == ["目标完成情况", "存在问题", "改进措施"]
    # every number of an offline draft traces to the example; rates are shown as derived with their formula
    assert page.locator("#draft-result .body mark.num.traced").count() > 20
    assert page.locator("#draft-result .body mark.num.derived").count() >= 1
    assert page.locator("#draft-result .body mark.num.unsupported").count() == 0
    assert "无法溯源 0 个" in page.locator("#draft-result .verdict").text_content()

    page.locator("#draft-result .body mark.num.derived").first.click()
    basis = page.locator("#basis")
    assert basis.is_visible()
    assert re.search(r"[÷−+×]", basis.locator("pre").text_content()), "a derived number shows its formula"
    page.locator("#draft-result .body mark.num.traced").first.click()
    assert re.search(r"input\.yaml|worklogs/", basis.locator("pre").text_content()), "a traced number names its source"
    if example == "tianhe-2022":
        page.keyboard.press("Escape")
        assert basis.is_hidden()
        page.locator("#draft-result .body mark.num.derived", has_text="245.18万元").first.click()
        assert "3475.09万元 − 3229.91万元" in basis.locator("pre").text_content()
        page.screenshot(path=str(screenshots / "web-draft.png"))

    # the budget paragraph: type a wrong total expenditure and re-check
    block = page.locator("#draft-result .para").filter(has_text=SPENT).first
    original = block.locator(".text").text_content()
    label, spent = SPENT.search(original).groups()
    wrong = f"{Decimal(spent) + Decimal('1111.11')}万元"
    index = block.get_attribute("data-index")
    block.locator("button.edit").click()
    editor = page.locator(f'#draft-result .para[data-index="{index}"] textarea')
    editor.fill(original.replace(f"{label}{spent}万元", f"{label}{wrong}", 1))
    page.locator(f'#draft-result .para[data-index="{index}"] button.recheck').click()
    flagged = page.locator(f'#draft-result .para[data-index="{index}"] mark.num.unsupported')
    flagged.first.wait_for()
    assert flagged.all_text_contents() == [wrong]
    assert "无法溯源 1 个" in page.locator("#draft-result .verdict").text_content()
    if example == "tianhe-2022":
        flagged.first.click()
        page.screenshot(path=str(screenshots / "web-recheck.png"))

    with page.expect_download() as download:
        page.click("#draft-download-docx")
    saved = tmp_path / "draft.docx"
    download.value.save_as(saved)
    import docx

    document = docx.Document(str(saved))
    texts = [p.text for p in document.paragraphs]
    assert {"目标完成情况", "存在问题", "改进措施"} <= set(texts)
    assert any(f"{label}{wrong}" in t for t in texts), "the Word file carries the corrected paragraph"
    # its check appendix lists the wrong number as unsupported
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert [wrong, "无法溯源"] in [r[:2] for r in rows]


def test_a_bad_upload_shows_one_line_and_the_page_keeps_working(page) -> None:
    page.set_input_files("#draft-file", files=[{"name": "自评表.xlsx", "mimeType": "application/vnd.ms-excel",
                                                "buffer": b"MZ\x90\x00\x03" + bytes(2000)}])
    page.click("#draft-upload-button")
    error = page.locator("#draft-error")
    error.wait_for()
    line = error.text_content()
    assert line.startswith("错误 / error: 自评表.xlsx") and "\n" not in line
    upload_and_draft(page, "tianhe-2022.zip", example_zip("tianhe-2022"))
    assert error.is_hidden()
    assert page.locator("#draft-result .body mark.num").count() > 20


def test_check_tab_marks_pasted_text_against_uploaded_sources(page) -> None:
    page.click("#tab-check")
    page.fill("#check-text", "全年实际支出3229.91万元，结余245.18万元，全年启动三防应急响应63次。")
    source = (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes()
    page.set_input_files("#check-sources", files=[{"name": "input.yaml", "mimeType": "text/yaml", "buffer": source}])
    page.click("#check-run")
    page.wait_for_selector("#check-result:not([hidden])")
    result = page.locator("#check-result")
    assert result.locator(".body mark.num.traced").all_text_contents() == ["3229.91万元"]
    assert result.locator(".body mark.num.derived").all_text_contents() == ["245.18万元"]  # 3475.09 − 3229.91
    assert result.locator(".body mark.num.unsupported").all_text_contents() == ["63次"]


def test_summary_tab_summarizes_a_report_within_the_limit_with_its_check(page, tmp_path: Path, screenshots: Path) -> None:
    page.click("#tab-summary")
    report = (EXAMPLES / "tianhe-2022" / "seed-ocr.txt").read_bytes()
    page.set_input_files("#summary-file", files=[{"name": "seed-ocr.txt", "mimeType": "text/plain", "buffer": report}])
    page.fill("#summary-chars", "300")
    page.fill("#summary-focus", "森林防火")
    page.click("#summary-run")
    page.wait_for_selector("#summary-result:not([hidden])")
    title = page.locator("#summary-result .title").text_content()
    used, limit = map(int, re.search(r"摘要 (\d+)/(\d+) 字", title).groups())
    assert limit == 300 and used <= 300
    assert page.locator("#summary-result .body mark.num").count() >= 3
    assert page.locator("#summary-result .body mark.num.unsupported").count() == 0
    page.screenshot(path=str(screenshots / "web-summary.png"))
    with page.expect_download() as download:
        page.locator("#summary-result .downloads a[data-format=md]").click()
    saved = tmp_path / "summary.md"
    download.value.save_as(saved)
    assert saved.read_text(encoding="utf-8").startswith("总体情况：")
