"""Numeric mentions in Chinese report text, with exact character offsets into the original string.

    extract_mentions(text, *, source_mode=False) -> list[NumberMention]

Every mention carries its span (`text[start:end] == mention.text`), the value as written with the scale
split off into the unit (1.29万家次 → value 1.29, unit "万家次", scale "万", base_unit "家次"), its kind
(amount / percent / points / ratio / count / date / year / plain), approximation direction, range bounds,
and — for things that look like numbers but are not quantities — `ignored=True` with a reason:

- enumerators: 一是, （一）, (2), 第三, ①, "1." / "一、" at a line start;
- names and slogans from data/names.txt (一线三排, 三防, 二十大 …), idioms from data/idioms.txt (进一步 …);
- a Chinese numeral with no measure word after it (一定, 三大 …): a lone 一…九 is a quantity only before
  a measure word or unit;
- Arabic digits glued to Latin letters (5G, COVID-19; but 24TB, 3km are units) and document numbers
  (〔2020〕10号); labels like 任务1.

Also read: fractions (四分之一 → ≈25 %), 成 (五成 = 50 %), ‰, 个百分点, full-width digits and commas,
financial numerals (壹佰贰拾), 两万五 = 25000, 三四十 = 30–40, a leading minus (-15.74%).

Numbers inside 《》 are read as usual but carry `title` (the whole 《…》 text) so the checker can match the
title verbatim. `source_mode=True` additionally joins OCR splits ("3475. 09", "1. 29 万家次") where a unit,
万/亿 or % follows (or the number ends a table cell) — never "1. 总体情况" at a line start.

The scanner never rewrites the text: full-width digits are mapped one-to-one onto a same-length copy before
matching, so offsets stay valid, and ① is not turned into 1 (no NFKC).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from .limits import limit

__all__ = [
    "KINDS", "NumberMention", "extract_mentions", "iter_mentions", "parse_chinese_numeral", "unit_family", "load_word_list",
]

KINDS = ("amount", "percent", "points", "ratio", "count", "date", "year", "plain")
DATA_DIR = Path(__file__).parent / "data"

# Same-length mapping: offsets in the mapped copy are offsets in the original.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％－～", "0123456789.%-~")
_FULLWIDTH_CHARS = "０１２３４５６７８９．％－～"
_ANY_FULLWIDTH = re.compile("[" + re.escape(_FULLWIDTH_CHARS) + "]")  # translate() is slow on CJK text


def _holds_any(text: str, chars: str, regex: re.Pattern[str]) -> bool:
    """Does `text` hold one of `chars` (the class `regex` is)? A long text by str's own search for each character —
    the regex engine tests a class at every character, 25 times slower over a 1 MB report —, a short one by the
    regex (one call, not one per character)."""
    if len(text) < _LONG_TEXT:
        return regex.search(text) is not None
    return any(c in text for c in chars)


_LONG_TEXT = 512

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4,
             "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
SCALES = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "亿": Decimal(10) ** 8,
          "万": Decimal(10) ** 4, "千": Decimal(10) ** 3, "": Decimal(1)}

_ONE = Decimal(1)
_UNITLESS = ("", _ONE)  # unit_family of no unit
_QUANTA: dict[tuple[int, str], Decimal] = {}  # NumberMention.quantum by (exponent, scale)
_FACTORS = dict(SCALES)
_CN_CHARS = "〇零一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿"
_CN_FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟"
_CN_PLAIN = "一二两三四五六七八九十百千"
_CN_DIGIT_CHARS = "〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖"

# unit → (family, factor to the family's base). Counting units are their own family (人次 is not 人);
# 名/位 count people like 人, 天 counts days like 日.
_FAMILY: dict[str, tuple[str, Decimal]] = {
    "元": ("元", Decimal(1)), "%": ("%", Decimal(1)), "‰": ("%", Decimal("0.1")), "‱": ("%", Decimal("0.01")), "成": ("%", Decimal(10)),
    "个百分点": ("pt", Decimal(1)), "百分点": ("pt", Decimal(1)),
    "公里": ("米", Decimal(1000)), "千米": ("米", Decimal(1000)), "米": ("米", Decimal(1)),
    "厘米": ("米", Decimal("0.01")), "毫米": ("米", Decimal("0.001")),
    "吨": ("克", Decimal(10**6)), "千克": ("克", Decimal(1000)), "公斤": ("克", Decimal(1000)),
    "克": ("克", Decimal(1)), "斤": ("克", Decimal(500)),
    "平方公里": ("平方米", Decimal(10**6)), "平方千米": ("平方米", Decimal(10**6)), "公顷": ("平方米", Decimal(10**4)),
    "平方米": ("平方米", Decimal(1)), "平米": ("平方米", Decimal(1)), "升": ("升", Decimal(1)),
    "延米": ("米", Decimal(1)), "延长米": ("米", Decimal(1)), "人天": ("人日", Decimal(1)), "毫升": ("升", Decimal("0.001")),
    "名": ("人", Decimal(1)), "位": ("人", Decimal(1)), "人": ("人", Decimal(1)),
    "天": ("日", Decimal(1)), "日": ("日", Decimal(1)), "个工作日": ("工作日", Decimal(1)),
    # 万方 is how water works write 万立方米
    "立方米": ("立方米", Decimal(1)), "立方": ("立方米", Decimal(1)), "方": ("立方米", Decimal(1)),
}

MONEY_UNITS = ("元",)
# Measure words and units, longest first when compiled. A lone Chinese numeral is a quantity only before one.
UNITS = (
    "元", "个百分点", "百分点", "%", "‰", "‱",
    "个工作日", "人次", "家次", "车次", "台次", "架次", "艘次", "户次", "场次", "批次", "班次", "课时", "学时", "人日",
    "工作日", "个月", "小时", "分钟", "周岁", "学年", "学期", "平方公里", "平方千米", "平方米", "立方米",
    "公里", "千米", "厘米", "毫米", "公顷", "千克", "公斤", "千瓦时", "千瓦", "毫升",
    "米", "吨", "克", "斤", "升", "亩", "人", "名", "位", "户", "家", "所", "个", "支", "场", "次", "项", "条",
    "宗", "份", "件", "起", "处", "台", "辆", "艘", "架", "部", "本", "册", "套", "座", "间", "栋", "幢", "块",
    "张", "篇", "首", "种", "类", "批", "期", "轮", "组", "队", "班", "届", "校", "床", "棵", "株", "只", "头",
    "票", "封", "箱", "包", "袋", "瓶", "盒", "把", "根", "片", "段", "口", "眼", "道", "盏", "枚", "笔", "例",
    "剂", "尾", "羽", "页", "层", "级", "季", "倍", "分", "岁", "年", "月", "周", "天", "日", "秒", "遍", "趟", "回", "站",
    "单", "门", "节", "课", "本", "卷", "网格", "台件", "单位", "宗次", "册次", "件次", "例次", "单次", "篇次",
    "立方", "方", "TB", "GB", "MB", "PB", "km", "kg", "kW", "kWh", "MW", "mm", "cm",
    "具", "幅", "樘", "匹", "顶", "工日", "台班", "航次",  # 遗体, 书画, 门窗, 马, 帐篷; labour, machine shifts, voyages
    # couples and 结对 pairs, gloves, glasses, 锦旗, calls, lamp poles, culverts, pipe lengths, lessons,
    # barrels, pots, loads, vaccine doses (per person, head, bird), an area worked several times over
    "对", "双", "副", "面", "通", "杆", "孔", "延米", "堂", "桶", "盆", "车", "人份", "头份", "羽份", "亩次",
    # sets of equipment, square metres and linear metres written short, containers, megawatts, person-days, a length
    # covered several times over
    "台套", "平米", "延长米", "标箱", "兆瓦", "人天", "公里次",
    # foreign currencies: 1.2亿美元以上 is dollars with its bound, never a bare 1.2亿 (nor the same figure in 元)
    "美元", "港元", "欧元", "日元", "澳元", "英镑", "港币",
)


def _measure_lexicon() -> dict[str, str]:
    """data/measure_words.txt: measure words drawn from jieba's dictionary (benchmarks/measure_lexicon.py), each with
    the characters after it that make it a word of its own (群众, 集体) — a figure before those stays bare."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "measure_words.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, guard = line.partition("\t")
            out[word] = guard.strip()
    return out


