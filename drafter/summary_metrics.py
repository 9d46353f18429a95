"""What a leader's summary must get right, measured: key facts, boilerplate, cut sentences, fill.

    key_fact_recall(text, facts)  -> (share, names missing)   a fact: figures (value + unit) and/or phrases
    boilerplate(text)             -> sentences of web/document-site text, form labels or table residue
    cut_sentences(text, source)   -> sentences that stop where the report's sentence does not
    fill(chars, limit)            -> characters used ÷ the --chars limit

Written for `drafter eval` (task: summary) and independent of the summarizer: the boilerplate markers here
are what a reader would strike out, not the summarizer's own cleaning rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .metrics import KeyFigure, covered_figures, share
from .text import split_sentences

# Text a reader strikes out of a summary: website furniture, page furniture, form instructions and signatures.
BOILERPLATE_MARKERS = (
    "可在线阅读", "在线阅读", "下载", "打印本页", "关闭窗口", "分享到", "扫一扫", "浏览次数", "发布时间", "来源：",
    "字体：", "上一篇", "下一篇", "版权所有", "主办单位", "承办单位", "ICP备", "网站标识码", "网站地图", "联系我们",
    "隐私声明", "首页>", "首页 >", "内部资料", "填表说明", "填报说明", "请填写", "请按照", "请对照", "请列明", "请逐条",
    "请简要", "没有的填", "不超过300字", "单位负责人", "财务负责人", "填报人", "填表人", "联系电话", "盖章", "审核人",
    "附件：", "附件2", "<!--", "-->",
)
# Table residue: cell separators, a header row's labels, cell numbering repeated across columns ("1. | 1.").
_RESIDUE = re.compile(
    r"[|\t]|(?:^|[^\d.])\d{1,2}[.．、]\s*\d{1,2}[.．、](?!\d)|一级指标|二级指标|三级指标|偏差原因分析"
    r"|—\s*\d+\s*—|第\s*\d+\s*页\s*共\s*\d+\s*页|(?:^|\s)—(?:\s|$)"
)
# A form label or section heading run into the sentence that follows it ("实际完成情况党群服务中心…",
# "存在的问题一是…", "项目支出绩效自评表（2023年度）完成…"): the label is residue, not content.
_LABEL_RUN_IN = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(?:[^，。]{0,12}绩效自评(?:表|报告)|实际完成情况|目标完成情况|预期目标|年度总体目标|年度目标"
    r"|存在的问题|存在问题|主要问题|主要做法|主要成效|改进措施|下一步工作计划|下一步计划|绩效目标完成情况"
    r"|(?:部门|项目)?(?:基本情况|资金情况|资金使用情况|整体支出情况|概况))(?![，。：:、])"
)
_TERMINAL = "。！？；"
# After a clause that ends where the report's clause ends, the report goes on with punctuation or a break.
_BOUNDARY = set("。！？；，、：:;,.）)”」』】》\n") | {""}
_DANGLING = re.compile(r"(?:的|和|与|及|或|并|对|在|为|将|把|被|从|向|以|其中|包括|主要是|由于|因为|通过)$")
_POINT = re.compile(r"^\s*\d+\.\s+")
_HEAD = re.compile(r"^\s*(?:总体情况|主要成效|存在问题|下一步)[：:]\s*")
PLACES = Decimal("0.0001")


class KeyFact(BaseModel):
    """A fact a leader must get: its figure stated (value and unit, read as the checker reads numbers), and
    one of its phrases when phrases are given (the wordings of one signal: 偏低 / 低于90% / 未达到90% …)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    value: Decimal | None = None
    unit: str = ""
    any: list[str] = Field(default_factory=list, description="one of these phrases (spacing ignored)")

    @model_validator(mode="after")
    def _something(self) -> "KeyFact":
        if self.value is None and not self.any:
            raise ValueError("关键事实须有 value（数字）或 any（用语）/ a key fact needs a value or phrases")
        return self


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def key_fact_recall(text: str, facts: Sequence[KeyFact]) -> tuple[Decimal, list[str]]:
    body = _compact(text)
    missing = []
    for fact in facts:
        figures_ok = fact.value is None or bool(
            covered_figures(text, [KeyFigure(name=fact.name, value=fact.value, unit=fact.unit)]))
        phrase_ok = not fact.any or any(_compact(p) in body for p in fact.any)
        if not (figures_ok and phrase_ok):
            missing.append(fact.name)
    return share(len(facts) - len(missing), len(facts)), missing


def summary_sentences(text: str) -> list[str]:
    """The summary's sentences, headings and point numbers taken off."""
    out = []
    for line in text.splitlines():
        line = _POINT.sub("", _HEAD.sub("", line)).strip()
        out.extend(split_sentences(line))
    return out


def boilerplate(text: str) -> list[str]:
    """Sentences that carry site or form boilerplate, table residue, or a form label run into their text."""
    out = []
    for sent in summary_sentences(text):
        flat = sent.replace(" ", "")
        if (any(m.replace(" ", "") in flat for m in BOILERPLATE_MARKERS) or _RESIDUE.search(sent)
                or _LABEL_RUN_IN.match(flat)):
            out.append(sent)
    return out


def cut_sentences(text: str, source: str) -> list[str]:
    """Sentences cut short: no end mark, a last clause left dangling (…的。 …和。), or a last clause that
    the report only ever continues without a pause — copied up to the middle of the report's clause.
    A clause the report does not contain (the summary's own budget sentence) is not judged by the last rule."""
    src = _compact(source)
    out = []
    for sent in summary_sentences(text):
        if not sent.endswith(tuple(_TERMINAL)):
            out.append(sent)
            continue
        last = re.split(r"[，,；;：:]", sent.rstrip(_TERMINAL))[-1].strip()
        if not last or _DANGLING.search(last):
            out.append(sent)
            continue
        key = _compact(last)
        if len(key) < 4:
            continue
        nexts = [src[m.end():m.end() + 1] for m in re.finditer(re.escape(key), src)]
        if nexts and not any(n in _BOUNDARY for n in nexts):
            out.append(sent)
    return out


def fill(chars: int, limit: int) -> Decimal:
    return (Decimal(chars) / Decimal(limit)).quantize(PLACES, rounding=ROUND_HALF_UP) if limit else Decimal(0)
