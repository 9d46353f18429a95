"""The number checker: trace every number of a text to the sources, or flag it.

    check(text, sources) -> CheckReport
    SourceIndex.build(sources) -> SourceIndex      build once, check many times (engines' repair loops)

`sources` is a list of paths (files or folders, read recursively: .yaml/.yml/.json of any shape, .txt/.md,
.docx), in-memory `SourceText(name, text)` / `SourceData(name, data)`, or a prebuilt `SourceIndex`.

Every mention of the text gets one status:

    exact        the same value in a compatible unit (a unitless source number matches by value)
    converted    the same quantity in another unit: 552万元 = 5520000元, 0.9294 = 92.94%, 5‰ = 0.5%
    rounded      a source value rounded (half-up) or truncated to the precision the text shows: 92.94% → 92.9%
    approximate  the text says 约/近/超过/余/以上 … and a source value lies on that side, near enough
    derived      one arithmetic step on two source numbers: a/b as %, (a−b)/b as %, a−b, a+b
    unsupported  none of the above
    ignored      not a quantity (enumerator, name, idiom, code) or a 《title》 found verbatim in a source

Chance matches are the danger of derivations, so both operands must come from one source record or
paragraph, or both be cited by the text paragraph itself; small integers (≤ 31) are derived only from
numbers the paragraph cites; years and dates are never derived. When several derivations fit, the report
says so.

Index: facts are kept in per-unit-family lists sorted by magnitude (bisect windows, no scan of all
facts per mention), years and dates in hash maps, and facts grouped by record/paragraph for derivations.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field

from .errors import InputError
from .numbers import (COMPOUND_CI, COUNT_MEASURES, SCALES, UNITS, NumberMention, extract_mentions, kind_of,
                      line_of, line_starts, unit_family)

__all__ = [
    "Status", "STATUSES", "Evidence", "MentionCheck", "CheckSummary", "CheckReport", "SourceText", "SourceData",
    "SourceIndex", "check", "check_files", "read_text_arg", "source_paths",
]

Status = Literal["exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored"]
STATUSES: tuple[str, ...] = ("exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored")
SOURCE_SUFFIXES = (".yaml", ".yml", ".json", ".txt", ".md", ".markdown", ".docx")
SMALL_INT = 31          # 1–31 match almost anything: derive only from numbers the paragraph cites
GLOBAL_CAP = 4000       # search derivations over every record only while the sources hold fewer facts
MAX_EXPLANATIONS = 6
MAX_TEXT_GROUPS = 64   # structured records cited anywhere in the text, searched for a derivation's operands
MAX_POOL = 120          # a record with more numbers than this is a list, not a record: no pairs
ONE = Decimal(1)
HUNDRED = Decimal(100)


# ---------------------------------------------------------------------------------------------- models


class SourceText(BaseModel):
    """An in-memory text source: every number in it counts, located by line."""

    name: str
    text: str


class SourceData(BaseModel):
    """An in-memory data source (any shape): every number in any value counts, located by field path."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    name: str
    data: Any


class Evidence(BaseModel):
    source: str = Field(description="source file or name")
    location: str = Field(description="'line 12' for text, a field path like tasks[2].indicators[0].actual for data")
    text: str = Field(description="the source number in context")


class MentionCheck(BaseModel):
    text: str
    start: int
    end: int
    value: Decimal | None = None
    unit: str = ""
    kind: str = "plain"
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)
    formula: str | None = None
    lo: Decimal | None = None
    hi: Decimal | None = None
    approx: str | None = None
    reason: str = Field("", description="why ignored; for derived ones, other explanations that fit")
    alternatives: list[str] = Field(default_factory=list, description="other derivations that give the same number")


CHECK_APPENDIX = "附：数字核验"  # the heading under which a .docx draft lists its numbers' sources

STATUS_LABELS = {
    "exact": "一致 exact", "converted": "换算 converted", "rounded": "四舍五入 rounded", "approximate": "约数 approximate",
    "derived": "推算 derived", "unsupported": "无法溯源 unsupported", "ignored": "非数量 ignored",
}


def explain(m: "MentionCheck") -> str:
    """Where a number comes from, for people: the formula and/or 'file:line  snippet' / 'file › field'."""
    if m.status == "unsupported":
        return m.reason
    parts = [m.formula] if m.formula else []
    for e in (m.evidence[:2] if m.formula else m.evidence[:1]):
        where = f"{e.source}:{e.location[5:]}" if e.location.startswith("line ") else f"{e.source} › {e.location}"
        parts.append(f"{where}  {e.text}")
    if m.reason and m.status == "derived":
        parts.append(m.reason)
    return "\n".join(parts) or m.reason


class CheckSummary(BaseModel):
    numbers: int = Field(description="mentions that are quantities (not ignored)")
    exact: int = 0
    converted: int = 0
    rounded: int = 0
    approximate: int = 0
    derived: int = 0
    unsupported: int = 0
    ignored: int = 0
    sources: list[str] = Field(default_factory=list)
    facts: int = Field(0, description="numbers read from the sources")
    ok: bool = True


class CheckReport(BaseModel):
    mentions: list[MentionCheck]
    summary: CheckSummary

    @property
    def unsupported(self) -> list[MentionCheck]:
        return [m for m in self.mentions if m.status == "unsupported"]

    @property
    def ok(self) -> bool:
        return not any(m.status == "unsupported" for m in self.mentions)

    def summary_line(self) -> str:
        s = self.summary
        parts = [f"{name} {getattr(s, name)}" for name in STATUSES if getattr(s, name)]
        verdict = "全部可溯源 / all traced" if s.ok else f"{s.unsupported} 个无法溯源 / unsupported"
        return f"数字 {s.numbers} 个：{verdict}（{'，'.join(parts) or '无数字'}）"


