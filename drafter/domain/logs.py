"""Work logs as results: which task an entry belongs to, and the sentences that carry the year's results.

A result is what was done by year end. Plans ("确保2024年3月前完成"), mid-year running totals ("截至5月中旬
已组建17支"), work in progress ("正在组建") and the self-evaluation's own process ("成立自评工作小组") are
not results; difficulties go to 存在问题; budget figures are written from the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..schema import ReportInput, Task, WorkLog
from ..text import end_sentence, similarity, split_sentences, strip_enumerator
from .problems import Conflict, other_year_spans, states_problem

MAX_TASK_SENTENCES = 4
MAX_TASK_CHARS = 260
# A form with one task (a project form) has one paragraph for the whole year: twice a department task's room.
MAX_PROJECT_SENTENCES = 8
MAX_PROJECT_CHARS = 520
SUPERSEDED_SIMILARITY = 0.45
OVERVIEW_MIN_SCORE = 2  # a task named by two of its words (bigrams of its name, or one keyword) in a clause
_CLAUSE = re.compile(r"[，,；;、]")

RESULT_WORDS = ("完成", "开展", "组织", "发现", "查处", "实现", "累计", "共", "全年", "截至", "出动", "签订",
                "建立", "印发", "举办", "达", "制止", "处置", "整改", "培训", "覆盖", "启动")
CUMULATIVE_WORDS = ("累计", "全年", "截至", "共计", "全区共", "今年以来")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d{2}年?")
_YEAR_NUM = re.compile(r"((?:19|20)\d{2})年")
# A running total: 截至5月底, 5月中旬, 一季度, 上半年 … anywhere in the sentence; December is the year's end.
_SNAPSHOT = re.compile(r"(?:截至|截止|到)(?:\d{4}年)?(?P<m>\d{1,2})月(?:底|末|份|中旬|上旬|下旬|初)?"
                       r"|^(?:\d{4}年)?(?P<m2>\d{1,2})月(?:底|末|份|中旬|上旬|下旬|初)?[，,]"
                       r"|[一二三四1-4]季度|第[一二三四]季度|上半年|前三季度|截至目前|目前已|正在")
_RESULT_LEAD = re.compile(r"^[^，。]{0,16}(?:完成情况与效益|取得的效果|完成情况)(?:主要是|如下)?[：:]")
_BUDGET_REPEAT = re.compile(r"预算数?\d|完成预算的|执行数为?\d|执行率\d|预算完成率|预算调整率|实际支出\d|结余\d")
_PLANNED = re.compile(r"不少于|不低于|力争|拟于|计划于|下一步|下一阶段|下年度|明年|将于|确保\d{4}年|计划\d{4}年"
                      # a quantity planned (计划制作短视频40条) — not work done to plan (按 / 超计划完成), a share of
                      # the plan (完成年度计划的96%), a plan's amount (下达投资计划1200万元) or 计划生育
                      r"|(?<![按照原超])(?<!年度)计划(?!生育|的|内|外|任务|目标)[\u4e00-\u9fff]{1,8}?\d")
# a plan issued or set (印发年度…计划, 制定…方案, 下达…目标) and then, in a later clause, a figure with a bound (120场以上,
# 不少于…): the plan's targets, listed — what was to be done, never what was done
_PLAN_ISSUED = re.compile(r"(?:印发|制定|下达|出台|编制|部署|明确|确定|提出|审定|审议)[^，,。；;]{0,16}?(?:计划|方案|目标|要点)")
_BOUND_FIGURE = re.compile(r"\d[\d.,]*\s*[^\d，,。；;]{0,6}?(?:以上|以内|以下)|不少于|不低于|不超过|力争")


# a target decided in its own clause (研究年度工作，确定引进种公鹿120头以上): what was to be done
_DECIDED_TARGET = re.compile(r"(?:确定|明确|审定|提出|要求)[^，,。；;]{0,16}?(?:\d[\d.,]*\s*[^\d，,。；;]{0,6}?(?:以上|以内|以下)"
                             r"|不少于|不低于|不超过|力争)")


def _lists_plan_targets(text: str) -> bool:
    m = _PLAN_ISSUED.search(text)
    return (m is not None and _BOUND_FIGURE.search(text, m.end()) is not None) or bool(_DECIDED_TARGET.search(text))


# a task assigned with its size (部署全年防治任务30万亩, 下达2万亩推广任务): the figure is what was to be done
_ASSIGNED = re.compile(r"(?:部署|下达|分解|布置)[^，,。；;]{0,16}?(?:\d[^，,。；;]{0,12}?任务|任务[^，,。；;]{0,6}?\d)")


def _assigns_task(sentence: str) -> bool:
    """A task handed down with its size — unless the clause says it was done (完成省下达的30万亩任务)."""
    for m in _ASSIGNED.finditer(sentence):
        clause = re.split(r"[，,。；;]", sentence[:m.start()])[-1]
        if "完成" not in clause:
            return True
    return False


_PROCESS = re.compile(r"自评工作|绩效自评|评价工作小组|自评小组|成立.{0,10}(?:领导小组|工作小组)|对照.{0,10}绩效目标.{0,6}逐项")


def _task_terms(task: Task) -> set[str]:
    """The task's keywords plus the character bigrams of its name: enough to route a log entry, and no
    segmenter start-up cost on every draft."""
    name = re.sub(r"[^\u4e00-\u9fff]", "", task.name)
    return {name[i:i + 2] for i in range(len(name) - 1)} | set(task.keywords)


_HOTLINE = re.compile(r"(?<!\d)\d{5,}(?!\d)")  # 12351, 96068: a service line's number names its task


def _content_terms(report: ReportInput) -> list[set[str]]:
    """What each task covers in words no other task uses: the bigrams (and service-line numbers) of its 预期目标 /
    主要内容 found in no other task's name or goal. The unit's own indicator task (named for the unit) gets none:
    its goal is the whole year's, and its indicators restate the tasks' work (注册志愿者人数 beside 青年志愿服务)."""
    def words(task: Task) -> set[str]:
        if report.is_unit_task(task):
            return set()
        text = f"{task.name}{task.goal}"
        han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
        return ({w[i:i + 2] for w in han.split() for i in range(len(w) - 1)} | set(_HOTLINE.findall(text)))

    every = [words(t) for t in report.tasks]
    return [terms - set().union(*(o for j, o in enumerate(every) if j != i)) if len(every) > 1 else set()
            for i, terms in enumerate(every)]


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# a box of the form that explains a shortfall or plans its remedy (偏差原因, 存在问题, 改进措施), written out by the
# import: what went short and why, never what was done
_CAUSE_BOX = re.compile(r"偏差|原因|问题|整改|措施|改进")


def result_logs(report: ReportInput) -> list[WorkLog]:
    """The entries that may hold results: not the form's own 改进措施 / 存在问题 boxes, which an imported form
    also writes as logs — the unit's plans and difficulties, never what was done."""
    boxes = [_squashed(t) for t in (*report.stated_measures, *report.stated_problems) if len(_squashed(t)) >= 8]
    return [log for log in report.logs
            if not any(_squashed(log.text) in box or box in _squashed(log.text) for box in boxes)
            and not (log.form and _CAUSE_BOX.search(Path(log.source).stem))]