MEASURE_LEXICON = _measure_lexicon()
_LEXICON_ONLY = frozenset(w for w in MEASURE_LEXICON if w not in UNITS)  # the words only the lexicon adds
UNITS += tuple(sorted(_LEXICON_ONLY))
_TIME_UNITS = {"年", "个月", "月", "周", "天", "日", "工作日", "个工作日", "小时"}
# Measure words that take 次 to count occurrences: 剂次, 户次, 份次 … each its own counting unit (剂次 is not 剂).
COUNT_MEASURES = "人户家所个支场项条宗份件起处台辆艘架部本册套座间张篇首种类批期轮组队班届校床只头尾羽票封箱包袋瓶盒例剂页课门节卷单站车"
_CI_GUARD = "(?![日年月周序要]|之(?!多))"  # 4380亩次之: second place, 亩 then 次之 (人次之多 still counts 人次)
COMPOUND_CI = "[" + COUNT_MEASURES + "]次" + _CI_GUARD
# X次 after an Arabic figure counts occurrences of X whatever X is (263矿次, 1260伞次, 58河次: an open class), unless X次
# is a word of its own (层次, 档次, 其次, 依次, 首次 …) or X a time, a function word or an approximation
OPEN_CI = "(?![层档其再依首主多屡逐历本此该每上下初数几累渐年月日周天时分秒之和与及或共第名位])[\u4e00-\u9fff]次" + _CI_GUARD
_OPEN_CI = re.compile(OPEN_CI + "(以上|以下|左右|(?:余|多)(?=的|[^\\d\u4e00-\u9fff]|$))?")  # (251矿次多12矿次: more by)
_NUMERALS = "一二两三四五六七八九十"
# 方 (cubic metre) only where it cannot start 方面, 方案, 方式 …; 部 (a count of films, vehicles …) but not 部门,
# 部分, 部署; 门 (courses) but not 门诊, 门户; 具 (遗体) but not 具体, 具有
_NOT_AFTER = {"方": "(?![面案式向法针位阵言舱])", "部": "(?![门分署委队位])", "门": "(?![诊户槛店])",
              "具": "(?![体有备])", "幅": "(?![度员面])", "匹": "(?![配敌])", "顶": "(?![级层端部尖替])",
              "台班": "(?!车)",  # 具体, 幅度, 匹配, 顶级, 3台班车
              # 对接, 对口, 1对1, 三对三; 双方, 双向; 副主任; 面积, 一面……一面 (面 only before a pause or what it counts);
              # 通过, 通知; 杆件; 孔径; 堂屋; 桶装; 盆地; 车道, 车间, 车辆; and none before a numeral: 一车一档,
              # 三通一平 are slogans
              "对": "(?![接象比照口标策应外于话称等齐账着待此其该上下内手抗立症路头付\\d多" + _NUMERALS + "])",
              "双": "(?![方向重边语休胞拥创减百月周日号轨层" + _NUMERALS + "])",
              "副": "(?![主局县市科处长职部总本作食业厅镇乡区队院所经组书校理会团站馆室" + _NUMERALS + "])",
              "面": "(?=锦旗|旗|国旗|党旗|展板|镜|[^\u4e00-\u9fff]|$)",
              "通": "(?![过知报道车行水电信讯畅用告航勤达畴常关" + _NUMERALS + "])",
              "杆": "(?![件塔秤子菌" + _NUMERALS + "])",
              "孔": "(?![子雀洞隙径道庙" + _NUMERALS + "])", "堂": "(?![屋会口兄姐弟" + _NUMERALS + "])",
              "桶": "(?![装" + _NUMERALS + "])", "盆": "(?![地景栽" + _NUMERALS + "])",
              "车": "(?![辆次间位型站道队主载组牌流库速身体况" + _NUMERALS + "])"}
_NOT_AFTER.update({w: "(?![" + re.escape(g) + "])" for w, g in MEASURE_LEXICON.items() if g and w not in _NOT_AFTER})
_NOT_AFTER.update({w: _CI_GUARD for w in UNITS if w.endswith("次") and w not in _NOT_AFTER})  # 亩次之: 亩


def _longest_first(words: set[str], guards: dict[str, str]) -> str:
    """A pattern that matches what the words joined longest first match (each word followed by its guard, a
    lookahead), written as a tree of their characters: the regex engine tries the words in turn, 150 units at each
    figure; the tree compares one character per level."""
    trie: dict[str | None, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[None] = {"": guards.get(w, "")}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        # the branches of one node start with different characters, so their order is free; a longer word is tried
        # before the word that ends at the node
        leaves = "".join(sorted(ch for ch, sub in node.items() if ch is not None and list(sub) == [None]
                                and not sub[None][""]))
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items(), key=lambda kv: kv[0] or "")
                if ch is not None and ch not in leaves]
        if leaves:
            alts.append(re.escape(leaves) if len(leaves) == 1 else "[" + re.escape(leaves) + "]")
        if None in node:
            alts.append(node[None][""])
        return alts[0] if len(alts) == 1 and None not in node else "(?:" + "|".join(alts) + ")"

    return emit(trie)


_UNIT_RE = COMPOUND_CI + "|" + _longest_first(set(UNITS), _NOT_AFTER)

_SUFFIX = re.compile(
    r"[ \u3000]?(?P<scale>万亿|千万|百万|万|亿|千(?![米克瓦]))?(?P<ap1>余|多)?[ \u3000]?"
    r"(?:(?P<unit>" + _UNIT_RE + r")(?:[（(](?P<alt>" + _UNIT_RE + r")[）)])?)?(?P<ap2>以上|以下|左右|上下|余|多)?"
)  # 6台（套）, 1852人（次）: a form's 度量单位 with its alternative in brackets, one figure of either
# 成 as a share (五成 = 50 %) but not 成立, 成为, 成效 …
_PER = re.compile(r"[/／](?P<per>(?P<pscale>百|千|万|亿)?(?:" + _UNIT_RE + r"))(?![\u4e00-\u9fff]{0,1}[/／])")
_CHENG = re.compile(r"成(?![立为功效绩本员果熟都长交就型员品])")

_APPROX_BEFORE = (  # longest first; direction of the true value relative to the written one
    ("将近", "≤"), ("接近", "≤"), ("大约", "≈"), ("大概", "≈"), ("不少于", "≥"), ("不低于", "≥"),
    ("不超过", "≤"), ("不高于", "≤"), ("超过", ">"), ("至少", "≥"), ("最多", "≤"), ("不足", "<"),
    ("不到", "<"), ("约", "≈"), ("近", "≤"), ("逾", ">"), ("超", ">"), ("略超", ">"), ("略超过", ">"),
    # 低于 / 高于 alone compare with a bound (低于95%的目标); with a word of degree they approximate (略低于三成)
    ("略低于", "<"), ("稍低于", "<"), ("略高于", ">"), ("稍高于", ">"),
    # 刚过两成, 刚刚过四分之一: 过 with a word of degree is 超过 with it (a bare 过 is a verb: 经过, 通过, 度过)
    ("刚过", ">"), ("刚刚过", ">"),
)
_BOUND_SIGN = {"≥": "≥", "≧": "≥", "⩾": "≥", ">": ">", "＞": ">", "≤": "≤", "≦": "≤", "⩽": "≤", "<": "<", "＜": "<"}
_APPROX_AFTER = {"以上": "≥", "以下": "≤", "左右": "≈", "上下": "≈", "余": "≥", "多": "≥"}