# ---------------------------------------------------------------------------------------------- facts


@dataclass(slots=True, eq=False)
class _Fact:
    value: Decimal                 # as written, scale split off
    mag: Decimal                   # value × scale × family factor
    family: str                    # '' for unitless
    unit: str                      # as written (万元, %, 人次)
    kind: str
    src: int
    location: str
    snippet: str
    group: int
    written: str                   # the number as the source wrote it
    approx: str | None = None
    hi_mag: Decimal | None = None
    date: tuple[int | None, int | None, int | None] | None = None
    key: float = 0.0               # float(mag) for bisect
    pmag: Decimal = field(default=Decimal(0))  # value × scale (own unit, no family factor)


class _Sorted:
    """Facts sorted by a float key: window look-ups by bisect."""

    __slots__ = ("keys", "facts")

    def __init__(self, pairs: list[tuple[float, _Fact]]):
        pairs.sort(key=lambda p: p[0])
        self.keys = [p[0] for p in pairs]
        self.facts = [p[1] for p in pairs]

    def window(self, lo: float, hi: float) -> list[_Fact]:
        i = bisect_left(self.keys, lo)
        j = bisect_right(self.keys, hi)
        return self.facts[i:j]

    def nearest(self, lo: float, hi: float, k: int = 4) -> list[_Fact]:
        """Up to k facts on each side of the window's centre, within the window."""
        mid = (lo + hi) / 2
        c = bisect_left(self.keys, mid)
        i = max(bisect_left(self.keys, lo), c - k)
        j = min(bisect_right(self.keys, hi), c + k)
        return self.facts[i:j]


_UNIT_LABEL = re.compile(r"^(万亿|千万|百万|万|亿|千)?(" + COMPOUND_CI + "|" + "|".join(
    re.escape(u) for u in sorted(set(UNITS) | {"%", "％"}, key=len, reverse=True)) + r")$")
# A key that names what it counts: 培训人次 → 人次, 户数 → 户, 人数 → 人
_KEY_COUNT = re.compile(r"(人次|家次|户次|[" + COUNT_MEASURES + r"]次)$|([" + COUNT_MEASURES + r"天])数$")
_NO_RECORD_UNIT = re.compile(r"score|weight|分值|得分|year|年度|^id$|序号|编号|rank|line|权重|index", re.I)
_UNIT_KEYS = ("unit", "单位", "计量单位", "度量单位", "金额单位")
_TITLE = re.compile(r"《([^《》\n]{1,80})》")


