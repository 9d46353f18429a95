"""Statements of the money unit (单位：万元 and its wordings): one reader for the checker's sources and the form
importer, so that a form and a ledger are read alike."""

from __future__ import annotations

import re

# A statement of the money unit, however a form or ledger words it: 单位：万元, （金额单位：人民币万元）, 资金单位: 亿元,
# 计量单位：千元, 本表金额单位为万元, a form's cells 单位 | 万元. Not 单位：元/头 (a price's unit), not 填报单位：某局 (no unit follows).
UNIT_STATEMENT = re.compile(r"[（(]?[ \u3000]*(?:金额|资金|计量)?单位[ \u3000]*(?:[:：]|均?为|[\t|｜][ \u3000]*(?=[亿万千]?元[ \u3000]*(?:[\t|｜\n]|$)))"
                             r"[ \u3000]*(?:人民币)?"
                             r"(亿元|万元|千元|元)(?![\u4e00-\u9fff/／A-Za-z0-9])[ \u3000]*[）)]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CAPTION_TITLE = re.compile(r"[^\t。；;，,]{0,30}")
# a title line that ends in its tables' money unit alone: "## 一、项目资金（万元）", "表1 支出明细(元)"
# (支出明细（全年执行数，万元）: the column its amounts are of, then the unit)
_UNIT_CAPTION = re.compile(r"^[ \u3000#]*([^\t|｜。；;，,:：\n]{2,30}?)[（(](?:[^（）()\t\n，,]{1,12}[，,、])?(亿元|万元|千元|元)[）)]"
                           r"[ \t\u3000]*$", re.M)


def stated_units(text: str) -> list[tuple[int, str, bool]]:
    """Each statement of the money unit in a text: (offset of its line, or of its caption, unit, whether it
    states its own table's unit only). The one reader of such statements (text tables, a sheet's first row, a
    PDF page line, a data file's comments and text fields). Scope, applied by the source index: a statement
    applies to the tables (or the data file) after it until the next statement; one in brackets at the end of a
    title ("表2 支出明细（金额单位：元）", "## 三、经费（单位：万元）") is that table's caption and states its unit
    only. It gives amounts their unit: a column that counts or rates something keeps its own."""
    out: list[tuple[int, str, bool]] = []
    if "元）" in text or "元)" in text:
        out += [(m.start(), m[2], True) for m in _UNIT_CAPTION.finditer(text) if _CJK.search(m[1])]
    if "单位" not in text:
        return out
    for m in UNIT_STATEMENT.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        title = text[ls:m.start()].strip(" \t\u3000#")
        caption = (bool(title) and m.group().startswith(("（", "(")) and m.group().endswith(("）", ")"))
                   and not text[m.end():le].strip() and _CAPTION_TITLE.fullmatch(title) is not None)
        out.append((ls, m[1], caption))
    return sorted(out) if out and out[0][2] else out