def _task_scores(text: str, terms_by_task: list[tuple[set[str], set[str]]]) -> list[int]:
    return [sum(3 if w in kw else 1 for w in terms if w in text) for terms, kw in terms_by_task]


def _clause_task(scores: list[int]) -> int | None:
    """The task a clause is about: named by two of its words at least, twice as strongly as any other."""
    top = sorted(scores, reverse=True)
    if not top or top[0] < OVERVIEW_MIN_SCORE or (len(top) > 1 and top[0] < 2 * top[1]):
        return None
    return scores.index(top[0])


def is_overview(sentence: str, terms_by_task: list[tuple[set[str], set[str]]]) -> bool:
    """A sentence whose clauses report the work of three different tasks, or of two none of which it names much
    more than the other, is the year's overview — a form's 目标完成情况 for the whole unit (建成侨胞之家4个，走访慰问
    归侨侨眷286户，举办夏令营1期) —, the narrative of none of them. One naming its task throughout and another in a
    word (危险化学品领域检查…依法立案查处) stays its task's."""
    top = sorted(_task_scores(sentence, terms_by_task), reverse=True)
    if len(top) < 2 or top[1] == 0:
        return False
    clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
    tasks = {_clause_task(_task_scores(c, terms_by_task)) for c in clauses} - {None}
    return len(tasks) >= 3 or (len(tasks) == 2 and 2 * top[1] >= top[0])