def _fmt(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


class SourceIndex:
    """Every number of the sources, indexed for look-up by unit family and magnitude."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.facts: list[_Fact] = []
        self.titles: dict[str, Evidence] = {}
        self._groups: dict[tuple[int, str], int] = {}
        self.groups: list[list[_Fact]] = []
        self.years: dict[int, list[_Fact]] = defaultdict(list)
        self.dates: list[_Fact] = []
        self._by_family: dict[str, _Sorted] = {}
        self._by_value: _Sorted | None = None
        self._by_pmag: _Sorted | None = None
        self._dates_md: dict[tuple[int | None, int | None], list[_Fact]] = defaultdict(list)
        self._evidence: dict[int, Evidence] = {}
        self._money: tuple[str, str] | None = None

    # -- building ---------------------------------------------------------------------------------------
    @classmethod
    def build(cls, sources: Iterable[str | Path | SourceText | SourceData] | str | Path | SourceText | SourceData
              ) -> "SourceIndex":
        if isinstance(sources, (str, Path, SourceText, SourceData)):
            sources = [sources]
        index = cls()
        for item in sources:
            if isinstance(item, SourceText):
                index.add_text(item.name, item.text)
            elif isinstance(item, SourceData):
                index.add_data(item.name, item.data)
            elif isinstance(item, (str, Path)):
                for loaded in load_source_path(Path(item)):
                    if isinstance(loaded, SourceText):
                        index.add_text(loaded.name, loaded.text)
                    else:
                        index.add_data(loaded.name, loaded.data)
            else:
                raise TypeError(f"not a source: {item!r}")
        index._finish()
        return index

    def _group(self, src: int, key: str) -> int:
        gid = self._groups.get((src, key))
        if gid is None:
            gid = self._groups[(src, key)] = len(self.groups)
            self.groups.append([])
        return gid

    def _add(self, fact: _Fact) -> None:
        self.facts.append(fact)
        self.groups[fact.group].append(fact)
        if fact.date is not None:
            self.dates.append(fact)
            y, mo, d = fact.date
            if y is not None:
                self.years[y].append(fact)
            self._dates_md[(mo, d)].append(fact)
            if d is not None:
                self._dates_md[(mo, None)].append(fact)
                self._dates_md[(None, d)].append(fact)
            return
        v = fact.value
        if (fact.kind == "year" or (fact.family == "" and fact.kind == "plain")) and v == v.to_integral_value() \
                and 1900 <= v <= 2100:
            self.years[int(v)].append(fact)
            if fact.hi_mag is not None and fact.kind == "year":
                for y in range(int(v) + 1, int(fact.hi_mag) + 1):
                    self.years[y].append(fact)

    def add_text(self, name: str, text: str) -> None:
        src = len(self.names)
        self.names.append(name)
        starts = line_starts(text)
        blocks = _block_starts(text)
        for m in _TITLE.finditer(text):
            self.titles.setdefault(m[1], Evidence(source=name, location=f"line {line_of(starts, m.start())}",
                                                  text=m.group()))
        for m in extract_mentions(text, source_mode=True):
            if m.ignored:
                continue
            line = line_of(starts, m.start)
            b = bisect_right(blocks, m.start) - 1
            long_block = (blocks[b + 1] if b + 1 < len(blocks) else len(text)) - blocks[b] > 1500
            group = self._group(src, f"L{line}" if long_block else f"B{b}")
            ls, le = starts[line - 1], (starts[line] - 1 if line < len(starts) else len(text))
            snippet = text[max(ls, m.start - 14): min(le, m.end + 10)].strip()
            self._add_mention(m, src, f"line {line}", snippet, group)

    def _add_mention(self, m: NumberMention, src: int, location: str, snippet: str, group: int) -> None:
        if m.kind == "date":
            self._add(_Fact(Decimal(0), Decimal(0), "date", "", "date", src, location, snippet, group, m.text,
                            date=m.date))
            return
        if m.value is None:
            return
        family, factor = unit_family(m.base_unit)
        mag = m.value * m.factor * factor
        hi_mag = m.hi * m.factor * factor if m.hi is not None else None
        if m.kind == "year" and m.hi is not None:
            hi_mag = m.hi
        self._add(_Fact(m.value, mag, family, m.unit, m.kind, src, location, snippet, group,
                        m.text.strip(), m.approx, hi_mag, None, pmag=m.value * m.factor))

    def add_data(self, name: str, data: Any) -> None:
        src = len(self.names)
        self.names.append(name)
        self._money = _money_unit(data)
        self._walk(src, data, "", None)

    def _walk(self, src: int, node: Any, path: str, unit: tuple[str, str] | None) -> None:
        if isinstance(node, dict):
            record_unit = None
            for key in _UNIT_KEYS:
                label = node.get(key)
                if isinstance(label, str):
                    m = _UNIT_LABEL.match(label.strip().replace("％", "%"))
                    if m:
                        record_unit = (m[1] or "", m[2].replace("％", "%"))
                        break
            outer = record_unit or unit
            for key, value in node.items():
                child = f"{path}.{key}" if path else str(key)
                inherited = outer if outer and not _NO_RECORD_UNIT.search(str(key)) else None
                if isinstance(value, (dict, list, tuple)) and (km := _KEY_UNIT.search(str(key))):
                    label = _UNIT_LABEL.match(km[1].replace("％", "%"))
                    if label:
                        inherited = (label[1] or "", label[2])
                self._walk(src, value, child, inherited)
            return
        if isinstance(node, (list, tuple)):
            for i, value in enumerate(node):
                self._walk(src, value, f"{path}[{i}]", unit)
            return
        record = _record_of(path)
        if isinstance(node, bool) or node is None:
            return
        if isinstance(node, (dt.date, dt.datetime)):
            d = node if isinstance(node, dt.date) else node.date()
            self._add(_Fact(Decimal(0), Decimal(0), "date", "", "date", src, path, str(node),
                            self._group(src, record), str(node), date=(d.year, d.month, d.day)))
            return
        if isinstance(node, (int, float, Decimal)):
            value = Decimal(repr(node)) if isinstance(node, float) else Decimal(node)
            if not value.is_finite():
                return
            key = path.rsplit(".", 1)[-1]
            if unit is None and self._money and key in _MONEY_KEYS and not _INDICATOR_PATH.search(path):
                unit = self._money  # drafter's schema: budget and project amounts are in 部门资金情况.单位
            if unit is None and (km := _KEY_UNIT.search(key)):
                label = _UNIT_LABEL.match(km[1].replace("％", "%"))
                if label:
                    unit = (label[1] or "", label[2].replace("％", "%"))  # 预算（万元）: 486.3
            if unit is None and (kc := _KEY_COUNT.search(key)):
                unit = ("", kc[1] or kc[2])  # 培训人次: 12860 counts 人次, not 人
            if unit is None and _SCORE_KEY.search(key):
                unit = ("", "分")  # 分值 10 is ten points, not ten of anything else
            scale, base = unit or ("", "")
            family, factor = unit_family(base)
            sf = SCALES.get(scale, ONE)
            kind = "plain"
            if base:
                kind = kind_of(base, value)
            elif _YEAR_KEY.search(key):
                kind = "year"
            text = format(value, "f")  # as the data wrote it: 56.70 stays 56.70
            self._add(_Fact(value, value * sf * factor, family, scale + base, kind, src, path,
                            f"{path.rsplit('.', 1)[-1]}: {text}{scale + base}", self._group(src, record),
                            text + scale + base,
                            pmag=value * sf))
            return
        if isinstance(node, str):
            for m in _TITLE.finditer(node):
                self.titles.setdefault(m[1], Evidence(source=self.names[src], location=path, text=m.group()))
            if not any(ch.isdigit() or ch in "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾" for ch in node):
                return
            group = self._group(src, record)
            for m in extract_mentions(node, source_mode=True):
                if m.ignored:
                    continue
                if unit and not m.unit and m.kind == "plain" and _BARE_BOUND.fullmatch(node[:m.start] + node[m.end:]):
                    # "≤3.5" under 失业率（%）: a bare bound takes the unit of its key or record
                    m = replace(m, unit=unit[0] + unit[1], scale=unit[0], base_unit=unit[1],
                                kind=kind_of(unit[1], m.value))
                snippet = node[max(0, m.start - 14): m.end + 10].replace("\n", " ").strip()
                self._add_mention(m, src, path, snippet, group)

    def _finish(self) -> None:
        fams: dict[str, list[tuple[float, _Fact]]] = defaultdict(list)
        by_value: list[tuple[float, _Fact]] = []
        by_pmag: list[tuple[float, _Fact]] = []
        for f in self.facts:
            if f.date is not None:
                continue
            f.key = abs(float(f.mag))  # signs are compared loosely: 调减15.74% states −15.74 %
            fams[f.family].append((f.key, f))
            by_value.append((abs(float(f.value)), f))
            by_pmag.append((abs(float(f.pmag)), f))
        self._by_family = {k: _Sorted(v) for k, v in fams.items()}
        self._by_value = _Sorted(by_value)
        self._by_pmag = _Sorted(by_pmag)

    # -- look-ups ----------------------------------------------------------------------------------------
    def family(self, name: str) -> _Sorted | None:
        return self._by_family.get(name)

    def evidence(self, f: _Fact) -> Evidence:
        e = self._evidence.get(id(f))
        if e is None:
            e = self._evidence[id(f)] = _construct(Evidence, source=self.names[f.src], location=f.location,
                                                   text=f.snippet)
        return e


def _construct(cls: type[BaseModel], **values: Any) -> Any:
    """`cls.model_construct(**values)` for values already known valid and complete, minus its per-call
    overhead: a 1 MB text has tens of thousands of mentions. Same object layout as model_construct."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_MONEY_KEYS = {
    "initial", "adjusted", "actual", "budget", "amount", "年初预算", "年初预算数", "调整预算", "全年预算",
    "全年预算数", "预算数", "实际支出", "实际支出数", "全年执行数", "执行数", "任务涉及金额", "金额",
    "部门年初预算收入", "部门调整预算收入",
}
_YEAR_KEY = re.compile(r"year|年度", re.I)
_LIST_TAIL = re.compile(r"\[\d+\]$")
_KEY_UNIT = re.compile(r"[（(]([^（()）]{1,4})[）)]\s*$")
_BARE_BOUND = re.compile(r"[\s≤≥<>=＜＞≦≧约不低高于超过以上下内]*")
_SCORE_KEY = re.compile(r"score|分值|得分|weight|权重", re.I)
_INDICATOR_PATH = re.compile(r"indicators|关键指标|绩效指标")
_BUDGET_KEYS = ("budget", "部门资金情况", "项目资金", "资金情况")


