"""Scripted "models" for the local server that answer drafter's own prompts from the request's content.

`DraftResponder` reads what a careful model would read — the fact sheet, the problem list, the work-log
excerpt in the prompt — and answers each step in the requested schema, using only numbers found there:
figures of the fact sheet by reference ({F12}, as the draft prompts ask), figures of the logs as typed.
So a full draft of examples/tianhe-2022 runs end to end against `OpenAIServer(responder=DraftResponder())`
and passes the checker. `plant` makes it write a wrong number into a section's first answer; with
`fixes=True` it drops the number when the repair message comes back, with `fixes=False` it never does.
"""

from __future__ import annotations

import re
from typing import Any

from ..datablocks import block_bodies
from .openai_server import ChatRequest

_FACT = re.compile(r"^(F\d+)｜([^｜\n]+)｜([^｜\n]+)(?:｜.*)?$", re.MULTILINE)
_PROBLEM = re.compile(r"^(P\d+)｜(?:([^｜\n]+)｜)?([^｜\n]+)(?:｜.*)?$", re.MULTILINE)
_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
REPAIR_MARK = "核验未通过"
_FIGURE = re.compile(r"^(-?\d+(?:\.\d+)?)(.*)$")
_SIGN_WORDS = ("调减", "减少", "下降", "降低", "压减", "调减幅度", "下降幅度", "减幅", "降幅")


def to_references(text: str, facts: list[tuple[str, str]]) -> str:
    """Write each typed figure that equals one of `facts` ((id, value as the fact sheet shows it)) as {id},
    the way the draft prompts ask a model to; a negative fact is matched after a word that carries the sign."""
    from decimal import Decimal

    for fid, shown in facts:
        m = _FIGURE.match(shown.strip())
        if not m:
            continue
        value, unit = Decimal(m[1]), m[2]
        pattern = re.compile(r"(?<![\d.F{])(\d+(?:\.\d+)?)" + re.escape(unit) + (r"(?![\d.])" if unit else r"(?![\d.%万亿])"))

        def swap(hit: re.Match[str]) -> str:
            n = Decimal(hit[1])
            signed = value < 0 and n == -value and text[:hit.start()].endswith(_SIGN_WORDS)
            return "{" + fid + "}" if n == value or signed else hit[0]

        text = pattern.sub(swap, text)
    return text


def _block(text: str, head: str, stop: str | None = None) -> str:
    start = text.find(head)
    if start < 0:
        return ""
    body = text[start + len(head):]
    if stop and stop in body:
        body = body[: body.index(stop)]
    return body.strip()


class DraftResponder:
    def __init__(self, plant: dict[str, str] | None = None, fixes: bool = True):
        self.plant = plant or {}  # schema name (GoalSection …) → sentence with an unsupported number
        self.fixes = fixes

    def __call__(self, request: ChatRequest) -> Any:
        name = request.schema_name
        user = request.user_text
        if name is None:
            if "工作日志（节选）：" in user:  # the log entries: inside their data blocks (v2 prompts and on)
                logs = "\n".join(block_bodies(user, "工作日志")) or _block(user, "工作日志（节选）：", "\n\n请输出")
                return self.condense(logs)
            return self.reduce(_block(user, "各时段要点：", "\n\n请输出"))
        repairing = REPAIR_MARK in request.last_user_text
        answer = {"GoalSection": self.goals, "ProblemSection": self.problems, "MeasureSection": self.measures}[name](user)
        planted = self.plant.get(name)
        if planted and answer["paragraphs"] and not (repairing and self.fixes):
            first = answer["paragraphs"][0]
            first["text"] = first["text"].rstrip("。") + "，" + planted.rstrip("。") + "。"
        return answer

    # -- steps

    @staticmethod
    def condense(logs: str) -> str:
        points = []
        for line in logs.splitlines():
            for sentence in _SENTENCE.findall(line):
                sentence = sentence.strip()
                if re.search(r"\d", sentence) and len(sentence) > 8 and sentence not in points:
                    points.append(sentence)
        return "\n".join(f"- {p}" for p in points[:8])

    @staticmethod
    def reduce(digests: str) -> str:
        points = list(dict.fromkeys(line for line in digests.splitlines() if line.startswith("- ")))
        return "\n".join(points[:8])

    @staticmethod
    def goals(user: str) -> dict[str, Any]:
        facts = _FACT.findall(_block(user, "事实表（编号｜含义｜数值｜计算方式）：", "\n\n主要任务"))
        digests = _block(user, "各任务工作要点（摘自工作日志）：", "\n\n请起草")
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for fid, label, value in facts:
            m = re.match(r"^(任务\d+)", label)
            groups.setdefault(m[1] if m else "预算", []).append((fid, label, value))
        paragraphs = []
        for key, items in groups.items():
            parts = []
            for fid, label, value in items:
                ref = "{" + fid + "}"
                parts.append(f"{label}为调减{ref}" if value.strip().startswith("-") else f"{label}为{ref}")
            text = "，".join(parts) + "。"
            block = _block(digests, f"【{key}】", "\n\n【")
            if block:
                point = block.splitlines()[0].lstrip("- ").strip()
                text += "工作中，" + point.rstrip("。；") + "。"
            paragraphs.append({"text": text, "cites": [fid for fid, _, _ in items]})
        return {"paragraphs": paragraphs}

    @staticmethod
    def problems(user: str) -> dict[str, Any]:
        listed = _PROBLEM.findall(_block(user, "问题清单（编号｜类型｜说明｜相关事实）：", "\n\n请起草"))
        sheet = dict((fid, value) for fid, _label, value in _FACT.findall(user))
        out = []
        for pid, _kind, text in listed:
            facts = re.search(rf"^{pid}｜.*｜事实 ([F\d、]+)$", user, re.MULTILINE)
            cites = facts[1].split("、") if facts else []
            text = to_references(text.strip(), [(c, sheet[c]) for c in cites if c in sheet])
            out.append({"problem": pid, "text": text, "cites": cites})
        return {"paragraphs": out}

    @staticmethod
    def measures(user: str) -> dict[str, Any]:
        listed = re.findall(r"^(P\d+)｜(.+)$", _block(user, "存在问题：", "\n\n请起草"), re.MULTILINE)
        out = []
        for pid, text in listed:
            head = _SENTENCE.findall(text)[0].strip().rstrip("。；") if _SENTENCE.findall(text) else "该问题"
            head = re.sub(r"^[（(][一二三四五六七八九十]+[）)]", "", head)
            out.append({"answers": pid, "cites": [],
                        "text": f"针对“{head}”的问题，明确责任科室和完成时限，细化工作计划，按月跟踪落实情况，"
                                "年底前对照目标逐项复盘。"})
        return {"paragraphs": out}


DRAFT_SCHEMAS = ("GoalSection", "ProblemSection", "MeasureSection")


class LocalModel:
    """The default responder of `python -m drafter.testing.openai_server`: answers drafting and summarizing
    prompts alike, so every LLM path of the CLI can be tried against the local server."""

    def __init__(self) -> None:
        self.draft = DraftResponder()

    def __call__(self, request: ChatRequest) -> Any:
        user = request.user_text
        if request.schema_name in DRAFT_SCHEMAS or (
                request.schema_name is None and ("工作日志（节选）：" in user or "各时段要点：" in user)):
            return self.draft(request)
        from .reports import summary_responder

        return summary_responder(request)