_AR = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")
_AR_PLAIN = re.compile(r"\d+(?:\.\d+)?")  # _AR's second branch
_CN = re.compile(r"[" + _CN_CHARS + r"]+(?:点[" + _CN_DIGIT_CHARS + r"]+[万亿]?)?")
_OCR_TAIL = re.compile(r"\.[ \u3000]{1,2}(\d{1,4})(?!\d)")
_OCR_FOLLOW = re.compile(r"[ \u3000]?(?:万|亿|%|‰|" + _UNIT_RE + r")|[ \u3000]*(?:\t|\n|$|[|｜])")
_RANGE_SEP = re.compile(r"[ \u3000]?(?:-|–|—{1,2}|~|至|到)[ \u3000]?")
_DATE_YMD = re.compile(
    r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})[ \u3000]?年[ \u3000]?(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])"
    r"[ \u3000]?月(?:[ \u3000]?(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \u3000]?[日号])?"
)
_DATE_MD = re.compile(
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])[ \u3000]?月[ \u3000]?"
    r"(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \u3000]?[日号]"
)
_DATE_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[#>*+\-]+[ \t]*|\*\*)?$")
_LABEL_BEFORE = ("任务", "指标", "附件", "附表", "表", "图", "项目", "序号", "编号", "方案", "条款")


@dataclass(slots=True)
class NumberMention:
    """One numeric mention. `text == original[start:end]`.

    value      the number as written, scale split off (552万元 → 552; 一千八百 → 1800; a range → its lower bound;
               None for dates and for ignored words).
    unit       scale + unit as written, normalised (万元, 万家次, %, ‰, 个百分点, 人, '' when none).
    scale      万 / 亿 / 千万 / 千 …, '' when none; base_unit is the unit without it (元, 家次, %).
    kind       amount | percent | points | ratio | count | date | year | plain.
    lo, hi     for ranges (3-5人, 三四十人, 2022—2023年, 百分之三十至四十), same scale as value.
    approx     ≈ (约, 左右) · ≤ (近, 不超过, 以下) · < (不足) · ≥ (余, 多, 以上, 不少于) · > (超过, 逾); None if exact.
    exponent   written precision: 92.9 → -1, 3475 → 0; the quantum in base units is 10^exponent × scale.
    date       (year, month, day) for kind "date", any part may be None.
    ignored    True for enumerators, names, idioms, codes; `reason` says which.
    title      the enclosing 《…》 when the mention sits inside a title.
    alt        the alternative measure word in brackets after the unit: 台（套） → 套, 人（次） → 人次.
    per        what a price or cost is per: 2.86元/吨 → 吨, 42.5万元/公里 → 公里 ('' when none).
    """

    text: str
    start: int
    end: int
    value: Decimal | None = None
    unit: str = ""
    scale: str = ""
    base_unit: str = ""
    kind: str = "plain"
    lo: Decimal | None = None
    hi: Decimal | None = None
    approx: str | None = None
    exponent: int = 0
    date: tuple[int | None, int | None, int | None] | None = None
    ignored: bool = False
    reason: str = ""
    title: str | None = None
    alt: str = ""
    per: str = ""

    @property
    def factor(self) -> Decimal:
        """10^4 for 万, 10^8 for 亿, 1 without a scale."""
        return _FACTORS[self.scale] if self.scale in _FACTORS else SCALES.get(self.scale, _ONE)

    @property
    def magnitude(self) -> Decimal | None:
        """The value with its scale applied: 1.29万家次 → 12900."""
        return None if self.value is None else self.value * self.factor

    @property
    def quantum(self) -> Decimal:
        """Place value of the last written digit, in base units: 123.46万元 → 100 (元)."""
        key = (self.exponent, self.scale)
        q = _QUANTA.get(key)
        if q is None:  # 1 × 10^e times a power of ten: exact in any context, so computed once
            q = _QUANTA[key] = Decimal(1).scaleb(self.exponent) * self.factor
        return q

    @property
    def is_range(self) -> bool:
        return self.lo is not None and self.hi is not None


def half_place(value: Decimal) -> Decimal:
    """Half a unit of the figure's last printed place: 26.50 stands for anything from 26.495 to 26.505."""
    exp = value.as_tuple().exponent
    return Decimal(5).scaleb(exp - 1) if isinstance(exp, int) else Decimal(0)


def rate_from_printed(stated: tuple[Decimal, Decimal], spent: tuple[Decimal, Decimal],
                      budget: tuple[Decimal, Decimal]) -> bool:
    """Whether a stated rate (%) is one that some amounts printing as `spent` ÷ `budget` give — each argument a
    (figure, half a unit of its last printed place). Forms compute a rate from 元 and print the amounts in 万元
    (223,746 ÷ 265,000 元 = 84.43%, printed 22.37 ÷ 26.50 = 84.42%), so the form's rate is any in the range from
    (spent − half) ÷ (budget + half) to (spent + half) ÷ (budget − half), to the rate's own last place. The draft
    restates such a rate and the checker accepts it by this one rule, so the two never disagree."""
    (rate, rate_half), (a, ha), (b, hb) = stated, spent, budget
    if b - hb <= 0:
        return False
    lo = (a - ha) / (b + hb) * 100 - rate_half
    hi = (a + ha) / (b - hb) * 100 + rate_half
    return lo <= rate <= hi


def unit_family(base_unit: str) -> tuple[str, Decimal]:
    """(family, factor): values of one family compare after multiplying by factor; '' is unitless."""
    if not base_unit:
        return _UNITLESS
    got = _FAMILY.get(base_unit)  # (no default tuple and Decimal built for each call: most units are listed)
    return got if got is not None else (base_unit, _ONE)


def kind_of(base_unit: str, value: Decimal | None) -> str:
    if base_unit in MONEY_UNITS:
        return "amount"
    if base_unit in ("%", "成"):
        return "percent"
    if base_unit in ("个百分点", "百分点"):
        return "points"
    if base_unit in ("‰", "‱", "倍"):
        return "ratio"
    if base_unit == "年" and value is not None and value == value.to_integral_value() and 1900 <= value <= 2100:
        return "year"
    return "count" if base_unit else "plain"


# ---------------------------------------------------------------------------------- word lists


def load_word_list(name: str) -> list[str]:
    """Entries of data/NAME (one per line, # comments), longest first."""
    path = DATA_DIR / name
    words = {w.strip() for w in path.read_text(encoding="utf-8").splitlines()}
    return sorted((w for w in words if w and not w.startswith("#")), key=len, reverse=True)


_CIRCLED = "\u2460-\u2473\u2474-\u2487\u2776-\u277f\u3251-\u325f"
_FRACTION_WORDS = ("过半", "超过半数", "一半", "半数", "翻了?[一两]番")


def _numeral_names() -> dict[str, str]:
    """data/numeral_names.txt: place and organisation names holding a numeral the reader would read a figure in
    (三台县 as 3台), drawn from jieba's dictionary (benchmarks/name_lexicon.py), each with its guard — the characters
    after it that make its last character another word (三家村 + 民: 三家 村民). Those its numeral opens."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "numeral_names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, at, guard = (line.split("\t") + ["", ""])[:3]
            if at == "0":
                out[word] = guard.strip()
    return out


@lru_cache(maxsize=1)
def _scanner() -> tuple[list[tuple[str, str, str]], re.Pattern[str], dict[str, str]]:
    """The branches of everything the scanner reads, in order — (name, pattern, the characters it can start with;
    '' for a class tested in _at) —, a character class of the characters they start with, and the reason each
    listed word is ignored."""
    names = load_word_list("names.txt")
    idioms = load_word_list("idioms.txt")
    reason = {w: "idiom" for w in idioms}
    reason.update({w: "name" for w in names})
    places = _numeral_names()  # 三台县, 三门峡: a place or organisation name, unless a word of its own follows
    reason.update({w: "name" for w in places})
    words = sorted(reason, key=len, reverse=True)
    branches = [("title", r"《[^《》\n]{1,80}》", "《"), ("doc", r"〔\d{4}〕\d+号", "〔")]
    branches += [("word", re.escape(w) + (f"(?![{re.escape(places[w])}])" if places.get(w) else ""), w[0])
                 for w in words]
    branches += [("circ", "[" + _CIRCLED + "]", ""), ("pct", "百分之|千分之|万分之", "百千万")]
    branches += [("frac", w, w[0]) for w in _FRACTION_WORDS]
    branches += [("ar", r"\d", ""), ("cn", "[" + _CN_CHARS + "]", _CN_CHARS)]
    firsts = "".join(sorted({w[0] for w in words} | {w[0] for w in _FRACTION_WORDS} | set("《〔百" + _CN_CHARS)))
    first = re.compile(r"[\d" + _CIRCLED + re.escape(firsts) + "]")
    return branches, first, reason


_AT: dict[str, tuple[re.Pattern[str] | None, str]] = {}


def _at(ch: str) -> tuple[re.Pattern[str] | None, str]:
    """The scanner's pattern for a position holding `ch`: only the branches that can start with it, in their order
    (one pattern of every branch would try each listed word at each figure), with each branch's group name; or
    (None, name) when one single-character branch is all that can match there (a digit: "ar")."""
    got = _AT.get(ch)
    if got is None:
        branches, _, _ = _scanner()
        fit = [(name, rx) for name, rx, lead in branches
               if (ch in lead if lead else re.fullmatch(rx, ch) is not None)]
        if len(fit) == 1 and fit[0][0] in ("ar", "cn", "circ"):
            got = (None, fit[0][0])
        else:
            groups: dict[str, list[str]] = {}
            for name, rx in fit:  # one group per name: consecutive branches of a name stay in their order
                groups.setdefault(name, []).append(rx)
            got = (re.compile("|".join(f"(?P<{name}>{'|'.join(rxs)})" for name, rxs in groups.items())), "")
        _AT[ch] = got
    return got


# ---------------------------------------------------------------------------------- Chinese numerals


def _cn_below_wan(s: str) -> int:
    """0 … 9999 from 千百十 form, with the spoken abbreviation: 一千八 = 1800, 三百五 = 350."""
    total, number, last_unit = 0, 0, 1
    for ch in s:
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            unit = CN_SMALL[ch]
            total += (number or (1 if unit == 10 else 0) or (1 if not total else 0)) * unit
            number, last_unit = 0, unit
        else:
            raise ValueError(ch)
    if number and len(s) >= 2 and s[-2] in CN_SMALL and last_unit >= 100:
        number *= last_unit // 10  # 一千八 → 800 after 千
    return total + number


def _cn_int(s: str) -> int:
    if not s:
        return 0
    if all(ch in CN_DIGITS for ch in s):  # 二〇二二: digit by digit
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    for big, factor in (("亿", 10**8), ("万", 10**4)):
        i = s.rfind(big)
        if i >= 0:
            left, right = s[:i], s[i + 1:]
            head = _cn_int(left) if left else 1
            if len(right) == 1 and right in CN_DIGITS and right not in "〇零":
                tail = CN_DIGITS[right] * factor // 10  # 两万五 = 25000
            else:
                tail = _cn_int(right.lstrip("〇零"))
            return head * factor + tail
    return _cn_below_wan(s.lstrip("〇零") or "零")


_PAIR = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])(?=[十百千万亿]|$)")


def parse_chinese_numeral(s: str) -> tuple[Decimal, Decimal | None, int]:
    """A Chinese numeral span → (value, hi, exponent). hi is set for 三四十 (30–40) style ranges.

    Handles 千百十 with 万/亿 sections, 零, 两, financial forms (壹佰贰拾), digit strings (二〇二二),
    decimals with 点 (三点五万 = 35000), the abbreviation 两万五 = 25000. Raises ValueError on anything else.
    """
    if not s or any(ch not in _CN_CHARS and ch != "点" for ch in s):
        raise ValueError(s)
    m = _PAIR.search(s)
    if m and "点" not in s and CN_DIGITS[m[2]] - CN_DIGITS[m[1]] in (1, 2) and not all(c in CN_DIGITS for c in s[m.end():]) \
            or (m and len(s) == 2 and CN_DIGITS[m[2]] - CN_DIGITS[m[1]] in (1, 2)):
        lo, _, _ = parse_chinese_numeral(s[: m.start()] + m[1] + s[m.end():])
        hi, _, _ = parse_chinese_numeral(s[: m.start()] + m[2] + s[m.end():])
        return lo, hi, 0
    if "点" in s:
        head, _, rest = s.partition("点")
        scale = ""
        while rest and rest[-1] in CN_BIG:
            scale = rest[-1] + scale
            rest = rest[:-1]
        if not rest or any(ch not in CN_DIGITS for ch in rest):
            raise ValueError(s)
        frac = "".join(str(CN_DIGITS[ch]) for ch in rest)
        value = Decimal(f"{_cn_int(head) if head else 0}.{frac}")
        exponent = -len(frac)
        for ch in scale:
            value *= CN_BIG[ch]
            exponent += 4 if ch == "万" else 8
        return value, None, exponent
    if not any(ch in CN_DIGITS or ch in "十拾" for ch in s):
        raise ValueError(s)
    return Decimal(_cn_int(s)), None, 0


def _split_cn_scale(core: str) -> tuple[str, str]:
    """十二万 → (十二, 万): a numeral ending in 万/亿 keeps the scale the text used."""
    scale = ""
    while core and core[-1] in CN_BIG and len(core) > 1:
        scale = core[-1] + scale
        core = core[:-1]
    if scale == "万" and "亿" in core:
        return core + scale, ""  # 一亿二千万: the 万 closes the section below 亿, it scales nothing
    if scale in ("万", "亿", "万亿"):
        return core, scale
    return core + scale, ""


# ---------------------------------------------------------------------------------- the scanner


@dataclass(slots=True)
class _Core:
    end: int
    value: Decimal
    exponent: int
    hi: Decimal | None
    scale: str
    cn: bool


def _read_ar(t: str, pos: int, source_mode: bool) -> _Core | None:
    # _AR's first branch (1,234.5) needs a comma after one to three digits: without one there, its second branch
    # alone is what _AR matches — tried at once, not after the first fails
    m = (_AR if "," in t[pos + 1:pos + 4] else _AR_PLAIN).match(t, pos)
    if not m:
        return None
    raw, end = m.group(), m.end()
    if source_mode and end - pos <= 3 and t[end:end + 1] in _GROUP_GAPS and (spaced := _spaced_groups(t, pos)):
        raw, end = spaced
    if source_mode and "." not in raw:
        tail = _OCR_TAIL.match(t, end)
        if tail and _OCR_FOLLOW.match(t, tail.end()) and not _line_start(t, pos):
            raw, end = raw + "." + tail[1], tail.end()
        elif tail and re.match(r"[ \u3000]?(?:万|亿|%|‰)", t[tail.end():tail.end() + 2]):
            raw, end = raw + "." + tail[1], tail.end()
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None
    dot = raw.find(".")
    exponent = dot + 1 - len(raw) if dot >= 0 else 0
    return _Core(end, value, exponent, None, "", False)


_GROUP_GAPS = " \u00a0\u2009\u202f"  # a space, a no-break space, a thin space: digit groups set apart
_SPACED = re.compile(r"\d{1,3}(?:([ \u00a0\u2009\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?(?![\d.])")
_CELL_BEFORE = re.compile(r"(?:^|[\n|｜\t])[ \u3000]*$")
_CELL_AFTER = re.compile(r"[ \u3000]*(?:[|｜\t]|\n|$)")
_YUAN_AFTER = re.compile(r"[ \u3000]?(?:万元|亿元|元)")


def _spaced_groups(t: str, pos: int) -> tuple[str, int] | None:
    """1 200 000.00: digit groups set apart by spaces, one amount — where that is certain: a no-break or thin
    space between them, a table cell (pipe or tab) that holds the figure alone, or 元 after it. A line of cells
    one space apart (a PDF's "2 120 436": 序号, 户数, 人数) stays three figures."""
    m = _SPACED.match(t, pos)
    if m is None:
        return None
    if m[1] == " " and not _YUAN_AFTER.match(t, m.end()):
        before = _CELL_BEFORE.search(t, max(0, pos - 8), pos)
        after = _CELL_AFTER.match(t, m.end())
        if not (before and after and (before.group().strip(" \u3000") or after.group().strip(" \u3000\n"))):
            return None  # a cell alone between pipes or tabs (one side may be the line's edge), else no certainty
    return m.group().replace(m[1], ""), m.end()


def _read_cn(t: str, pos: int, allow_bai: bool = False) -> _Core | None:
    m = _CN.match(t, pos)
    if not m:
        return None
    core = m.group()
    end = m.end()
    # A numeral never starts with a bare 万/亿 and trailing 百/千 alone (百日, 千家万户) are not numbers.
    if core[0] in "亿" or (core[0] == "万" and core != "万"):
        return None
    if core[0] in _CN_FINANCIAL and (len(core) < 2 and not t.startswith(("元", "圆"), end)
                                     or any(ch in _CN_PLAIN for ch in core)):
        return None  # 队伍, 陆续, 队伍一千八百: a 伍/陆 next to plain numerals is a word, not 5/6
    if core in ("十", "百", "千", "万") and _approx_before(t, pos)[0]:
        return _Core(end, Decimal(CN_SMALL.get(core) or CN_BIG[core]), 0, None, "", True)  # 逾千人, 近万人
    body, scale = _split_cn_scale(core)
    if allow_bai and body in ("百", "佰"):
        return _Core(end, Decimal(100), 0, None, scale, True)
    try:
        value, hi, exponent = parse_chinese_numeral(body)
    except (ValueError, KeyError):
        return None
    if not any(ch in CN_DIGITS and ch not in "〇零" or ch in "十拾" for ch in body):
        return None
    return _Core(end, value, exponent, hi, scale, True)


_APPROX_BEFORE_RE = re.compile("(?:" + "|".join(w for w, _ in _APPROX_BEFORE) + ")[ \u3000]?$")
_APPROX_DIRECTION = dict(_APPROX_BEFORE)
_APPROX_LAST = frozenset(w[-1] for w, _ in _APPROX_BEFORE)
_APPROX_LAST_CHARS = "".join(sorted(_APPROX_LAST))


# 签约, 节约, 彩超, 最近 … are words, not approximations
_NOT_APPROX = {"约": "签节合制预邀公条契特履违守", "超": "彩赶高商", "近": "最附邻亲靠"}
_HE_WORDS = "折综整融结配联符适"  # 折合, 综合, 整合 …: the 合 of a word of its own, and 约 after it approximates


def _approx_before(t: str, start: int) -> tuple[str | None, int]:
    last = _APPROX_LAST_CHARS  # the three characters before it, each looked up in a str (no slice, no hashing)
    if not (start and (t[start - 1] in last
                       or start > 1 and (t[start - 2] in last or start > 2 and t[start - 3] in last))):
        return None, start  # no word's last character within reach (a space and a "$"-matched newline after it)
    m = _APPROX_BEFORE_RE.search(t, max(0, start - 4), start)
    if not m:
        return None, start
    word = m.group().rstrip(" \u3000")
    if word in _NOT_APPROX and m.start() > 0 and t[m.start() - 1] in _NOT_APPROX[word] \
            and not (word == "约" and t[m.start() - 1] == "合" and m.start() > 1 and t[m.start() - 2] in _HE_WORDS):
        return None, start  # (折合约3.87万元: 折合 then 约, no 合约)
    if word[0] == "略" and m.start() and t[m.start() - 1] in _NOT_DEGREE["略"]:
        if word[1:] not in _APPROX_DIRECTION:  # 策略高于…: no degree word, and 高于 alone is no approximation
            return None, start
        return _APPROX_DIRECTION[word[1:]], m.start() + 1  # 策略超过3次: 超过, no 略超过
    return _APPROX_DIRECTION[word], _degree_before(t, m.start())


# 刚超过一成, 稍超过5%, 刚刚过半: a word of degree before the approximation word is read with it (策略, 战略 are no degree)
_DEGREE = re.compile(r"(?:刚刚|刚|略微|稍稍|稍微|稍|略)$")
_NOT_DEGREE = {"略": "策战忽省侵方简粗领谋约大", "稍": "", "刚": "方金"}


def _degree_before(t: str, k: int) -> int:
    """Where a mention whose approximation word starts at k starts: before a word of degree right before it."""
    if not k or t[k - 1] not in "刚稍略微":
        return k
    d = _DEGREE.search(t, max(0, k - 2), k)
    if d is None or (d.start() and t[d.start() - 1] in _NOT_DEGREE.get(d.group()[0], "")):
        return k
    return d.start()


def _line_start(t: str, pos: int) -> bool:
    return bool(_LINE_LEAD.search(t, max(0, pos - 12), pos)) or pos == 0


class _Scan:
    def __init__(self, text: str, source_mode: bool):
        self.text = text
        t = text.translate(_FULLWIDTH) if _holds_any(text, _FULLWIDTH_CHARS, _ANY_FULLWIDTH) else text
        if "，" in text and _holds_any(text, _FW_DIGITS, _FW_DIGIT):  # ３，４７５.０９: a full-width thousands comma
            t = _FW_COMMA.sub(",", t)
        self.t = t
        self.source_mode = source_mode
        self.out: list[NumberMention] = []

    def mention(self, start: int, end: int, **kw: object) -> NumberMention:
        m = NumberMention(self.text[start:end], start, end, **kw)  # type: ignore[arg-type]
        self.out.append(m)
        return m

    def ignore(self, start: int, end: int, reason: str, value: Decimal | None = None) -> int:
        # mention(start, end, value=None, ignored=True, reason=reason), constructed positionally (an ordinal or an
        # idiom: thousands in a long text)
        self.out.append(NumberMention(self.text[start:end], start, end, None, "", "", "", "plain", None, None, None, 0,
                                      None, True, reason))
        return end

    def run(self, lo: int = 0, hi: int | None = None, batch: int = 1) -> Iterator[None]:
        """Scan t[lo:hi], pausing after each step that leaves `batch` mentions or more in self.out (one by one for a
        source read figure by figure; a check's text in batches, not one pause per figure). Mentions the last steps
        found (fewer than `batch`) are in self.out when it returns."""
        _, first, reasons = _scanner()
        t = self.t
        hi = len(t) if hi is None else hi
        pos = lo
        # each position holding a character some branch starts with (a character class is what the regex engine
        # skips to fastest: a whole report's prose between two figures in one call), then only the branches that
        # can start there (see _at)
        find, at = first.search, _AT.get
        while True:
            c = find(t, pos, hi)
            if c is None:
                return
            start = c.start()
            pattern, kind = at(t[start]) or _at(t[start])
            if pattern is None:  # a digit, a circled number, a numeral no word starts with: one branch, one character
                pos = self.ignore(start, start + 1, "enumerator") if kind == "circ" else \
                    self.number(start, hi, kind == "cn")
                if pos <= start:  # (each step moves on by one character at least)
                    pos = start + 1
                if len(self.out) >= batch:
                    yield
                continue
            m = pattern.match(t, start, hi)
            if m is None:
                pos = start + 1
                continue
            kind = m.lastgroup  # type: ignore[assignment]
            if kind == "title":
                before = len(self.out)
                for _ in self.run(start + 1, m.end() - 1):
                    pass
                for x in self.out[before:]:
                    x.title = self.text[start:m.end()]
                pos = m.end()
            elif kind == "doc":
                pos = self.ignore(start, m.end(), "document number")
            elif kind == "word" and start and t[start - 1] == "第" and m.group()[0] in _CN_CHARS:
                pos = self.ignore(start - 1, m.end(), "ordinal")  # 第一批 is the first batch, no idiom 一批
            elif kind == "word" and not (t.startswith("之", m.end()) and m.group().endswith("分")):
                pos = self.ignore(start, m.end(), reasons[m.group()])
            elif kind == "word":  # 十分之一 is a fraction, not 十分
                pos = self.number(start, hi, True)
            elif kind == "circ":
                pos = self.ignore(start, m.end(), "enumerator")
            elif kind == "pct":
                pos = self.percent_words(start, hi)
            elif kind == "frac":
                pos = self.fraction_word(start, m.end())
            else:
                pos = self.number(start, hi, kind == "cn")
            if pos <= start:  # (each step moves on by one character at least)
                pos = start + 1
            if len(self.out) >= batch:
                yield

    # -- 过半, 一半, 翻一番: shares and ratios in words ----------------------------------------------------
    def fraction_word(self, start: int, end: int) -> int:
        word = self.t[start:end]
        if word.startswith("翻"):  # 翻一番 doubles, 翻两番 quadruples: a ratio of at least 2 (4)
            value, unit, approx = Decimal(4 if "两" in word else 2), "倍", "≥"
        else:  # 过半 is above 50 %, 一半 / 半数 about 50 %, at the precision of 成 (tenths)
            value, unit, approx = Decimal(5), "成", (">" if "过" in word else "≈")
            tail = _AFTER_CHENG.match(self.t, end)
            if tail:  # 一半以上
                approx, end = _APPROX_AFTER[tail.group()], tail.end()
            elif not word.startswith("过") and (before := _approx_before(self.t, start))[0]:
                approx, start = before  # 超过一半 / 接近一半 / 不足一半: on the side its word says
            elif word.startswith("过"):
                start = _degree_before(self.t, start)  # 刚过半
        self.mention(start, end, value=value, unit=unit, base_unit=unit, kind=kind_of(unit, value), approx=approx)
        return end

    # -- 百分之九十, 百分之三十至四十 --------------------------------------------------------------
    def percent_words(self, start: int, hi: int) -> int:
        t = self.t
        p = start + 3
        prefix = t[start:p]
        unit = PER_WORDS[prefix]  # 百分之 %, 千分之 ‰, 万分之 ‱
        core = _read_ar(t, p, False) if p < hi and t[p].isdigit() else _read_cn(t, p, allow_bai=True)
        if core is None or core.end > hi:
            return start + 3
        end, value, lo_, hi_ = core.end, core.value, None, None
        if core.hi is not None:
            lo_, hi_ = core.value, core.hi
        sep = _RANGE_SEP.match(t, end)
        if sep and sep.end() < hi:
            p2 = sep.end()
            if t.startswith(prefix, p2):
                p2 += 3
            second = _read_ar(t, p2, False) if t[p2:p2 + 1].isdigit() else _read_cn(t, p2, allow_bai=True)
            if second is not None and second.end <= hi and second.value > value:
                lo_, hi_, end = value, second.value, second.end
        approx, a_start = _approx_before(t, start)
        tail = re.compile(r"以上|以下|左右").match(t, end)
        if tail:
            approx, end = _APPROX_AFTER[tail.group()], tail.end()
        self.mention(a_start if approx and a_start < start else start, end, value=lo_ if lo_ is not None else value,
                     unit=unit, base_unit=unit, kind=kind_of(unit, value), lo=lo_, hi=hi_, approx=approx,
                     exponent=core.exponent)
        return end

    # -- one Arabic or Chinese number and what surrounds it -------------------------------------------
    def number(self, start: int, hi: int, cn: bool) -> int:
        t = self.t
        # each pattern below is tried only where the character it needs first stands (most figures: none of them)
        # (a long run holds its class's characters all the way: the one halfway there first, then the far one — a
        # dense text has another figure's digits 30 characters on more often than a run of them)
        at = _LONG_AT[cn]
        probe, mid = t[start + at:start + at + 1], t[start + at // 2:start + at // 2 + 1]
        if probe and ((mid in _CN_CHARS or mid == "点") and (probe in _CN_CHARS or probe == "点") if cn else
                      (mid.isdigit() or mid in ",.") and (probe.isdigit() or probe in ",.")) \
                and (long_run := _LONG_RUN.match(t, start)):
            # 5,000 digits or a thousand 万 in a row: text, not a figure (and never quadratic)
            return self.ignore(start, long_run.end(), "too long")
        if not cn and (dot := t.find(".", start, start + 41)) >= 0 and t[dot + 1:dot + 2] in _EXT_FIRST \
                and (fname := _FILE_NAME.match(t, start)):
            return self.ignore(start, fname.end(), "file name")  # “2022-10-三防汛期总结.md”
        run = _DIGIT_RUN.match(t, start)
        run_end = run.end() if run else start
        after = t[run_end:run_end + 2] if run else ""
        # (2023-06-28 / 2023.06.28: a year of 1900–2100 before the separator; 5123.45 is no date's start)
        if run and ("年" in after or "月" in after or (after[:1] in ("-", "/", ".") and run_end - start == 4
                                                         and (t[start] in "12" or not t[start].isascii()))) \
                and (date := self.date_at(start, hi)) is not None:
            return date
        if self.source_mode and run and run_end - start == 2 and after[:1] in "-/" and "0" in t[start] + t[start + 3:start + 4] \
                and (md := _MONTH_DAY.match(t, start, hi)) and 1 <= int(md["m"]) <= 12 and 1 <= int(md["d"]) <= 31 \
                and not (start and t[start - 1] in _NOT_BEFORE_MD):
            # a ledger's 03-28, 12-08: a zero-padded month and day is a date (a range is never written 03-28)
            self.mention(start, md.end(), value=None, unit="", kind="date", date=(None, int(md["m"]), int(md["d"])))
            return md.end()
        if self.source_mode and run and run_end - start <= 2 and after[:1] in "-/" \
                and (md := _MONTH_DAY_BARE.match(t, start, hi)) and 1 <= int(md["m"]) <= 12 and 1 <= int(md["d"]) <= 31 \
                and not (start and t[start - 1] in _NOT_BEFORE_MD) and not _UNIT_ONLY.match(t, _skip_spaces(t, md.end())) \
                and (full := _FULL_DATE.search(t, max(t.rfind("\n", 0, start) + 1, start - 80), start)) is not None \
                and full["sep"] == md["sep"]:
            # 2025-11-18  培训班开班，11-22 结业: after a full date written so on its line, a month and day without a
            # zero is a date too (10-12 人 is a group's size: a measure after it)
            self.mention(start, md.end(), value=None, unit="", kind="date", date=(None, int(md["m"]), int(md["d"])))
            return md.end()
        core = _read_cn(t, start) if cn else _read_ar(t, start, self.source_mode)
        if core is None or core.end > hi:
            return start + 1
        end = core.end
        prev = t[start - 1] if start > 0 else "\n"
        nxt = t[end] if end < len(t) else "\n"

        # Not quantities -------------------------------------------------------------------------
        if prev == "第" or (prev in "\t 　" and start >= 2 and t[start - 2] == "第"):
            unit = _UNIT_ONLY.match(t, end)  # 第四次, 第五届: the measure word belongs to the ordinal
            return self.ignore(start - 1 if prev == "第" else start - 2, unit.end() if unit else end, "ordinal")
        if nxt in "号单" and (t.startswith("单元", end) or nxt == "号" and _NAMED_AFTER.match(t, end + 1)):
            # 3号仓, 2号线, 5号楼3单元: one of a numbered series, a name (每月10号前, 10月5号 are days)
            return self.ignore(start, end + (2 if nxt == "单" else 1), "name")
        if cn and core.hi is None and 2 <= end - start <= 3 and all(ch in CN_DIGITS for ch in t[start:end]) \
                and not t.startswith("年", end):
            # a count is written with place values (八十一); digits one by one outside a year are a name: 八一, 五一
            return self.ignore(start, end, "name")
        if not cn and (prev.isascii() and prev.isalpha() and not (prev.isupper() and _ACRONYM_COUNT.match(t, end)
                                                                  and _ACRONYM_BEFORE.search(t, max(0, start - 6), start))
                       or nxt.isascii() and nxt.isalpha() and not _LATIN_UNIT.match(t, end)
                       or prev in "-_/" and start >= 2 and t[start - 2].isascii() and t[start - 2].isalpha()):
            return self.ignore(start, end, "code")
        if prev in "(（" and nxt in ")）" and (cn and len(t[start:end]) <= 3 or not cn and end - start <= 2):
            return self.ignore(start - 1, end + 1, "enumerator")
        if cn and nxt == "是" and end - start <= 2:
            return self.ignore(start, end + 1, "enumerator")
        if nxt in "、)）" or (nxt in ".．" and (end + 1 >= len(t) or not t[end + 1].isdigit())):
            if _line_start(t, start) or prev in "：:；;。\n" or (cn and nxt == "、"):
                return self.ignore(start, end + 1, "enumerator")
        if not cn and nxt == "." and re.match(r"(?:\.\d+)+[ \t]", t[end:end + 8]) and _line_start(t, start):
            m = re.match(r"(?:\.\d+)+", t[end:])
            return self.ignore(start, end + (m.end() if m else 0), "enumerator")  # 3.1.2 heading numbers

        # Fractions: 四分之一 = 25 %, 三分之二
        if t.startswith("分之", end):
            second = _read_cn(t, end + 2) if cn else _read_ar(t, end + 2, False)
            if second is not None and second.end <= hi and core.value != 0 and second.hi is None:
                share = (second.value / core.value * 100).quantize(Decimal("0.01"))
                approx, a_start = _approx_before(t, start)
                self.mention(a_start if approx else start, second.end, value=share, unit="%",
                             base_unit="%", kind="percent", approx=approx or "≈", exponent=-2)
                return second.end

        # Ranges: 3-5人, 三到五人, 2022—2023年, 30%-40% --------------------------------------------
        value, exponent, scale = core.value, core.exponent, core.scale
        lo_ = hi_ = None
        if core.hi is not None:
            lo_, hi_ = core.value, core.hi
        pct_first = t.startswith("%", end)
        p = end + (1 if pct_first else 0)
        sep = _RANGE_SEP.match(t, p) if t[p:p + 1] in _SEP_FIRST else None
        if sep and lo_ is None and sep.end() < hi and not (prev in "-–—~" ):
            p2 = sep.end()
            second = _read_cn(t, p2) if cn else (_read_ar(t, p2, self.source_mode) if t[p2:p2 + 1].isdigit() else None)
            if second is not None and second.end <= hi and second.value > value and second.hi is None \
                    and not (sep.group().strip() in "-–" and self.date_at(p2, hi, probe=True)):
                if not pct_first or t.startswith("%", second.end):
                    lo_, hi_ = value, second.value
                    exponent = min(exponent, second.exponent)
                    end = second.end
                    scale = second.scale or scale

        # Suffix: scale, 余/多, unit, 以上/左右 ----------------------------------------------------------
        sm = _SUFFIX.match(t, end)  # every group optional: it always matches
        unit = alt = ""
        approx: str | None = None
        stop = sm.end()  # type: ignore[union-attr]
        g_scale, g_ap1, g_unit, g_alt, g_ap2 = sm.group("scale", "ap1", "unit", "alt", "ap2")  # type: ignore[union-attr]
        if g_scale and scale and stop <= max(hi, end):
            sm = None
        if sm is not None and stop <= hi:
            if g_scale:
                scale = g_scale
            unit = g_unit or ""
            alt = g_alt or ""
            if alt == "次" and unit in COUNT_MEASURES:
                alt = unit + "次"  # 人（次）: 人 or 人次
            ap2 = g_ap2
            if ap2 in ("余", "多") and g_unit and t[stop:stop + 1] and (
                    t[stop].isdigit() or "\u4e00" <= t[stop] <= "\u9fff" and t[stop] != "的"):
                # 较目标52000剂次多2318剂次, 比上年172场多演24场: "more by"; 5.2万元余额, 120家多为, 300人多次: a word of its
                # own (余额, 多为, 多次) — after a unit, 余 / 多 approximate only before a pause or 的 (172场多，, 172场多的)
                ap2, stop = None, sm.start("ap2")
            if g_ap1 or ap2:
                approx = _APPROX_AFTER[g_ap1 or ap2]
            used = stop if (g_scale or g_unit or g_ap1 or ap2) else end
            # A trailing space alone belongs to nothing.
            end = used
            while end > core.end and t[end - 1] in " \u3000":
                end -= 1
        per = ""
        if unit not in ("%", "‰", "‱", "个百分点", "百分点") and not approx and t[end:end + 1] in "/／":
            # 2.86元/吨, 42.5万元/公里: a price per unit is a figure per another unit; 3.2秒/百小时, 0.44/万人次: a rate
            # per a hundred hours or ten thousand donations (a bare figure only before a scaled unit: 3/4 is no rate)
            pm = _PER.match(t, end, hi)
            if pm and (unit or pm["pscale"]):
                per, end = pm["per"], pm.end()
        if not unit and not cn and not approx and t[end:end + 2].endswith("次") and (oc := _OPEN_CI.match(t, end, hi)):
            unit, end = oc.group()[:2], oc.end()
            if oc[1]:
                approx = _APPROX_AFTER[oc[1]]
        if unit == "对" and not cn and _HOTLINE.fullmatch(t, start, core.end):
            unit, alt, end = "", "", core.end  # 12345对群众诉求…: a hotline's number, then a preposition
        if unit in ("方", "立方") and cn and not scale and not approx:
            unit, alt, end = "", "", core.end  # 三方协议, 四方联动: parties, not cubic metres
        if not unit:
            cm = _CHENG.match(t, end) if t.startswith("成", end) else None
            if cm and value <= 10 and (cn or value < 10) and lo_ is None:
                unit, end = "成", end + 1
                half = _HALF_STEP.match(t, end) if cn and value < 10 and exponent == 0 else None
                if half and not (half[1] and _UNIT_ONLY.match(t, half.end())):
                    # 一成半 (15 %), 八成五 (85 %): the half or the tenth after 成 is the figure's own last digit (三成五个
                    # counts 个: no 三成五)
                    value += Decimal(5 if half[0] == "半" else CN_DIGITS[half[0]]) / 10
                    exponent, end = -1, half.end()
                tail = _AFTER_CHENG.match(t, end)
                if tail and not approx:  # 四成以上
                    approx, end = _APPROX_AFTER[tail.group()], tail.end()
        if cn:  # (the checks of a numeral in words: an Arabic figure meets none of them)
            # 两项合计, 以上三项, A与B两个项目合计: a count of the items just listed refers back, it states nothing new.
            if unit in ("项", "类", "笔", "个") and not scale and not approx and lo_ is None and (
                    t.startswith(_SUM_WORDS, end) or t.endswith(_BACK_WORDS, max(0, start - 2), start)
                    or _EACH_OR_ALL.match(t, end) or _NOUN_THEN_SUM.match(t, end)):  # 两项各占, 两项共检定
                return self.ignore(start, end, "refers back")
            if unit in _SET_MEASURES and not scale and not approx and lo_ is None:
                if value >= 2 and t.startswith("共", end) and _listed_before(t, start) == value:
                    # 游泳馆和体育公园两项共55.58万元: a sum of the items just named, as many as it says (分三类共9期, with no
                    # list before it, states its own count)
                    return self.ignore(start, end, "refers back")
                if value == 1 and core.end == start + 1 and prev == "的" and _CLAUSE_END.match(t, end):
                    return self.ignore(start, end, "picks one")  # 是支出最多的一项。: one of the items, no count
            # 公益二类, 三级公路, 二期工程, 一类疫苗: a class, grade or phase is a name, not a count (a count says 两类,
            # 两期); it is still found where the sources state it, never flagged (see check.run)
            if core.end == start + 1 and unit in _GRADE_WORDS and not scale and not approx and lo_ is None \
                    and (t[start] == "二" or (t[start] in _GRADE_WORDS[unit] and _CJK_AT.match(t, end))):
                self.mention(start, end, value=value, unit=unit, base_unit=unit, kind="count", reason=GRADE)
                return end
            # 每认定一人次平均支出670.01元, 每受理一次呼救的成本29.61元: a 一 after 每 and a verb names the unit the
            # clause's figure is counted per; 每周一次 (每 + a time word) is a frequency and stays a count.
            if unit and end - start > 0 and t[start] == "一" and core.end == start + 1 and not scale \
                    and not approx and lo_ is None and (w := t.rfind("每", max(0, start - 5), start)) >= 0 \
                    and not _PER_TIME.match(t, w + 1) and not _CLAUSE_STOP.search(t, w, start) \
                    and _FIGURE_AHEAD.match(t, end, hi):
                return self.ignore(start, end, "per unit")
            # 新一轮, 上一轮, 同一批, 最后一次: 一 after 新 / 同 / 最后 (上 / 下 before a round, term, batch or phase) picks one
            # of a series (the next, the last, the same), it counts nothing, nor does 一次 before 验收合格 / 办结 (at the
            # first attempt), nor 一项 before the score the item got (一项得 / 一项扣); after a verb ending in 新 (更新一次) it is
            # a count again
            if t[start] == "一" and core.end == start + 1 and unit and not scale and not approx and lo_ is None \
                    and (prev == "同" or prev == "新" and not (start >= 2 and t[start - 2] in "更刷翻创重革")
                         or prev in "上下" and unit in ("轮", "届", "批", "期")  # 加上一个 still counts one
                         or t.endswith("最后", max(0, start - 2), start)  # 最后一次: the last one
                         or unit == "次" and t.startswith(_FIRST_TRY, end)  # 一次验收合格: at the first attempt
                         or unit == "项" and t.startswith(("得", "扣"), end)):  # 预算执行率一项得4.89分: that item of the form
                return self.ignore(start, end, "idiom")
        # 四个季度均…: a year has four quarters, nothing to trace; 7月22日一天: the day just dated, no count of days
        if unit == "个" and value == 4 and not scale and not approx and lo_ is None and t.startswith("季度", end) \
                or cn and t[start] == "一" and core.end == start + 1 and unit in ("天", "日") and _DATED_DAY.search(
                    t, max(0, start - 6), start):
            return self.ignore(start, end, "calendar")
        if cn:
            if unit in _SET_MEASURES and not scale and not approx and lo_ is None and value >= 2 \
                    and _SET_TAIL.match(t, end):  # 在三个场馆中最多, 两类资金执行率相差: the set compared within
                self.mention(start, end, value=value, unit=unit, base_unit=unit, kind="count", reason=SET_OF)
                return end
            if unit in _LEXICON_ONLY:  # 一盘棋, 一颗心, 二胎政策: with a numeral in words, a lexicon's measure word
                unit, end = "", core.end      # is a slogan's or an idiom's more often than a count (86群 and 36束 count)
            if not unit and not scale and not approx and lo_ is None and 2 <= value <= 12 and end == core.end \
                    and _CJK_AT.match(t, end) and t[end] not in _UNIT_CHARS and _listed_before(t, start) == value:
                unit, end = t[end], end + 1  # 南沙、中山、江门三地: as many items as the list before it, the noun its measure
            # A Chinese numeral needs a measure word (or a scale): 一定, 三大 are words.
            if not unit and not scale and not (value >= 10 and _approx_before(t, start)[0]):
                return self.ignore(start, core.end, "no measure word")
            if unit in ("分",) and value < 100 and t[end:end + 1] in "之析钟":
                return self.ignore(start, core.end, "no measure word")
        if not cn and not unit and not scale and prev in _LABEL_CHARS and any(
                t.startswith(w, start - len(w)) for w in _LABEL_BEFORE):
            return self.ignore(start, end, "label")

        # Prefix: sign and approximation -----------------------------------------------------------------
        first = start
        if prev in "-−" and start >= 2 and not t[start - 2].isdigit() \
                and not (t[start - 2].isascii() and t[start - 2].isalpha()) \
                and lo_ is None:
            value, first = -value, start - 1
        ap, a_start = _approx_before(t, first)
        if ap and not (ap in ("≤",) and t[a_start:a_start + 1] == "近" and unit in _TIME_UNITS and value <= 31):
            approx = approx or ap
            first = a_start
        elif self.source_mode and first and t[first - 1] in _BOUND_SIGN:
            approx = approx or _BOUND_SIGN[t[first - 1]]  # a form's "≥90%" is a bound, as 不低于90% is
        if lo_ is not None:
            value = lo_
        kind = kind_of(unit, value if lo_ is None else lo_)
        if kind == "year" and hi_ is not None and not hi_ <= 2100:
            kind = "count"  # 2020—99999999年 is no span of years
        if lo_ is not None and unit == "年" and 1900 <= lo_ and hi_ is not None and hi_ <= 2100 and exponent == 0:
            kind = "year"
        if unit == "月" and not scale and 1 <= value <= 12 and exponent == 0 and lo_ is None and not approx:
            part = _MONTH_PART.match(t, end, hi)  # 11月底, 12月中旬: still the month, as the reader sees it
            end = part.end() if part else end
            self.mention(first, end, value=value, unit="月", base_unit="月", kind="date", date=(None, int(value), None))
            return end
        if unit in ("日", "号") and not scale and 1 <= value <= 31 and exponent == 0 and lo_ is None and not approx \
                and (prev in "至到-~、" or t[end:end + 1] in ("至", "到", "、") or t.endswith("每月", max(0, start - 2), start)
                     or t[end:end + 1] in "，," and _DAY_OF_MONTH.search(t, max(0, start - 40), start)) \
                and prev not in _BOUND_SIGN \
                and not _DURATION_BEFORE.search(t, max(0, start - 4), start):  # ≤15日, 平均12日: days, no date
            self.mention(first, end, value=value, unit="日", base_unit="日", kind="date", date=(None, None, int(value)))
            return end
        # the common case, constructed positionally (keywords cost twice as much, for each of tens of thousands)
        self.out.append(NumberMention(self.text[first:end], first, end, value, scale + unit, scale, unit, kind, lo_, hi_,
                                      approx, exponent, None, False, "", None, alt if alt != unit else "", per))
        return end

    def date_at(self, start: int, hi: int, probe: bool = False) -> int | None:
        t = self.t
        if start > 0 and t[start - 1].isdigit():
            return None
        for rx in (_DATE_YMD, _DATE_ISO, _DATE_MD):
            m = rx.match(t, start, hi)
            if not m:
                continue
            gd = m.groupdict()
            try:
                y = _int_any(gd["y"]) if gd.get("y") else None
                mo = _int_any(gd["m"])
                d = _int_any(gd["d"]) if gd.get("d") else None
            except ValueError:
                continue
            if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= 31) or (y is not None and not 1900 <= y <= 2100):
                continue
            if rx is _DATE_ISO and gd["sep"] == "." and self.source_mode is False and d is None:
                continue
            if probe:
                return m.end()
            if y is not None and d is None:
                # 2022年9月: a year-month
                self.mention(start, m.end(), value=None, unit="", kind="date", date=(y, mo, None))
            else:
                self.mention(start, m.end(), value=None, unit="", kind="date", date=(y, mo, d))
            return m.end()
        return None


_LABEL_CHARS = {w[-1] for w in _LABEL_BEFORE}
_UNIT_CHARS = frozenset(u for u in UNITS if len(u) == 1)  # one its guard turned down (两部分, 三方面) is no measure
_HOTLINE = re.compile(r"1(?:1[0-9]|2[0-9]|2[0-9]{3})")  # 110, 120, 12345, 12315: a service line's number
_UNIT_ONLY = re.compile(_UNIT_RE)
# An Arabic run longer than DRAFTER_MAX_DIGITS (drafter.limits, read at start), or a Chinese numeral longer than
# MAX_CN characters, is text, not a figure: never parsed, so never quadratic.
MAX_DIGITS = limit("digits").amount
MAX_CN = 24
_LONG_RUN = re.compile(r"[\d,.]{%d,}|[%s点]{%d,}" % (MAX_DIGITS + 1, _CN_CHARS, MAX_CN + 1))
_PER_TIME = re.compile(r"[周月年天日季晚夜]|学期|小时|半年|个月|次")  # 每周一次, 每次一人: frequencies
_CLAUSE_STOP = re.compile(r"[，,。；;：:！？\n]")
_FIGURE_AHEAD = re.compile(r"[^，,。；;！？\n]{0,20}?[0-9０-９]")  # a figure later in the same clause
_FILE_NAME = re.compile(r"[\w\-—]{0,40}?\.(?:md|txt|ya?ml|json|docx?|xlsx?|pdf|csv)(?![A-Za-z])")
_EXT_FIRST = "mtyjdxpc"  # the first letters of those extensions: a file name has one right after its first dot
_LONG_AT = {False: MAX_DIGITS, True: MAX_CN}  # a long run reaches this far: the character there is of its class
_SEP_FIRST = " \u3000-–—~至到"  # what a range's separator (_RANGE_SEP) can start with
# rates in words and their signs: the one table (the importer reads 万分之0.8 by it, the writer writes ‱ back)
PER_WORDS = {"百分之": "%", "千分之": "‰", "万分之": "‱"}
_AFTER_CHENG = re.compile(r"以上|以下|左右|余|多(?![数])")  # 两成多: more than two tenths
# 一成半, 八成五: a half or one digit after 成, no further numeral (八成五十: no figure of the reader's)
_HALF_STEP = re.compile(r"半(?![年月天日数价])|([一二三四五六七八九])(?![〇零一二两三四五六七八九十百千万亿点])")
_MONTH_PART = re.compile(r"[上中下]旬|底|末|初(?![步次级期中])")
_SUM_WORDS = ("合计", "共计", "总计", "相加", "之和")
_BACK_WORDS = ("以上", "上述", "前述")
_FIRST_TRY = ("验收", "通过", "办结", "办好", "合格", "成功", "到位")
_DATED_DAY = re.compile(r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]$")  # 7月22日 (一天)
_EACH_OR_ALL = re.compile(r"[各共](?![\d" + _CN_CHARS + r"])")  # 两项共检定 (分三类共9期 states its own count)
_NOUN_THEN_SUM = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:合计|共计|总计)")  # 两个展厅合计: the items' noun, then their sum
# the numerals that make a name of a class, grade or phase before a noun (二 always: a count says 两): 一类疫苗,
# 三级公路, 五级及以下; 一期 stays a count (举办一期培训班), as do 三类课程 and 三期
_NAMED_AFTER = re.compile(r"(?![前后以之起至到止左右内当截开])[\u4e00-\u9fff]")  # 3号仓 (not 10号前, 5号起)
_GRADE_WORDS = {"类": "一", "级": "一三四五六七八九", "期": ""}
_CJK_AT = re.compile(r"[\u4e00-\u9fff]")
GRADE = "grade"  # NumberMention.reason of a class, grade or phase (a name the checker never flags)
# NumberMention.reason of a count naming the set a sentence compares within (在六个区县中最多, 两类资金执行率相差): borne
# out by the list the sources hold, flagged where they list that set with another count, else a name of the set
SET_OF = "set"
_SET_MEASURES = ("个", "项", "类", "家", "所", "条", "座", "处", "种", "支", "批", "级")
# what follows the set's noun: 中 (among; not 中心, 中学, 中期 …), 之间, 相差, 相比, 平均, 不一, 差距
# (在六个县（市、区）中最少: the set's name may carry a bracketed gloss of what it also holds)
_SET_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:[（(][\u4e00-\u9fff、，,]{1,8}[）)])?(?:中(?![心学央队旬期标医药级小国共华外断止考转层午])|之中|之间|相差|相比|"
                       r"平均|不一|差距|差异)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]|$")