def _money_unit(data: Any) -> tuple[str, str] | None:
    """The unit of a drafter input's amounts (万元 unless stated), when the data has the input's shape."""
    if not isinstance(data, dict):
        return None
    for key in _BUDGET_KEYS:
        budget = data.get(key)
        if isinstance(budget, dict):
            label = next((budget[k] for k in _UNIT_KEYS if isinstance(budget.get(k), str)), "万元")
            m = _UNIT_LABEL.match(label.strip())
            if m and m[2] == "元":
                return (m[1] or "", "元")
    return None


def _record_of(path: str) -> str:
    """tasks[2].indicators[0].actual → tasks[2].indicators[0]: numbers of one record are 'local'."""
    if "." in path:
        return path.rsplit(".", 1)[0]
    return _LIST_TAIL.sub("", path)


def _block_starts(text: str) -> list[int]:
    """Offsets where paragraphs (blocks separated by blank lines) start."""
    starts = [0]
    for m in re.finditer(r"\n[ \t\u3000]*\n", text):
        starts.append(m.end())
    return starts


# ---------------------------------------------------------------------------------------------- reading


def load_source_path(path: Path) -> list[SourceText | SourceData]:
    """A file, or a folder read recursively; unreadable or unknown files raise InputError (exit 2)."""
    from .load import parse_data_file, read_docx_text, read_text
    from .safefile import list_files, os_error

    try:
        is_dir = path.is_dir()
        if not is_dir and not path.exists() and not path.is_symlink():
            raise InputError(path, "来源文件不存在 / source not found")
    except OSError as e:  # a name too long, a loop: one line
        raise os_error(path, e) from None
    if is_dir:
        files = list_files(path, SOURCE_SUFFIXES)
        if not files:
            raise InputError(path, "目录中没有可读取的来源文件（.yaml .json .txt .md .docx）/ no readable source in folder")
        out: list[SourceText | SourceData] = []
        for f in files:
            out.extend(load_source_path(f))
        return out
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return [SourceData(name=str(path), data=parse_data_file(path, "source"))]
    if suffix == ".json":
        return [SourceData(name=str(path), data=parse_data_file(path, "source"))]
    if suffix == ".docx":
        return [SourceText(name=str(path), text=read_docx_text(path, "source"))]
    return [SourceText(name=str(path), text=read_text(path, "source"))]


def read_text_arg(text_path: str) -> str:
    """The TEXT argument of `drafter check`: a UTF-8 file, a .docx (offsets then refer to its extracted text,
    paragraphs and tables in document order), or '-' for standard input."""
    if text_path.lower().endswith(".docx") and text_path != "-":
        from .load import read_docx_text

        text = read_docx_text(Path(text_path))
        text = text.split(f"\n# {CHECK_APPENDIX}\n")[0]  # drafter's own report on the numbers is not text to check
        if not text.strip():
            raise InputError(text_path, "文本为空 / the text is empty")
        return text
    if text_path == "-":
        from .limits import limit

        name, data = "<stdin>", sys.stdin.buffer.read(limit("text").amount + 1)
        if len(data) > limit("text").amount:
            raise limit("text").error(name)
    else:
        from .safefile import read_bytes

        name = text_path
        data = read_bytes(Path(text_path), "text")  # a FIFO, device, folder or loop: one line, never a hang
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(name, f"不是 UTF-8 文本（第 {e.start} 字节）/ not UTF-8 text") from None
    if not text.strip():
        raise InputError(name, "文本为空 / the text is empty")
    return text