def logs_for_task(report: ReportInput, index: int) -> list[WorkLog]:
    """Tagged entries first; untagged ones go to the task whose keywords they mention most, without the
    sentences that are an overview of several tasks (narrative attached to a task is the task's own): those are the
    unit's own task's, where its form has one (its indicator table beside the listed tasks)."""
    task = report.tasks[index]
    unit_task = next((i for i, t in enumerate(report.tasks) if report.is_unit_task(t)), None)
    terms_by_task = [(_task_terms(t) | covers, set(t.keywords))
                     for t, covers in zip(report.tasks, _content_terms(report), strict=True)]
    chosen = []
    for log in result_logs(report):
        if log.task:
            if report.task_by_ref(log.task) is task:
                chosen.append(log)
            continue
        scores = _task_scores(log.text, terms_by_task)
        if len(scores) == 1:  # a form with one task: the year's log is that task's
            scores = [1]
        best = max(scores, default=0)
        if best == 0:
            continue
        own = _own_sentences(log.text, scores.index(best), index, terms_by_task, unit_task)
        if own:
            chosen.append(log if own == split_sentences(log.text) else log.model_copy(update={"text": "\n".join(own)}))
    return chosen


def _own_sentences(text: str, log_task: int, index: int, terms_by_task: list[tuple[set[str], set[str]]],
                   unit_task: int | None = None) -> list[str]:
    """The sentences of an entry that are task `index`'s. A sentence listing several tasks' results in parts
    parted by ； ("全年推广蚕种3260张；桑园病虫害统防统治5120亩") gives each part to the task it names most (the entry's
    task when it names none, or is among those it names alike); any other sentence is the task it clearly names, else
    the entry's task's, unless it is an overview (the unit's own task's, if any)."""
    own, listed = [], False
    for sentence in split_sentences(text):  # it parts a sentence at ；, keeping the mark
        part = listed or sentence.rstrip().endswith(("；", ";"))
        listed = sentence.rstrip().endswith(("；", ";"))
        if part:
            scores = _task_scores(sentence, terms_by_task)
            named = [t for t, score in enumerate(scores) if score == max(scores) > 0]
            task = log_task if not named or log_task in named else named[0]
            if task == index:
                own.append(sentence)
        elif not is_overview(sentence, terms_by_task):
            # a sentence naming one task clearly is that task's (全年新增读者证5630个 in an entry on 图书外借)
            named = _clause_task(_task_scores(sentence, terms_by_task))
            if (log_task if named is None else named) == index:
                own.append(sentence)
        elif unit_task == index:  # the year's overview is the unit's own
            own.append(sentence)
    return own


def is_result(sentence: str, year: int | None = None) -> bool:
    """False for a plan, a later year's work, a mid-year snapshot, work in progress or the evaluation's process."""
    if _PLANNED.search(sentence) or _PROCESS.search(sentence) or _lists_plan_targets(sentence) \
            or _assigns_task(sentence):
        return False
    if year is not None and any(int(y) > year for y in _YEAR_NUM.findall(sentence)):
        return False
    if _states_only_another_year(sentence, year):
        return False
    snap = _SNAPSHOT.search(sentence)
    if snap:
        month = snap["m"] or snap["m2"]
        return month == "12"
    return True


def result_part(sentence: str, year: int | None = None) -> str | None:
    """The result a line gives before it turns to what moves on ("9个站点通过验收，其余3个转入下年度建设" → the 9
    sites): its clauses up to the first that is a plan or a later year's, if they are a result. None when it opens
    with the plan."""
    if is_result(sentence, year):
        return sentence
    parts = re.split(r"(?<=[，,；;])", sentence.rstrip("。；;"))
    head: list[str] = []
    for k, part in enumerate(parts):
        if not is_result(part.rstrip("，,；;"), year) or (_PLAN_ISSUED.search(part)
                                                         and _lists_plan_targets("".join(parts[k:]))):
            break  # (印发…计划，then its targets: the plan's clause goes with them)
        head.append(part)
    text = "".join(head).rstrip("，,；;")
    if not head or len(head) == len(parts) or len(text) < 10 or not _DIGIT.search(text) or not is_result(text, year):
        return None
    return end_sentence(text)


# A clause that states a shortfall, its cause or a late finish — 存在问题's, never a result: a thing called off
# (…活动取消; 取消证明事项15项 is a reform done), put off (延期结项), held back by something (受台风影响, 因手续不全…),
# or done only late (12月中旬才完成), or a thing that broke (除湿机故障; 故障排除12次 is work done).
_SHORTFALL = re.compile(r"取消了?(?=[，,。；;]|$)|(?<!办理)延期|(?:受|因)[^，,。；;]{1,12}影响|因[^，,。；;]{1,20}?(?:未|不|无法|延|推|停)"
                        r"|[年月日旬底后]才[\u4e00-\u9fff]|(?:故障|超标|损坏|中断)(?=[，,。；;]|$)")