_LIST_SPLIT = re.compile(r"、|以及|和|与|及")


def _listed_before(t: str, start: int) -> int | None:
    """How many items the clause lists right before `start` (游泳馆、全民健身中心与体育公园 → 3), or None: the clause since
    the last mark, split at 、 / 和 / 与 / 及, each piece a few characters of words without figures."""
    s0 = max(t.rfind(c, max(0, start - 80), start) for c in "，,。；;：:！？!?\n（(") + 1
    clause = t[s0:start]
    if not clause or not _LIST_SPLIT.search(clause):
        return None
    items = _LIST_SPLIT.split(clause)
    if not all(2 <= len(x) <= 16 and _CJK_ONLY.fullmatch(x) for x in items):
        return None
    return len(items)


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_DIGIT_RUN = re.compile(r"\d+|[〇零一二三四五六七八九十]+")
_MONTH_DAY = re.compile(r"(?P<m>\d\d)(?P<sep>[-/])(?P<d>\d\d)(?![\d./\-%:])")
_MONTH_DAY_BARE = re.compile(r"(?P<m>\d{1,2})(?P<sep>[-/])(?P<d>\d{1,2})(?![\d./\-%:])")
_FULL_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?P<sep>[-/])\d{1,2}(?P=sep)\d{1,2}(?!\d)")