def source_paths(paths: Sequence[str | Path]) -> list[Path]:
    if not paths:
        from .errors import UsageError

        raise UsageError("至少需要一个 --source / at least one --source is required")
    return [Path(p) for p in paths]


def check_files(text_path: str, sources: Sequence[str | Path]) -> CheckReport:
    """`drafter check TEXT --source …`: read TEXT ('-' = stdin) and the sources, then check."""
    paths = source_paths(sources)
    text = read_text_arg(text_path)
    return check(text, SourceIndex.build(paths))


# ---------------------------------------------------------------------------------------------- matching


def _close(src: Decimal, shown: Decimal, q: Decimal) -> str | None:
    """'exact' when equal; 'rounded' when src rounds half-up or truncates to `shown` at quantum q."""
    a, b = abs(src), abs(shown)
    if a == b:
        return "exact"
    try:
        if (a / q).quantize(ONE, rounding=ROUND_HALF_UP) * q == b or (a / q).quantize(ONE, rounding=ROUND_DOWN) * q == b:
            return "rounded"
    except InvalidOperation:
        return None
    return None


_POW10: dict[int, Decimal] = {}


def _pow10(exponent: int) -> Decimal:
    p = _POW10.get(exponent)
    if p is None:
        p = _POW10[exponent] = Decimal(1).scaleb(exponent)
    return p


def _sig_digits(d: Decimal) -> int:
    d = abs(d)
    if d == 0:
        return 0
    return len(d.normalize().as_tuple().digits)


def _step(d: Decimal) -> Decimal:
    """Place value of the last non-zero digit: 1800 → 100, 15.6 → 0.1."""
    d = abs(d)
    if d == 0:
        return ONE
    return _pow10(d.normalize().as_tuple().exponent)


def _approx_ok(src: Decimal, x: Decimal, direction: str, step: Decimal) -> bool:
    """Does a source value `src` bear out 约 / 余 / 超过 / 近 … `x`? Near enough on the stated side."""
    x, src = abs(x), abs(src)
    if direction == "≈":
        return abs(src - x) <= max(step / 2, x * Decimal("0.05"))
    width = max(step, x * Decimal("0.1"))
    if direction == ">":
        return x < src <= x + width
    if direction == "≥":
        return x <= src <= x + width
    if direction == "<":
        return x - width <= src < x
    return x - width <= src <= x


@dataclass(slots=True)
class _Target:
    """A text mention reduced to what matching needs."""

    m: NumberMention
    family: str
    x: Decimal          # magnitude in the family base
    q: Decimal          # quantum in the family base
    pmag: Decimal       # value × scale
    para: int
    ff: Decimal = ONE   # family factor (‰ → % is 0.1, 公里 → 米 is 1000)


_RANK = {"exact": 0, "converted": 1, "rounded": 2, "approximate": 3}


