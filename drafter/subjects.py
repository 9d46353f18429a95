"""What a number counts: the words around a numeric mention, so that two facts with the same value can be
told apart (28 个网格 is not 28 个检查站).

    clause_before(text, start)   the words before a number back to the previous punctuation or number
    noun_after(text, end)        the noun after its measure word (2582处风险点 → 风险点)
    tokens(words)                what is compared: character bigrams of the Chinese words, minus words every
                                 report uses (全区, 累计 …), plus a role mark for budget words (执行 ≈ 实际支出)
    direction(clause)            "+" / "−" when the words before a figure say it rose or fell (增长 / 下降,
                                 调增 / 调减, 超支 / 结余), None otherwise
    year_tag(text, start)        the earlier year a figure belongs to (较2022年的88.2%, 上年 …), None for the
                                 current one

Bigrams rather than a segmenter: the comparison needs only "do these two phrases share a word", bigrams of
the clause answer it without loading a dictionary (jieba's takes about a second, half the time budget of
checking 1 MB), and they behave the same on units the dictionary has never seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import COUNT_MEASURES, UNITS, load_word_list

__all__ = ["clause_before", "own_clause", "noun_after", "tokens", "direction", "year_tag", "roles", "role_mark", "sentence_bounds"]

_SKIP = set("“”‘’\"'《》「」 \u3000≤≥<>＜＞≦≧=～~")      # quotes, spaces and bounds belong to the clause
_FUNCTION = set("共为达约的了和及并等各其每是在对将把被从于也都再又还即")
_STOP = {
    "全区", "全年", "今年", "本年", "累计", "共计", "合计", "其中", "全市", "全镇", "全县", "全省", "我区", "我镇",
    "我市", "年度", "全部", "以上", "左右", "共有", "达到", "实现", "完成", "工作", "开展", "组织", "进行", "情况",
    "初稿", "稿曾", "曾写", "写为", "误作", "同比", "较上", "上年", "比上", "增长", "下降", "提高", "减少", "增加",
    "实际", "际完", "成值", "目标", "标值", "约为", "为止", "报告", "告中", "全局", "全街", "街道", "今年",
    "超过", "不足", "接近", "达成", "一步", "进一", "不到", "近年", "成情", "数为", "是否", "还有", "为主", "再有",
}
_ROLE_WORDS = (
    ("§执", re.compile(r"执行|支出|支付|拨付|使用资金")),
    ("§预", re.compile(r"预算")),
    ("§率", re.compile(r"执行率|完成率|执行进度|支出率")),
    ("§分", re.compile(r"得分|总分|评分|分值|满分")),  # (满分: the cap a score is out of, the row's 分值)
    # the rest, not (yet) done: 另有7所因校舍改造延至下学期 is the 未覆盖的7所 (未执行 / 未支出 is a balance)
    ("§余", re.compile(r"另有|其余|剩余|剩下|尚未|未(?!执行|支出|使用|发生|拨付)[\u4e00-\u9fff]{1,4}的")),
)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_TOTAL_SCORE = re.compile(r"(?:自评|综合|评价|绩效|项目|总)得分")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_CLAUSE_BACK = re.compile("[\u4e00-\u9fff" + re.escape("".join(_SKIP)) + "]*")  # matched on the reversed text


def _clause_start(text: str, lo: int, end: int) -> int:
    """The start of the run of Chinese characters (and quotes, spaces, bounds) that ends at `end`, not before lo:
    read backwards in one match (a search for the run ending at `end` would try each start from lo in turn)."""
    global _LAST_START
    last = _LAST_START  # clause_before and own_clause ask the same of each figure, one after the other
    if last[0] is text and last[1] == lo and last[2] == end:
        return last[3]
    k = end - _CLAUSE_BACK.match(text[lo:end][::-1]).end()  # type: ignore[union-attr]
    _LAST_START = (text, lo, end, k)
    return k


_LAST_START: tuple[str, int, int, int] = ("", -1, -1, 0)


_CELL = re.compile(r"[ \u3000]*[\t|｜：:][ \u3000|｜]*\Z")
_SKIP_TABLE = str.maketrans("", "", "".join(_SKIP))
_SKIPPED = re.compile("[" + re.escape("".join(sorted(_SKIP))) + "]")


def _unskipped(words: str) -> str:
    """words less the characters of _SKIP: translate only when one is there (translate reads each character
    through the table, a microsecond for a clause; most clauses hold none)."""
    return words.translate(_SKIP_TABLE) if _SKIPPED.search(words) else words


def clause_before(text: str, start: int, limit: int = 16) -> str:
    """Chinese words before `start`, back to punctuation, a digit or a Latin letter (quotes are skipped);
    in a table row (a tab or | right before the number) the previous cell: 实际支出数\t3229.91."""
    lo = max(0, start - limit * 2)
    k = _clause_start(text, lo, start)
    words = _unskipped(text[k:start])
    if k > lo and text[k - 1] in "）)" and (aside := _ASIDE.search(text, max(lo, k - 16), k)) \
            and aside[1] not in UNITS and aside[1].lstrip("万亿千百") not in UNITS and not aside[1].startswith("单位"):
        # 其他资金（习艺劳动收入）由100.00万元: the words before the bracket and the aside name the figure too
        head = _unskipped(text[_clause_start(text, max(0, aside.start() - limit), aside.start()):aside.start()])
        if head:
            words = head + aside[1] + words
    if not words:
        cell = _CELL.search(text, lo, start)
        if cell:
            words = _unskipped(text[_clause_start(text, lo, cell.start()):cell.start()])
    return words[-limit:]


_ASIDE = re.compile(r"[（(]([\u4e00-\u9fff]{2,12})[）)]\Z")  # a bracketed aside right before a clause (its words)
_AFTER_LEAD = re.compile(r"[及或]?(?:以上|以下|左右|上下)的?")
# the measure word of a count (10个, 312宗, 2150人次): a year, date, amount or rate before a clause is no count
_LEAD_UNIT = re.compile("(?:万|亿)?(?:[" + COUNT_MEASURES + "]次|[" + COUNT_MEASURES + "])")


def own_clause(text: str, start: int, clause: str, limit: int = 16) -> str:
    """`clause` (clause_before's), less the measure word and noun of a count the clause begins right after:
    in 全区10个镇街划分城市管理网格1526个 the 镇街 are what 10 counts, so 1526 is left with 网格."""
    lo = max(0, start - limit * 2)
    k = _clause_start(text, lo, start) if clause else lo
    if k <= lo or not text[k - 1].isdigit():
        return clause
    unit = _LEAD_UNIT.match(text, k, start)
    if unit is None:
        return clause
    lead = _AFTER_LEAD.match(text, unit.end(), start)
    noun = _NOUN.match(text, lead.end() if lead else unit.end(), start)
    rest = _unskipped(text[noun.end() if noun else unit.end(): start])[-limit:]
    return rest or clause  # 78.9万人次增长29.73%: nothing of its own is left, the words stay as they were


_NOUN = re.compile(r"[^\x00-\u4dff\ua000-\U0010ffff的和与及等]{0,8}")  # a Chinese character but 的和与及等: one class, no lookahead


_BRACKET_NAME = re.compile(r"[（(]([\u4e00-\u9fff]{2,12})[）)]")


def noun_after(text: str, end: int, limit: int = 8) -> str:
    """The noun a measure word qualifies: 2582处风险点 → 风险点; the words of a bracket right after it, which name
    the items counted (1个（禾云镇灌溉渠）整改 → 禾云镇灌溉渠); '' when punctuation follows."""
    first = text[end:end + 1]  # each pattern is tried only where its first character stands (most figures: neither)
    named = _BRACKET_NAME.match(text, end) if first in "（(" else None
    if named:
        return named[1]
    if not "\u4e00" <= first <= "\u9fff":
        return ""  # punctuation, a digit, the text's end: _NOUN (Chinese characters only) reads nothing here
    lead = _AFTER_LEAD.match(text, end) if first in "及或以左上" else None
    m = _NOUN.match(text, lead.end() if lead else end)  # 65岁及以上老年人: the noun after the bound
    if m is None or text[m.end():m.end() + 1].isdigit() and _ROLE_NOUN.fullmatch(m.group()):
        return ""  # 618.50万元支出603.42万元: a budget word right before a figure is that figure's own
    if first == "中" and text[m.end():m.end() + 1].isdigit():
        return ""  # 72人中失能半失能64人: 中 says "among them" — the noun after it is what the next figure counts
    return m.group()[:limit]


_ROLE_NOUN = re.compile(r"(?:实际)?(?:支出|执行|结余|预算|拨付|到位|使用)(?:数|额)?")


_FUNCTION_RUN = re.compile("[" + "".join(sorted(_FUNCTION)) + "]")
HELD_WORDS = "function_words.txt"  # data/: the words of jieba's dictionary that hold a function character
_NOUN_TAGS = frozenset({"n", "ns", "nt", "nz", "vn", "b", "j", "an"})


def held_words(dictionary: str) -> list[str]:
    """The entries of jieba's dictionary (its dict.txt: word, frequency, tag per line) that hold a function
    character inside a word: nouns (对虾, 在校生, 对口, 等级) and verbs led by one (在建, 达标, 共享) — not the
    verbs it ends (用于, 成为, 签约), which read as function words — save 还 closing a two-character verb, which is
    huán, to return (返还, 退还, 偿还: 返还资金 is a funding line's name). Two to four characters. data/HELD_WORDS is
    this list, so the checker needs no dictionary load (a second of jieba's start-up)."""
    out = set()
    for line in dictionary.splitlines():
        word, _, rest = line.partition(" ")
        tag = rest.rpartition(" ")[2]
        if 2 <= len(word) <= 4 and _CJK.fullmatch(word) and _FUNCTION_RUN.search(word) and \
                (tag in _NOUN_TAGS or (tag == "v" and (word[0] in _FUNCTION and word[-1] not in _FUNCTION
                                                       or len(word) == 2 and word[1] == "还"))):
            out.add(word)
    return sorted(out)


@lru_cache(maxsize=1)
def _held() -> tuple[frozenset[str], frozenset[str]]:
    """The held words, and their two-character runs that hold a function character (a quick first test)."""
    words = frozenset(load_word_list(HELD_WORDS))
    pairs = frozenset(w[k:k + 2] for w in words for k in range(len(w) - 1)
                      if w[k] in _FUNCTION or w[k + 1] in _FUNCTION)
    return words, pairs


def _content_parts(run: str) -> list[str]:
    """A Chinese run split at its function characters (在全镇推广 → 全镇推广), except where one is inside a word of
    the dictionary's (在编人员, 斑节对虾, 对口帮扶 keep 在编, 对虾, 对口)."""
    if not _FUNCTION_RUN.search(run):
        return [run]
    held, pairs = _held()
    parts, start = [], 0
    for m in _FUNCTION_RUN.finditer(run):
        i = m.start()
        if (run[i - 1:i + 1] in pairs or run[i:i + 2] in pairs) and any(
                run[a:a + n] in held for n in (2, 3, 4) for a in range(max(0, i - n + 1), min(i, len(run) - n) + 1)):
            continue  # the character is part of a word
        if i > start:
            parts.append(run[start:i])
        # 年末在保, 在岗: 在 and one character closing a clause is a state (在保, 在园), no preposition
        start = i if run[i] == "在" and i == len(run) - 2 and run[i + 1] not in _FUNCTION else i + 1
    if start < len(run):
        parts.append(run[start:])
    return parts


_ROLE_RX = re.compile("|".join(f"(?P<r{i}>{rx.pattern})" for i, (_, rx) in enumerate(_ROLE_WORDS)))
_ROLE_FIRST = re.compile("[" + "".join(sorted({alt[0] for _, rx in _ROLE_WORDS for alt in rx.pattern.split("|")})) + "]")
_PAIR = str.__add__


# A ledger's row "7-9月" / "七至九月" is the 三季度 the report names: its quarter's token (三季) joins its words.
_QUARTER_MONTHS = re.compile(r"(?<![\d一二三四五六七八九十])(?:(1|4|7|10)\s*[-—–~～至到]\s*(3|6|9|12)|"
                             r"(一|四|七|十)\s*[-—–~～至到]\s*(三|六|九|十二))\s*月(?!\d)")
_QUARTER_OF = {("1", "3"): "一季", ("4", "6"): "二季", ("7", "9"): "三季", ("10", "12"): "四季",
               ("一", "三"): "一季", ("四", "六"): "二季", ("七", "九"): "三季", ("十", "十二"): "四季"}


def _quarters(phrase: str) -> set[str]:
    return {q for m in _QUARTER_MONTHS.finditer(phrase)
            if (q := _QUARTER_OF.get((m[1], m[2]) if m[1] else (m[3], m[4])))}


@lru_cache(maxsize=1 << 16)
def _phrase_tokens(phrase: str) -> frozenset[str]:
    if "月" in phrase and (quarters := _quarters(phrase)):
        return _phrase_tokens(_QUARTER_MONTHS.sub(" ", phrase)) | quarters
    runs = _CJK.findall(phrase)
    if len(runs) > 1:  # each run apart (no word spans a figure or a comma): a clause's runs recur in other clauses
        return frozenset().union(*map(_phrase_tokens, runs))
    out: set[str] = set()
    for run in runs:
        if len(run) == 1:
            if run not in _FUNCTION and run not in "即合计余约近逾超":
                out.add(run)
            continue
        for part in _content_parts(run):
            out.update(map(_PAIR, part, part[1:]))  # its bigrams
    out.difference_update(_STOP & out)
    if "得分" in phrase and _TOTAL_SCORE.search(phrase):
        out.add("总分")  # 项目自评得分 / 综合得分: the form's 总分 row, not an indicator's or the funds row's 得分
    if _ROLE_FIRST.search(phrase):  # most phrases hold no role word: no need to look for each
        for m in _ROLE_RX.finditer(phrase):
            out.add(_ROLE_WORDS[int(m.lastgroup[1:])][0])  # type: ignore[index]
    return frozenset(out)


def tokens(*phrases: str) -> frozenset[str]:
    """Bigrams of the phrases' Chinese runs (function characters split runs), minus stop bigrams; a lone
    character counts as itself (6个镇 → 镇); plus role marks (执行 ≈ 实际支出, 预算, 率, 得分)."""
    if len(phrases) == 1:
        return _phrase_tokens(phrases[0])
    out: frozenset[str] = frozenset()
    for phrase in phrases:
        if phrase:
            out = out | _phrase_tokens(phrase)
    return out


# a change word may be followed by what it measures and a verb: 调增幅度, 增长率为, 降幅达 (结余率 is no change)
_RATE_OF = r"(?:(?:幅度|率)(?:为|是|达到|达|约)?)?"
_UP = re.compile(r"(?:(?:增长|增加|提高|上升|调增|提升|追加)" + _RATE_OF + r"|增幅(?:为|是|达到|达|约)?|超支|超出|超过预算|多出|延长|多)了?$")
_DOWN = re.compile(r"(?:(?:下降|减少|降低|调减|压减|削减|核减|收回|回落|缩减|缩短|压缩)" + _RATE_OF
                   + r"|[降减]幅(?:为|是|达到|达|约)?|结余|节余|结存|未执行|未支出|少)了?$")


# 比 / 较 + what is compared + 高 / 低: 较目标高1.2个百分点, 比上年低2.1% (a bare 高 / 低 without the comparison —
# 最高, 低于8%的上限 — states a level or a bound, not a change)
_CMP_UP = re.compile(r"(?:比|较)[^，,。；;、\s]{0,10}?高(?:出)?了?$")
_CMP_DOWN = re.compile(r"(?:比|较)[^，,。；;、\s]{0,10}?低了?$")


@lru_cache(maxsize=1 << 14)
def direction(clause: str) -> str | None:
    """'+' when the words just before a figure say it rose (增长, 调增, 超出, 超支), '−' when it fell (下降,
    调减, 结余 …): the sign of new − old (实际 − 预算, 调整 − 年初, 本年 − 上年)."""
    tail = clause[-6:]
    if _DOWN.search(tail):
        return "−"
    if _UP.search(tail):
        return "+"
    tail = clause[-14:]
    if _CMP_DOWN.search(tail):
        return "−"
    if _CMP_UP.search(tail):
        return "+"
    return None


# 上年结转资金 / 2022年结余 is a fund of this year (carried over), not a figure of the earlier year; 2023年11月1日 is a
# date's own year (自2023年11月1日至2024年3月31日: no year of the figures after it)
_YEAR = re.compile(r"(?:((?:19|20)\d\d)年(?!\d{1,2}月)|(上年|去年|上一年|前一年|同期))(?!度?(?:结转|结余))")
# what every _YEAR match holds (19xx年 / 20xx年 end in a digit and 年; 上年, 去年, 上一年, 前一年, 同期): its absence rules
# a match out in one search of two characters
_YEAR_HINT = re.compile(r"[\d上去一]年|同期")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLOSE = re.compile(r"[）)]")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the sentence holding `pos` (。；！？ and line ends close a sentence)."""
    lo = max(0, pos - 300)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    start = starts[-1] if starts else lo
    m = _SENTENCE_END.search(text, pos, pos + 300)
    return start, (m.start() if m else min(len(text), pos + 300))


def year_tag(text: str, start: int, lookback: int = 24, s0: int | None = None) -> int | None:
    """The year named last before `start` in its sentence (within `lookback` characters): 2022 for
    '较2022年的88.2%', -1 for 上年 / 去年 / 同期; None when the sentence names none."""
    if s0 is None:
        s0, _ = sentence_bounds(text, start)
    lo = max(s0, start - lookback)
    if text.find("年", lo, start) < 0 and text.find("同期", lo, start) < 0:  # every match holds one: most figures, at once
        return None
    if _YEAR_HINT.search(text, lo, start) is None:  # 全年, 年度, 年初: a 年 of no year word (no match to walk)
        return None
    found, at, began = None, lo, lo
    for m in _YEAR.finditer(text, lo, start):
        found, at, began = (int(m[1]) if m[1] else -1), m.end(), m.start()
    if found is not None and _CLOSE.search(text, at, start) and \
            max(text.rfind("（", s0, at), text.rfind("(", s0, at)) > max(text.rfind("）", s0, at), text.rfind(")", s0, at)) \
            and not (text[began - 1:began] in "（(" and text[at:at + 1] in "）)" and began > s0):
        return None  # （2022年为532人次），受理诉求213件: the bracket holds the year to its own figures (上年（2023年）
        # only names the year of the word before it)
    return found


_NEW = re.compile(r"执行数|实际支出|决算|支出数|实际值|实际完成|完成值|actual|执行$|完成情况|完成$|^实际$")
_BUDGET = re.compile(r"调整预算|全年预算|预算数|adjusted|^budget$|full_year|调整后")
_INITIAL = re.compile(r"年初预算数?|initial|年初")
_TARGET = re.compile(r"目标|指标值|target|计划|预期|时限|上限|下限")
_PART = re.compile(r"其中|lines")
_VERSUS = ("较", "比", "超", "于", "出", "过")
_LABEL_ROLES = (("initial", _INITIAL), ("budget", _BUDGET), ("target", _TARGET), ("actual", _NEW))


@lru_cache(maxsize=1 << 14)
def roles(label: str) -> str:
    """The role of a number in a budget or indicator record, from its field label or clause:
    'actual', 'budget' (adjusted / full-year), 'initial', 'target', or ''."""
    best, role = -1, ""
    for name, rx in _LABEL_ROLES:  # the word nearest the end is the head of the label: 目标完成情况 is a result
        for t in rx.finditer(label):
            if name == "target" and t.end() < len(label) and label[t.end():] not in ("的", "值", "值的") \
                    and label[max(0, t.start() - 2): t.start()].endswith(_VERSUS):
                continue  # 较目标5000亩 is the target; 较目标少180亩 compares with it: the 180 is no target (比计划的11月 is;
                # 高出目标值33% quotes it: 目标值 is the noun)
            if t.end() > best:
                best, role = t.end(), name
    return role


def role_mark(role: str, money: bool) -> frozenset[str]:
    """A token for a budget role, so 年初预算 meets a field called initial and 执行 meets actual of an amount."""
    mark = {"initial": "§初", "budget": "§预"}.get(role) or ("§执" if role == "actual" and money else None)
    return frozenset({mark}) if mark else frozenset()