def _skip_spaces(t: str, k: int) -> int:
    while k < len(t) and t[k] in " \u3000\t":
        k += 1
    return k
_NOT_BEFORE_MD = "0123456789-/.:"
# a bare "9日，" (or "9日" ending the text: a record's value) is a day of the month only after a month in its clause
# (本月9日，) or 于 (于12日，); with neither it counts days (上年实际9日，缩短2日 against a ≤20日 time limit)
_DAY_OF_MONTH = re.compile(r"(?:月[^，,。；;！？\n]*|于)$")
# words after which N日 counts days (a time limit, an average): 平均12日, 用时15日, 时限为15日
_DURATION_BEFORE = re.compile(r"(?:平均|用时|历时|耗时|时限|期限|为期|缩短|延长|提前|推迟)(?:为|是|约)?[ \u3000]?$")
# 购置AED2台, 配备DR1台: a whole number right after an equipment's acronym (two capitals or more) and before a measure
# word of things counts them (B1级, PM2.5浓度, 5G stay codes)
_ACRONYM_COUNT = re.compile(r"[台套辆部个件只张具块支架艘](?![\u4e00-\u9fff]{0,1}[/／])")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}$")
_LATIN_UNIT = re.compile(r"(?:TB|GB|MB|PB|km|kg|kWh|kW|MW|mm|cm)(?![A-Za-z])")
_FW_DIGITS = "０１２３４５６７８９"
_FW_DIGIT = re.compile(r"[０-９]")
_FW_COMMA = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