class _Checker:
    def __init__(self, index: SourceIndex, text: str):
        self.ix = index
        self.text = text
        self._cache: dict[tuple[Any, ...], tuple[str | None, list[_Fact]]] = {}

    # -- direct matches --------------------------------------------------------------------------------
    def candidates(self, t: _Target, wide: bool = False) -> list[tuple[str, _Fact]]:
        """Facts near the mention, each with how it compares: by family magnitude, by the number as
        written (unitless sources), by value × scale, or as a fraction of a percentage.

        Tight windows (the text's quantum) for exact/converted/rounded; with wide=True, for 约/近/超过 …, only
        the few facts nearest to the value on each side, so a dense index costs no more than a sparse one.
        """
        m, ix = t.m, self.ix
        out: list[tuple[str, _Fact]] = []
        widen = 1.0000001
        v = abs(float(m.value))
        wv = float(_pow10(m.exponent))
        if wide:
            wv = max(wv, float(_step(m.value)), v * 0.1)
        wv *= widen
        xf = abs(float(t.x))
        wx = wv * float(m.factor * t.ff)
        pick = _Sorted.nearest if wide else _Sorted.window
        if t.family:
            fam = ix.family(t.family)
            if fam:
                out.extend(("fam", f) for f in pick(fam, xf - wx, xf + wx))
            unitless = ix.family("")
            if unitless:
                # a unitless source number matches the value as written (552 for 552万元) or the magnitude
                out.extend(("written", f) for f in pick(unitless, v - wv, v + wv))
                if m.factor != 1:
                    pm, wp = abs(float(t.pmag)), wv * float(m.factor)
                    out.extend(("pmag", f) for f in pick(unitless, pm - wp, pm + wp))
                if t.family == "%" and xf <= 150:  # 0.9294 in a source is 92.94 %
                    out.extend(("fraction", f) for f in pick(unitless, (xf - wx) / 100, (xf + wx) / 100)
                               if f.value != f.value.to_integral_value())
        else:
            assert ix._by_value is not None and ix._by_pmag is not None
            out.extend(("written", f) for f in pick(ix._by_value, v - wv, v + wv))
            if m.factor != 1:
                pm, wp = abs(float(t.pmag)), wv * float(m.factor)
                out.extend(("pmag", f) for f in pick(ix._by_pmag, pm - wp, pm + wp))
        return out

    def direct(self, t: _Target) -> tuple[str | None, list[_Fact]]:
        m = t.m
        key = (m.value, m.unit, m.exponent, m.approx)  # a figure repeated in the text is looked up once
        hit = self._cache.get(key)
        if hit is None:
            best, found = self._direct(t, False)
            if best is None and m.approx:
                best, found = self._direct(t, True)
            hit = self._cache[key] = (best, found)
        return hit

    def _direct(self, t: _Target, wide: bool) -> tuple[str | None, list[_Fact]]:
        m = t.m
        best: str | None = None
        best_rank: tuple[bool, int] = (True, 9)
        found: list[_Fact] = []
        sig_ok = _sig_digits(m.value) >= 2 or bool(m.approx)
        q_written = _pow10(m.exponent)
        step_written = _step(m.value)
        for how, f in self.candidates(t, wide):
            if f.hi_mag is not None and m.hi is None and f.kind != "year":
                continue  # a source range supports only a range
            if how == "fam":
                src, shown, q, step = f.mag, t.x, t.q, step_written * m.factor * t.ff
            elif how == "written":
                src, shown, q, step = f.value, m.value, q_written, step_written
            elif how == "pmag":
                src, shown, q, step = f.pmag, t.pmag, q_written * m.factor, step_written * m.factor
            else:  # fraction
                src, shown, q, step = f.value * HUNDRED, t.x, t.q, step_written * m.factor * t.ff
            verdict = _close(src, shown, q)
            if verdict and m.approx in (">", "<") and f.approx != m.approx:
                verdict = None  # 超过5000 is not borne out by exactly 5000 (unless the source says 超过 too)
            if verdict == "rounded" and (not sig_ok or shown == 0):
                verdict = None
            if verdict is None and wide and (how == "fam" or not t.family) \
                    and _approx_ok(src, shown, m.approx or "≈", step):
                # only within the unit family: a unitless 452.18 is no evidence for 超过400人
                verdict = "approximate"
            if verdict is None:
                continue
            if verdict == "exact":
                if how == "fraction" or (how == "fam" and f.unit and m.unit and f.unit != m.unit):
                    verdict = "converted"
                elif how == "pmag" and f.unit and f.unit != m.base_unit:
                    verdict = "converted"
            elif verdict == "rounded" and m.approx:
                verdict = "approximate"
            # A fact in the mention's own unit family outranks a unitless one whatever the verdict:
            # 612万元 is the 6120000 元 of 金额（元）, not the 612 of 户数.
            rank = (bool(t.family) and how != "fam", _RANK[verdict])
            if best is None or rank < best_rank:
                best, best_rank, found = verdict, rank, [f]
            elif rank == best_rank and f not in found:
                found.append(f)
        return best, found

    def year(self, y: int) -> list[_Fact]:
        return self.ix.years.get(y, [])

    def date(self, m: NumberMention) -> list[_Fact]:
        y, mo, d = m.date or (None, None, None)
        facts = self.ix._dates_md.get((mo, d), [])
        if y is None:
            return list(facts)
        same = [f for f in facts if f.date and f.date[0] == y]
        if same:
            return same
        if self.year(y):
            return [f for f in facts if f.date and f.date[0] is None]
        return []

    # -- derivations ------------------------------------------------------------------------------------
    def derive(self, t: _Target, facts: list[_Fact], cross: bool) -> list[tuple[str, _Fact, _Fact]]:
        """(formula, a, b) for every pair of `facts` that gives the mention in one step at its precision.

        cross=False keeps both operands in one source record/paragraph. Operands share a unit family
        (unitless with unitless); a − b is an absolute difference, (a − b) / b may be a fall (调减).
        """
        m = t.m
        out: list[tuple[str, _Fact, _Fact]] = []
        seen: set[tuple[str, Decimal, Decimal]] = set()
        target_pct, target_pt = t.family == "%", t.family == "pt"
        x, xf, qf = abs(t.x), abs(float(t.x)), float(t.q)
        unit = m.unit
        # (shown, quantum, divisor to the written unit): unit-family magnitude, the number as written, value × scale
        family_cmp = (x, t.q, m.factor * t.ff)
        unitless_cmp = [(abs(m.value), _pow10(m.exponent), ONE)]
        if m.factor != 1:
            unitless_cmp.append((abs(t.pmag), _pow10(m.exponent) * m.factor, m.factor))

        def add(op: str, a: _Fact, b: _Fact, formula: str) -> None:
            key = (op, a.value, b.value)
            if key not in seen:
                seen.add(key)
                out.append((formula, a, b))

        usable = [f for f in facts if f.family != "date" and f.mag != 0 and f.kind != "year"]
        for a in usable:
            af = float(a.mag)
            for b in usable:
                if a is b or (not cross and a.group != b.group):
                    continue
                if a.family != b.family:
                    # 58.6万人次 − 52.3 (a unitless field): on the numbers as written, when the operand with a
                    # unit is written in the text's own unit
                    if (a.family == "") == (b.family == "") or target_pct or target_pt:
                        continue
                    if (a.unit or b.unit) != m.unit:
                        continue
                    for op, d in (("−", a.value - b.value), ("+", a.value + b.value)):
                        if (op == "−" and d < 0) or (op == "+" and id(a) > id(b)):
                            continue
                        if _close(d, abs(m.value), _pow10(m.exponent)):
                            add(op, a, b, f"{a.written} {op} {b.written} = {_fmt(d)}{unit}")
                    continue
                bf = float(b.mag)
                if target_pct:
                    if a.family in ("%", "pt"):
                        continue
                    if abs(af / bf * 100 - xf) <= qf * 1.01 + 1e-9:
                        d = a.mag / b.mag * HUNDRED
                        if _close(d, x, t.q):
                            add("÷", a, b, f"{a.written} ÷ {b.written} × 100% = {_show(d, t.q, t.ff)}{unit}")
                    if abs(abs(af - bf) / bf * 100 - xf) <= qf * 1.01 + 1e-9:
                        d = (a.mag - b.mag) / b.mag * HUNDRED
                        if _close(d, x, t.q):
                            add("Δ", a, b, f"({a.written} − {b.written}) ÷ {b.written} × 100% = "
                                           f"{_show(d, t.q, t.ff)}{unit}")
                    continue
                if target_pt and a.family != "%":
                    continue
                if not target_pt and t.family and a.family and a.family != t.family:
                    continue
                cmps = unitless_cmp if (a.family == "" or not t.family) else [family_cmp]
                for op, d_f in (("−", af - bf), ("+", af + bf)):
                    if (op == "−" and af < bf) or (op == "+" and id(a) > id(b)):
                        continue
                    for shown, q, div in cmps:
                        if abs(d_f - float(shown)) > float(q) * 1.01 + 1e-9:
                            continue
                        d = a.mag - b.mag if op == "−" else a.mag + b.mag
                        if _close(d, shown, q):
                            add(op, a, b, f"{a.written} {op} {b.written} = {_show(d, q, div)}{unit}")
                            break
                if len(out) >= MAX_EXPLANATIONS:
                    return out
        return out