# A budget event (追加…经费，调整年度预算; 核减补助): the budget paragraph tells it from the data.
# (核减不符合条件对象9人 is work done: only money is a budget event)
_BUDGET_EVENT = re.compile(r"(?:追加|核减|调减|调增)[^，,。；;]{0,16}?(?:资金|经费|预算|补助|拨款|\d万?元)"
                           r"|调整(?:年度|部门|项目)?预算|预算调整")


def done_part(sentence: str) -> str | None:
    """The work a line reports, without what it says went short: its clauses up to the first that states a shortfall,
    a cause or a late finish ("全年新增入区企业36家，其中2家因手续不全延期落户" → the 36); None when it opens with one,
    or when the line is a budget event."""
    if _BUDGET_EVENT.search(sentence):
        return None
    if not (_SHORTFALL.search(sentence) or states_problem(sentence)):
        return sentence
    parts = re.split(r"(?<=[，,；;])", sentence.rstrip("。；;"))
    head: list[str] = []
    for part in parts:
        if _SHORTFALL.search(part) or states_problem(part):
            break
        head.append(part)
    text = "".join(head).rstrip("，,；;")
    if not head or len(text) < 10 or not _DIGIT.search(text):
        return None
    return end_sentence(text)


def _states_only_another_year(sentence: str, year: int | None) -> bool:
    """Every figure the sentence states is last year's ("完成上年数据统计上报，上年全年推广蚕种2980张"): background,
    not a result of this year."""
    other = other_year_spans(sentence, year)
    if not other:
        return False
    rest = "".join(c for i, c in enumerate(sentence) if not any(a <= i < b for a, b in other))
    return not _DIGIT.search(_YEAR.sub("", rest))


def _skeleton(sentence: str) -> str:
    """The words around the figures: '实施临时救助53人次' and '全年实施临时救助126人次' share '实施临时救助人次'."""
    return re.sub(r"[\d.,，。；、%]+", "", sentence)


def _sentence_score(sentence: str, position: float) -> float:
    digits = len(_DIGIT.findall(_YEAR.sub("", sentence)))  # "2022年工作部署会" carries no result
    score = min(digits, 12) * 1.0
    score += sum(2 for w in RESULT_WORDS if w in sentence)
    score += sum(3 for w in CUMULATIVE_WORDS if w in sentence)
    score += position * 2  # later entries carry the cumulative, year-end figures
    if len(sentence) > 120:
        score -= (len(sentence) - 120) / 20
    if digits == 0:
        score -= 6
    return score


def conflict_filter(conflicts: list[Conflict], stated: set[str]) -> Callable[[str], bool]:
    """A sentence is kept unless it writes a figure of a conflicting pair other than the one kept, or the kept
    one again (`stated` holds the keys already written): one item, one figure, once."""

    def keep(sentence: str) -> bool:
        for c in conflicts:
            if c.key not in sentence:
                continue
            written = [v for v in c.values if v in sentence]
            if not written:
                continue
            if any(v != c.keep for v in written) or c.key in stated:
                return False
            stated.add(c.key)
        return True

    return keep


# 全年抽检上架差错率0.3% restates 抽检上架差错率0.3%: the words a year-end line puts before a result
_REPEAT_LEAD = re.compile(r"^(?:全年|累计|共计?|截至年底)")
_DEPENDENT = re.compile(r"^(?:比|较|同比|环比|占|在|其中|低于|高于|超过|完成|达到|提高|下降|增长|减少|为)")


KEY_DAY_BONUS = 8  # outweighs a line's want of figures: the day a time target was met is the output's own