def _int_any(s: str) -> int:
    s = s.strip()
    if s.isdigit():
        return int(s)
    value, hi, _ = parse_chinese_numeral(s)
    if hi is not None:
        raise ValueError(s)
    return int(value)


# the character right after a bare figure that ends its clause (第一批收购树桩素材210桩，): a measure word the sources write
# — not a function word, a time, a scale or an approximation (一月12日，, 增长12倍 are read before; 共12等 is etc.)
_WRITTEN_MEASURE = re.compile("(?![的了是和与及或为到至在于把被将从向对比等年月日号万亿千百多余以左右内前后中共计均各每约超近达"
                              "占增减降止讫时点上下])[\u4e00-\u9fff](?![\u4e00-\u9fff\\d])")
_MEASURE_TAIL = re.compile(r"以上|以下|左右")


def written_measure(text: str, m: NumberMention) -> str | None:
    """The measure word a source writes right after a bare Arabic figure of its own, ending the figure's clause (210桩，),
    or None."""
    if m.base_unit or m.kind != "plain" or m.value is None or m.per or not m.text[-1:].isdigit():
        return None
    w = _WRITTEN_MEASURE.match(text, m.end)
    return w.group() if w else None


def with_measure(text: str, m: NumberMention, word: str) -> NumberMention:
    """The bare figure m read with the measure word `word` right after it (and a 以上 / 左右 after that)."""
    end = m.end + len(word)
    approx = m.approx
    tail = _MEASURE_TAIL.match(text, end)
    if tail and not approx:
        approx, end = _APPROX_AFTER[tail.group()], tail.end()
    unit = m.scale + word
    return NumberMention(text[m.start:end], m.start, end, m.value, unit, m.scale, word, kind_of(word, m.value), m.lo,
                         m.hi, approx, m.exponent, None, False, "", m.title, "", "")