def _show(d: Decimal, q: Decimal, div: Decimal) -> str:
    """A derived value as the text writes it: rounded to the text's quantum, in the text's unit."""
    return _fmt(_round_like(d, q) / div)


def _round_like(d: Decimal, q: Decimal) -> Decimal:
    try:
        return (d / q).quantize(ONE, rounding=ROUND_HALF_UP) * q
    except InvalidOperation:
        return d


def _paragraph_ids(text: str, mentions: list[NumberMention]) -> list[int]:
    blocks = _block_starts(text)
    lines = line_starts(text)
    out = []
    for m in mentions:
        b = bisect_right(blocks, m.start) - 1
        end = blocks[b + 1] if b + 1 < len(blocks) else len(text)
        if end - blocks[b] > 1500:  # a huge block (OCR text without blank lines): lines are the paragraphs
            out.append(-line_of(lines, m.start))
        else:
            out.append(b)
    return out


def check(text: str, sources: "SourceIndex | Iterable[str | Path | SourceText | SourceData] | str | Path") -> CheckReport:
    """Trace every number of `text` to `sources` (paths, SourceText/SourceData, or a prebuilt SourceIndex)."""
    index = sources if isinstance(sources, SourceIndex) else SourceIndex.build(sources)
    mentions = extract_mentions(text)
    paras = _paragraph_ids(text, mentions)
    checker = _Checker(index, text)
    families = lru_cache(maxsize=None)(unit_family)
    results: list[dict[str, Any] | None] = [None] * len(mentions)
    cited: dict[int, list[_Fact]] = defaultdict(list)
    pending: list[tuple[int, _Target]] = []
    ev = index.evidence

    def done(i: int, status: str, facts: Sequence[_Fact] = (), formula: str | None = None, reason: str = "",
             alternatives: Sequence[str] = ()) -> None:
        if len(facts) > 1 and status != "derived":  # a derivation keeps its operands in formula order
            facts = _prefer(facts, cited.get(paras[i], ()))
        results[i] = {"status": status, "evidence": [ev(f) for f in facts[:3]],
                      "formula": formula, "reason": reason, "alternatives": list(alternatives)}

    for i, m in enumerate(mentions):
        if m.ignored:
            done(i, "ignored", reason=m.reason)
            continue
        if m.title is not None:
            inner = m.title[1:-1]
            hit = index.titles.get(inner)
            if hit is not None:
                results[i] = {"status": "ignored", "evidence": [hit], "formula": None, "reason": "《》标题与来源一致 / title found verbatim",
                              "alternatives": []}
                continue
        if m.kind == "date":
            facts = checker.date(m)
            done(i, "exact" if facts else "unsupported", facts, reason="" if facts else "来源中没有该日期 / date not in sources")
            continue
        if m.kind == "year" or (not m.unit and m.value is not None and m.value == m.value.to_integral_value()
                                and 1900 <= m.value <= 2100 and m.hi is None and m.exponent == 0):
            ys = [int(m.value)] + ([int(m.hi)] if m.hi is not None else [])
            hits = [checker.year(y) for y in ys]
            if all(hits):
                facts = [f for h in hits for f in h[:2]]
                cited[paras[i]].extend(facts)
                done(i, "exact", facts)
                continue
            if m.kind == "year":
                done(i, "unsupported", reason="来源中没有该年份 / year not in sources")
                continue
        family, factor = families(m.base_unit)
        pm = m.value * m.factor
        target = _Target(m, family, pm * factor, m.quantum * factor, pm, paras[i], factor)
        if m.hi is not None:
            status, facts = _check_range(checker, target)
            if status:
                cited[paras[i]].extend(facts)
                done(i, status, facts)
            else:
                done(i, "unsupported", reason="来源中没有该区间 / range not in sources")
            continue
        status, facts = checker.direct(target)
        if status:
            cited[paras[i]].extend(facts[:3])
            done(i, status, facts)
        else:
            pending.append((i, target))

    # Derivations: first from the numbers the paragraph itself cites (any pair), then within the records
    # those numbers come from; for figures precise enough to rule out chance, within the records the whole
    # text cites (结余 in 存在问题, its operands in the budget paragraph), then within any record.
    n_facts = len(index.facts)
    # only records of structured data (YAML/JSON fields, not text lines), and few of them: a long text
    # citing thousands of log paragraphs would make this the slow path and the chance-match path
    text_groups = sorted({f.group for facts in cited.values() for f in facts if not f.location.startswith("line ")})
    if len(text_groups) > MAX_TEXT_GROUPS:
        text_groups = []
    for i, t in pending:
        m = t.m
        small = m.value == m.value.to_integral_value() and abs(t.x) <= SMALL_INT and not m.scale
        local = _distinct(cited.get(t.para, []))
        levels: list[tuple[list[list[_Fact]], bool]] = []
        if m.value != 0:
            levels.append(([local], True))
            if not small:
                groups = sorted({f.group for f in local})
                levels.append(([index.groups[g] for g in groups], False))
                if _sig_digits(m.value) >= 3:
                    levels.append(([index.groups[g] for g in text_groups if g not in groups], False))
                    if n_facts <= GLOBAL_CAP:
                        levels.append((index.groups, False))
        found: list[tuple[str, _Fact, _Fact]] = []
        if m.value == 0:  # 结余0万元: two cited figures that are equal (budget fully spent)
            same = _equal_pair(cited.get(t.para, []), t.family)
            if same:
                a, b = same
                found.append((f"{a.written} − {b.written} = 0{m.unit}", a, b))
        for pools, cross in levels:
            for pool in pools:
                if 2 <= len(pool) <= MAX_POOL:
                    found.extend(checker.derive(t, pool, cross))
                    if len(found) >= MAX_EXPLANATIONS:
                        break
            if found:
                break
        if found:
            # same-record pairs first, data fields before text lines
            found.sort(key=lambda e: (e[1].group != e[2].group,
                                      e[1].location.startswith("line ") + e[2].location.startswith("line ")))
            unique: dict[str, tuple[str, _Fact, _Fact]] = {}
            for e in found:
                unique.setdefault(e[0], e)
            found = list(unique.values())
            formula, a, b = found[0]
            others = [f for f, _, _ in found[1:]]
            reason = f"另有 {len(others)} 种算法也得出该数 / {len(others)} other derivations fit" if others else ""
            done(i, "derived", [a, b], formula=formula, reason=reason, alternatives=others)
        else:
            done(i, "unsupported", reason="来源中没有，也无法一步推算 / not in sources, not derivable in one step")

    out: list[MentionCheck] = []
    counts: dict[str, int] = defaultdict(int)
    for m, r in zip(mentions, results):
        assert r is not None
        counts[r["status"]] += 1
        out.append(_construct(MentionCheck,
            text=m.text, start=m.start, end=m.end, value=m.value, unit=m.unit, kind=m.kind, status=r["status"],
            evidence=r["evidence"], formula=r["formula"], lo=m.lo, hi=m.hi, approx=m.approx, reason=r["reason"],
            alternatives=r["alternatives"]))
    summary = CheckSummary(numbers=len(mentions) - counts["ignored"], sources=list(index.names),
                           facts=len(index.facts), ok=counts["unsupported"] == 0,
                           **{s: counts[s] for s in STATUSES})
    return CheckReport.model_construct(mentions=out, summary=summary)