def condense_logs(logs: list[WorkLog], limit_sentences: int = MAX_TASK_SENTENCES,
                  limit_chars: int = MAX_TASK_CHARS, *, year: int | None = None,
                  keep: Callable[[str], bool] | None = None,
                  key_days: frozenset[tuple[int, int]] = frozenset()) -> tuple[list[str], list[str]]:
    """Pick the sentences that carry results and figures; drop near-repeats; keep chronological order.
    `key_days`: (month, day) on which a time indicator was met — an entry of that day tells that output, figures or
    none (新编剧目完成合成排练并首演)."""
    ordered = sorted(enumerate(logs), key=lambda p: (p[1].date is None, p[1].date or 0, p[0]))
    candidates: list[tuple[float, int, int, str, str]] = []
    n = max(len(ordered), 1)
    for rank, (_, log) in enumerate(ordered):
        for k, sentence in enumerate(split_sentences(log.text)):
            clean = _RESULT_LEAD.sub("", strip_enumerator(sentence).strip())
            if len(clean) < 10 or states_problem(clean) or _BUDGET_REPEAT.search(clean):
                continue  # difficulties go to 存在问题 (the clauses before one are often its subject: 4个村…意见不一，
                # 未能开工); budget figures are written from the data
            clean = done_part(result_part(clean, year) or "") or ""
            if not clean:
                continue
            key = KEY_DAY_BONUS if log.date is not None and (log.date.month, log.date.day) in key_days else 0
            candidates.append((_sentence_score(clean, rank / n) + key, rank, k, clean, f"{log.source}:{log.line}"))
    # A month's running total ("截至5月底共出动1018人次") is superseded by a later one of the same shape.
    latest_first = sorted(candidates, key=lambda c: (-c[1], -c[2]))
    current: list[tuple[float, int, int, str, str]] = []
    for c in latest_first:
        if all(other_items(c[3], k[3]) or (similarity(c[3], k[3]) <= SUPERSEDED_SIMILARITY
                                           and _skeleton(c[3]) not in _skeleton(k[3])) for k in current):
            current.append(c)
    picked: list[tuple[int, int, str, str]] = []
    used = 0
    for score, rank, k, sentence, where in sorted(current, key=lambda c: (-c[0], c[1], c[2])):
        if len(picked) >= limit_sentences or score <= 0:
            break
        if used + len(sentence) > limit_chars and picked:
            continue
        if any(similarity(sentence, p[2]) > 0.4 and not other_items(sentence, p[2]) for p in picked):
            continue
        if keep is not None and not keep(sentence):
            continue
        picked.append((rank, k, sentence, where))
        used += len(sentence)
    picked.sort()
    kept: list[tuple[str, str]] = []
    said: set[str] = set()
    for _, _, sentence, where in picked:  # in reading order: a clause stated before is not stated again
        parts = sentence.rstrip("。；;").split("，")
        fresh = [c for c in parts if _REPEAT_LEAD.sub("", c) not in said]
        if fresh and fresh[0] != parts[0] and _DEPENDENT.match(fresh[0]):
            fresh = parts  # "比上年下降0.2个百分点" needs the clause it hangs on: the sentence stays whole
        said |= {_REPEAT_LEAD.sub("", c) for c in fresh if re.search(r"\d", c)}
        if any(re.search(r"\d", c) or len(c) >= 6 for c in fresh) and not all(_DATES_ONLY.fullmatch(c) for c in fresh):
            kept.append((end_sentence("，".join(fresh)), where))  # (2025年8月29日至9月1日 alone tells nothing)
    return [k[0] for k in kept], [k[1] for k in kept]


# a clause of dates only (2025年8月29日至9月1日 / 3月5日): what was done is in another clause, or nowhere
_DATES_ONLY = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:\s*(?:至|到|—|-|~)\s*(?:\d{4}年)?(?:\d{1,2}月)?"
                         r"(?:\d{1,2}日)?)?\s*")


def dated(sentences: list[str], wheres: list[str], logs: list[WorkLog], year: int | None = None) -> list[str]:
    """The condensed sentences as a report tells them: an entry's first sentence carries the entry's date (3月5日，
    第一批…开工) — the date is the fact that shows a deadline met, and a span's start is half of it — unless it opens
    with a date of its own."""
    by_place = {f"{log.source}:{log.line}": log for log in logs}
    out, seen = [], set()
    for sentence, where in zip(sentences, wheres, strict=True):
        log = by_place.get(where)
        when = log.when(year) if log is not None else ""
        if when and where not in seen and not _DATED.match(sentence) and not _YEAR_TOTAL.match(sentence):
            sentence = f"{when}，{sentence}"
        seen.add(where)
        out.append(sentence)
    return out


# the year's total (全年实施临时救助126人次): the day it was logged is no date of the work
_YEAR_TOTAL = re.compile(r"^(?:全年|累计|今年以来|年内|截至年底|截至12月底|本年度?)")
# a sentence that opens with its own date (4月8日至4月20日，… ; 2024年3月…)
_DATED = re.compile(r"^\s*(?:\d{4}\s*[年\-/.]\s*)?\d{1,2}\s*[月\-/.]")
# 第一批 / 第二期 / 第3轮: the ordinal names one item of a series — two of them are two items, never a running
# total superseded by the later one
_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十\d]+)\s*(?:批次?|期|轮|次|阶段|季度|届|组)")


def other_items(a: str, b: str) -> bool:
    """Two sentences about different items of a series (第一批…11家 and 第二批…12家): both are told."""
    first, second = set(_ORDINAL.findall(a)), set(_ORDINAL.findall(b))
    return bool(first) and bool(second) and first != second
