"""Long synthetic reports and an extractive stand-in model, for summarize tests and benchmarks.

    synthetic_report(chars=20000, seed=1, kinds=("school", "town", "library")) -> SyntheticReport
    summary_responder(request) -> dict       # answers summarize_map / _reduce / _final like a careful model

A synthetic report reads like a county-level 绩效自评报告 assembled from varied sections — schools, towns,
libraries — each paragraph a topic sentence, plain narrative and result sentences with figures; a budget
block (年初预算 / 调整预算 / 实际支出 / 预算完成率, the rate computed from the amounts), 存在问题 and
下一步工作计划. Everything is drawn from `random.Random(seed)`: the same arguments give the same text.

The responder copies sentences from the request (never invents a number), so the LLM path can be
exercised end to end — map, reduce, final, check — against drafter.testing.openai_server.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..text import split_sentences, strip_enumerator

CN = "一二三四五六七八九十"

_SCHOOL = (
    "开设课后服务课程{a}门，参与学生{b}人次，课后服务覆盖率达{p}%。",
    "完成校舍维修改造{c}平方米，更新教学设备{d}台（套），投入资金{m}万元。",
    "组织教师培训{e}场，参训教师{f}人次，{g}名教师获市级以上奖项。",
    "开展学生体质健康监测{b}人次，优良率{p}%，近视筛查覆盖全部{a}个班级。",
    "资助家庭经济困难学生{f}人次，发放助学金{m}万元，做到应助尽助。",
)
_TOWN = (
    "完成农村人居环境整治村{a}个，清理垃圾{c}吨，改造农村户厕{d}户。",
    "硬化村道{k}公里，新建桥梁{g}座，惠及群众{b}人。",
    "组织防汛演练{e}场，汛期转移群众{f}人次，实现“零伤亡”。",
    "发放高龄津贴{m}万元，惠及老人{b}人，新建长者饭堂{g}个。",
    "排查安全隐患{c}处，整改{d}处，整改率{p}%。",
)
_LIBRARY = (
    "全年接待读者{w}万人次，外借图书{v}万册次，新增注册读者{b}人。",
    "举办阅读推广活动{e}场，参与读者{w}万人次，其中少儿活动{g}场。",
    "新购图书{c}册，编目加工{d}册，数字资源访问量{v}万次。",
    "建成社区分馆{g}个、自助借还点{a}个，通借通还服务网点覆盖率{p}%。",
    "开展送书下乡{e}次，配送图书{c}册，服务偏远村居{a}个。",
)
_NARRATIVE = (
    "坚持以人民为中心的发展思想，统筹推进各项工作。",
    "严格落实工作责任，细化任务分工，定期调度推进。",
    "强化部门协同，形成上下联动、齐抓共管的工作格局。",
    "注重过程管理，建立工作台账，确保各项任务按期完成。",
    "围绕年度目标，结合实际制定实施方案并抓好落实。",
)
_PROBLEMS = (
    "部分项目前期准备不足，年中预算调整后资金支付进度偏慢，年底集中支出。",
    "绩效指标设置不够精准，部分指标难以量化，与项目实际产出衔接不紧。",
    "基层专业人员不足，信息化管理水平有待提高，数据统计口径不一致。",
)
_MEASURES = (
    "提前做好项目前期论证和政府采购准备，细化分季度支出计划，按月监控预算执行进度。",
    "结合部门职责优化绩效目标和指标设置，预算调整时同步调整绩效指标。",
    "加强业务培训和队伍建设，统一数据统计口径，提升信息化管理水平。",
)
_KINDS = {"school": ("学校", _SCHOOL, ("第{i}中学", "实验小学{i}校区", "第{i}幼儿园")),
          "town": ("镇街", _TOWN, ("第{i}镇", "第{i}街道", "{i}号片区")),
          "library": ("图书馆", _LIBRARY, ("第{i}分馆", "{i}号社区阅读点", "流动图书馆{i}号车"))}


@dataclass
class SyntheticReport:
    text: str
    unit: str
    completion: str  # "95.23%" — the figure 总体情况 must state
    sections: int
    result_sentences: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)


def _fill(template: str, rng: random.Random) -> str:
    values = {
        "a": rng.randint(12, 95), "b": rng.randint(1200, 98000), "c": rng.randint(300, 9000),
        "d": rng.randint(40, 2900), "e": rng.randint(6, 240), "f": rng.randint(150, 9800),
        "g": rng.randint(3, 48), "k": f"{rng.randint(3, 60)}.{rng.randint(1, 9)}",
        "m": f"{rng.randint(12, 980)}.{rng.randint(10, 99)}", "p": f"{rng.randint(86, 99)}.{rng.randint(1, 9)}",
        "w": f"{rng.randint(2, 80)}.{rng.randint(1, 9)}", "v": f"{rng.randint(1, 60)}.{rng.randint(1, 9)}",
    }
    return template.format(**values)


def synthetic_report(chars: int = 20000, seed: int = 1, kinds: tuple[str, ...] = ("school", "town", "library")) -> SyntheticReport:
    rng = random.Random(seed)
    unit = rng.choice(("江湾区教育文化局", "石桥县社会事业局", "临江区公共服务中心"))
    initial = Decimal(rng.randint(300000, 900000)) / 100
    adjusted = (initial * Decimal(rng.randint(85, 110)) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    actual = (adjusted * Decimal(rng.randint(880, 995)) / 1000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    rate = (actual / adjusted * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    head = [
        f"{unit}2023年度部门整体支出绩效自评报告", "",
        "单位：万元", "",
        "一、部门基本情况及资金情况", "",
        f"{unit}年初预算{initial}万元，调整预算{adjusted}万元，实际支出{actual}万元，预算完成率{rate}%。"
        "资金主要用于学校运转、镇街公共服务和图书馆免费开放等方面。", "",
        "二、主要工作及成效", "",
    ]
    body: list[str] = []
    results: list[str] = []
    size = sum(len(x) for x in head)
    i = 0
    tail_size = 600
    while size + tail_size < chars:
        kind = kinds[i % len(kinds)]
        label, templates, names = _KINDS[kind]
        name = rng.choice(names).format(i=i + 1)
        title = f"（{CN[i % 10]}）{name}{label}工作。" if i < 10 else f"{i + 1}. {name}{label}工作。"
        sentences = [rng.choice(_NARRATIVE)]
        for template in rng.sample(templates, 3):
            s = _fill(template, rng)
            results.append(s)
            sentences.append(rng.choice(("一是", "二是", "三是", "")) + s)
        sentences.insert(2, rng.choice(_NARRATIVE))
        para = title + "".join(sentences)
        # wrap like an extracted PDF: hard line breaks inside sentences
        width = rng.randint(34, 42)
        body += [para[j:j + width] for j in range(0, len(para), width)] + [""]
        size += len(para)
        i += 1
    problems = rng.sample(_PROBLEMS, 2)
    measures = rng.sample(_MEASURES, 2)
    tail = ["三、存在问题", ""] + [f"{CN[k]}是{p}" for k, p in enumerate(problems)] + [""]
    tail += ["四、下一步工作计划", ""] + [f"{CN[k]}是{m}" for k, m in enumerate(measures)] + [""]
    tail += [f"总体来看，{unit}2023年度整体支出绩效目标基本完成，预算完成率{rate}%。", ""]
    return SyntheticReport(text="\n".join(head + body + tail), unit=unit, completion=f"{rate}%", sections=i,
                           result_sentences=results, problems=problems, measures=measures)


# --- an extractive stand-in model -----------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    """Sentences without list marks ("- [P1] ") or enumerators (一是, （二）, 3.), at least 8 characters."""
    out = []
    for sentence in split_sentences(text):
        s = strip_enumerator(re.sub(r"^[-\s]*(?:\[[^\]]+\]\s*)?", "", sentence)).strip()
        if len(s) >= 8:
            out.append(s)
    return out


def _digest_lines(text: str) -> dict[str, list[str]]:
    keys = {"总体情况": "overall", "主要成效": "results", "存在问题": "problems", "下一步": "next_steps"}
    out: dict[str, list[str]] = {k: [] for k in keys.values()}
    for line in text.splitlines():
        m = re.match(r"^-\s*\[(总体情况|主要成效|存在问题|下一步)\]\s*(.+)$", line.strip())
        if m and m.group(2) not in out[keys[m.group(1)]]:
            out[keys[m.group(1)]].append(m.group(2))
    return out


def _classify(sentences: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"overall": [], "results": [], "problems": [], "next_steps": []}
    for s in sentences:
        if re.search(r"完成率|执行率|支出率", s):
            out["overall"].append(s)
        elif re.search(r"不足|偏慢|不够|有待|问题", s):
            out["problems"].append(s)
        elif re.search(r"^(?:提前|结合|加强|下一步|优化|完善)", s):
            out["next_steps"].append(s)
        elif re.search(r"\d", s):
            out["results"].append(s)
    return out


def summary_responder(request: Any) -> dict[str, Any]:
    """Answer the summarize prompts by copying sentences from the request, as a faithful model would."""
    user = request.user_text
    name = request.schema_name
    if name == "SummaryDraft":
        d = _digest_lines(user)
        return {"overall": (d["overall"] or ["整体支出绩效目标基本完成。"])[0],
                "results": d["results"][:4],
                "problems": (d["problems"] or ["报告未列明具体问题。"])[0],
                "next_steps": (d["next_steps"] or ["按计划推进。"])[0]}
    if "各片段要点" in user:  # reduce
        d = _digest_lines(user)
        return {"overall": d["overall"][:2], "results": d["results"][:8], "problems": d["problems"][:3],
                "next_steps": d["next_steps"][:3]}
    from ..datablocks import block_bodies

    chunk = "\n".join(block_bodies(user, "报告原文")) or user.split("报告片段：", 1)[-1]
    d = _classify(_sentences(chunk))
    return {"overall": d["overall"][:2], "results": d["results"][:8], "problems": d["problems"][:3],
            "next_steps": d["next_steps"][:3]}