def measured(text: str, mentions: list[NumberMention], words: set[str] | frozenset[str]) -> None:
    """Give each bare Arabic figure of the text followed by one of `words` — the measure words the sources write after
    figures of their own (SourceIndex.measures) — that measure word, in place."""
    for k, m in enumerate(mentions):
        if not m.ignored and not m.base_unit and text[m.end:m.end + 1] in words and m.value is not None \
                and m.kind == "plain" and not m.per and m.text[-1:].isdigit():
            mentions[k] = with_measure(text, m, text[m.end])


def extract_mentions(text: str, *, source_mode: bool = False) -> list[NumberMention]:
    """Every numeric mention of `text`, in order, ignored ones included (filter on `.ignored`).

    `source_mode` reads a source rather than a draft: OCR splits like "3475. 09" and "1. 29 万" are joined
    where a unit, 万/亿, % or the end of a table cell follows.
    """
    scan = _Scan(text, source_mode)
    for _ in scan.run(batch=_ALL):  # (no pause: all are kept)
        pass
    return scan.out


_ALL = 1 << 62  # a batch no text reaches


def mention_batches(text: str, *, source_mode: bool = False, size: int = 1024) -> Iterator[list[NumberMention]]:
    """`extract_mentions` a batch of about `size` at a time, in order: a caller that keeps them all (the check's text)
    can still stop at a limit early, without a pause for each figure."""
    scan = _Scan(text, source_mode)
    for _ in scan.run(batch=size):
        yield scan.out
        scan.out = []
    if scan.out:
        yield scan.out


