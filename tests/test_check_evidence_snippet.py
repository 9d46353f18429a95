"""The evidence a reader sees quotes the source's neighbouring figures whole: a window cut through
"1285.36" showed "1285", a figure the source never states."""
import re

from drafter.check import check

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?%?")


def _evidence_texts(report: str, tmp_path, source: str) -> list[str]:
    path = tmp_path / "经费.txt"
    path.write_text(source, encoding="utf-8")
    return [e.text for m in check(report, [path]).mentions for e in m.evidence]


def test_evidence_window_never_cuts_a_neighbouring_figure(tmp_path):
    ledger = ("项目          年初预算   全年预算   全年执行   执行率\n"
              "年度资金总额  1320.00    1298.50    1285.36    98.99%\n")
    stated = set(ledger.split())
    texts = _evidence_texts("全年预算1298.5万元。", tmp_path, ledger)
    assert texts, "the figure is found in the ledger"
    for t in texts:
        assert set(_FIGURE.findall(t)) <= stated, t


def test_evidence_window_stays_short_on_a_line_of_digits(tmp_path):
    texts = _evidence_texts("编号为88的点位。", tmp_path, "点位编号：" + "1234567890" * 20 + " 88 号\n")
    assert all(len(t) < 80 for t in texts)