def _equal_pair(facts: Sequence[_Fact], family: str) -> tuple[_Fact, _Fact] | None:
    """Two facts of one family with the same magnitude from different fields or lines."""
    seen: dict[tuple[str, Decimal], _Fact] = {}
    for f in facts:
        if f.family not in (family, "") or f.date is not None:
            continue
        other = seen.get((f.family, f.mag))
        if other is not None and (other.src, other.location) != (f.src, f.location):
            return other, f
        seen.setdefault((f.family, f.mag), f)
    return None


def _distinct(facts: Iterable[_Fact]) -> list[_Fact]:
    """One fact per (family, value): pairs of equal numbers from several sources explain nothing new."""
    seen: set[tuple[str, Decimal]] = set()
    out = []
    for f in facts:
        k = (f.family, f.mag)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _dedupe(facts: Iterable[_Fact]) -> list[_Fact]:
    seen: set[int] = set()
    out = []
    for f in facts:
        if id(f) not in seen:
            seen.add(id(f))
            out.append(f)
    return out


def _prefer(facts: Sequence[_Fact], local: Sequence[_Fact]) -> list[_Fact]:
    """Evidence order: facts of the records the paragraph already cites first, then data before text."""
    groups = {f.group for f in local}
    return sorted(_dedupe(facts), key=lambda f: (f.group not in groups, f.location.startswith("line ")))


def _check_range(checker: _Checker, t: _Target) -> tuple[str | None, list[_Fact]]:
    m = t.m
    assert m.hi is not None and m.value is not None
    family = t.family
    lo_x, hi_x = t.x, m.hi * m.factor * t.ff
    # 1. the same range in a source
    fam = checker.ix.family(family)
    if fam:
        same = [f for f in fam.window(float(lo_x) - 1e-9, float(lo_x) + 1e-9) if f.hi_mag is not None
                and f.mag == lo_x and f.hi_mag == hi_x]
        if same:
            return "exact", same
    # 2. both ends supported
    ends = []
    for v in (m.value, m.hi):
        point = NumberMention(m.text, m.start, m.end, value=v, unit=m.unit, scale=m.scale, base_unit=m.base_unit,
                              kind=m.kind, exponent=m.exponent)
        status, facts = checker.direct(_Target(point, family, v * m.factor * t.ff, t.q, v * m.factor, t.para, t.ff))
        if not status:
            ends = []
            break
        ends.append((status, facts))
    if ends:
        worst = max((s for s, _ in ends), key=lambda s: _RANK[s])
        return worst, [f for _, fs in ends for f in fs[:1]]
    # 3. a source value inside the range
    if fam:
        inside = [f for f in fam.window(float(lo_x), float(hi_x)) if f.hi_mag is None and lo_x <= f.mag <= hi_x]
        if inside:
            return "approximate", inside
    return None, []