def iter_mentions(text: str, *, source_mode: bool = False) -> Iterator[NumberMention]:
    """`extract_mentions` one at a time, keeping none it has handed out: a source's mentions become facts one
    by one, and a 10 MB source need not hold all its mentions at once."""
    for batch in mention_batches(text, source_mode=source_mode, size=256):  # (a few hundred held at a time)
        yield from batch


_BOUND_WORDS = ("不低于", "不少于", "不高于", "不超过", "至少", "最多")
_QUOTED_GOAL = re.compile(r"[”\"’]?的?(?:年度|全年)?(?:目标|计划|任务|要求|时限|上限|标准)")
_BEFORE_NOT_DEADLINE = ("前后", "前期", "前夕")
# a target quoted whole: “=12期”, “≥95%”, “3个工作日以内”, “11月15日前” (the figure's own span between sign and limit)
_TARGET_SIGNS = "=＝≥≤≧≦"
_QUOTED_TARGET = re.compile(r"(?<=[“\"「『])(?P<sign>[=＝≥≤≧≦])?(?P<figure>[^”\"」』\n]{1,20}?)(?P<limit>前|以内|内)?(?=[”\"」』])")


def reader_span(text: str, m: NumberMention, stated: Sequence[str] = ()) -> tuple[int, int]:
    """The span a reader marks for the mention (the convention of the labelled corpora, tests/corpus/README.md), where
    the words around the figure it was read with differ: a month's or a monthly day's deadline keeps its 前 (10月底前,
    每月5日前), a full date's where the sources state that deadline (`stated`: the evidence texts of its verdict hold
    11月15日前; else 于10月20日前完成 shows 10月20日); a target quoted as the form writes it is shown whole, its sign and
    前 / 以内 / 内 included (“=12期”, “3个工作日以内”, “11月15日前”); a bound or target word stays outside the figure
    (不低于90% → 90%, 98%以上 → 98%), as does a verb comparing with the target it quotes (超过50万人次的目标 → 50万人次).
    An approximation word stays inside (超过52万人次, 约3000人)."""
    start, end = m.start, m.end
    at = start - 1 if start and text[start - 1] in _TARGET_SIGNS else start
    if at and (q := _QUOTED_TARGET.match(text, at)) and q.start("figure") == start and q.end("figure") == end:
        return q.start("sign") if q["sign"] else start, q.end("limit") if q["limit"] else end
    if m.kind == "date":
        if m.date is not None and (m.date[1] is None) != (m.date[2] is None) and text.startswith("前", end) \
                and not text.startswith(_BEFORE_NOT_DEADLINE, end):
            end += 1
        elif m.date is not None and m.date[1] is not None and m.date[2] is not None and text.startswith("前", end) \
                and not text.startswith(_BEFORE_NOT_DEADLINE, end) and any(m.text + "前" in s for s in stated):
            end += 1  # 在11月15日前完成, the form's 年度指标值 11月15日前: the deadline as the sources state it
        return start, end
    if m.approx is None:
        return start, end
    word = next((w for w in _BOUND_WORDS if text.startswith(w, start)), None)
    if word is None and m.approx in (">", "<", "≤") and _QUOTED_GOAL.match(text, end):
        word = max((w for w, _ in _APPROX_BEFORE if text.startswith(w, start)), key=len, default=None)
    if word is not None:
        start += len(word)
        while start < end and text[start] in " \u3000":
            start += 1
    elif text.endswith(("以上", "以下"), start, end) and _AR.search(text, start, end):
        end -= 2
    return start, end


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; `line_of(starts, pos)` is then a bisect."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def line_of(starts: list[int], pos: int) -> int:
    """1-based line number of offset `pos`."""
    return bisect_right(starts, pos)
