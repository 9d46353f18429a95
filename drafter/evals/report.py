"""Reports of a run: terminal table, summary lines, Markdown, HTML, JSON."""

from __future__ import annotations

from typing import Any

from .metrics import METRICS
from .results import Diff, EvalResult, Stat, _num


def _cell(stat: Stat | None) -> str:
    if stat is None:
        return "—"
    return _num(stat.mean) + (f" ±{_num(stat.spread)}" if stat.spread else "")


def _delta_text(d: Diff | None) -> str:
    if d is None or d.delta is None or d.status in ("same", "info") and not d.delta:
        return ""
    sign = "+" if d.delta > 0 else ""
    mark = {"regressed": " ✗", "worse": " ↓", "better": " ↑"}.get(d.status, "")
    return f"{sign}{_num(d.delta)}{mark}"


def report_rows(result: EvalResult) -> tuple[list[str], list[tuple[str, str, list[tuple[str, str]]]]]:
    """(variants, rows): one row per case × metric, one (value, Δ) cell per variant — the shape of every report."""
    variants = list(dict.fromkeys(a.variant for a in result.aggregates))
    by_key = {(a.case, a.variant): a for a in result.aggregates}
    diffs = {(d.case, d.variant, d.metric): d for d in result.diffs}
    rows = []
    for case in dict.fromkeys(a.case for a in result.aggregates):
        names = [n for n in METRICS if any(n in a.metrics for a in result.aggregates if a.case == case)]
        for metric in names:
            cells = []
            for v in variants:
                agg = by_key.get((case, v))
                cells.append((_cell(agg.metrics.get(metric) if agg else None), _delta_text(diffs.get((case, v, metric)))))
            rows.append((case, metric, cells))
        cost_cells = []
        for v in variants:
            agg = by_key.get((case, v))
            if agg is None:
                cost_cells.append(("—", ""))
                continue
            cost = f"{_num(agg.cost)} {agg.currency or ''}".strip() if agg.cost is not None else "未定价"
            cost_cells.append((f"{agg.prompt_tokens}+{agg.completion_tokens} tok · {agg.calls} 次调用 · "
                               f"{_num(agg.latency_seconds.mean)} s · {cost}", ""))
        rows.append((case, "cost", cost_cells))
    return variants, rows


def _metric_label(metric: str) -> str:
    return "用量 / usage" if metric == "cost" else f"{metric}（{METRICS[metric].label}）"


def summary_lines(result: EvalResult) -> list[str]:
    tokens = sum(r.prompt_tokens + r.completion_tokens for r in result.records)
    lines = [
        f"套件 {result.suite}：{len({r.case for r in result.records})} 个用例 × "
        f"{len({r.variant for r in result.records})} 个变体，共 {len(result.records)} 条结果，"
        f"用时 {_num(result.seconds)} s；LLM 调用 {result.calls} 次，缓存命中 {result.cache_hits} 次，{tokens} tokens",
    ]
    if result.recorded or result.pruned:
        lines.append(f"已录制 {result.recorded} 条响应，清理过期录制 {result.pruned} 条 / recorded, pruned")
    if result.baseline_file:
        lines.append(f"基线 / baseline: {result.baseline_file}")
    from ..quality import corpus_lines

    lines += corpus_lines(result.records)
    if result.findings:
        lines += [f"✗ {f.line()}" for f in result.findings]
    lines.append("结论：退步或未达阈值，退出码 1 / FAIL" if result.failed else "结论：通过 / PASS")
    return lines


def render_markdown(result: EvalResult) -> str:
    variants, rows = report_rows(result)
    out = [f"# drafter eval — {result.suite}", "", f"运行于 {result.started}", ""]
    out += [f"- {line}" for line in summary_lines(result)] + [""]
    out.append("| 用例 | 指标 | " + " | ".join(variants) + " |")
    out.append("| --- | --- | " + " | ".join("---" for _ in variants) + " |")
    last = None
    for case, metric, cells in rows:
        shown = case if case != last else ""
        last = case
        text = [f"{v} ({d})" if d else v for v, d in cells]
        out.append(f"| {shown} | {_metric_label(metric)} | " + " | ".join(t.replace("|", "\\|") for t in text) + " |")
    out.append("")
    failing = [r for r in result.records if r.details]
    if failing:
        out += ["## 细节 / details", ""]
        for r in failing:
            out.append(f"- **{r.case} / {r.variant} / #{r.repeat}**: " + "；".join(
                f"{k}: {_detail_text(v)}" for k, v in r.details.items()))
        out.append("")
    return "\n".join(out)


def _detail_text(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(str(x) for x in value[:8]) + ("…" if len(value) > 8 else "")
    return str(value)


def render_html(result: EvalResult) -> str:
    from html import escape

    variants, rows = report_rows(result)
    css = ("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
           ".regressed{background:#fdd}.better{color:#070}.worse{color:#a60}.fail{color:#b00}.pass{color:#070}")
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>drafter eval — {escape(result.suite)}</title><style>{css}</style></head><body>",
           f"<h1>drafter eval — {escape(result.suite)}</h1>", f"<p>运行于 {escape(result.started)}</p>", "<ul>"]
    for line in summary_lines(result):
        cls = "fail" if line.startswith("✗") or "FAIL" in line else ("pass" if "PASS" in line else "")
        out.append(f'<li class="{cls}">{escape(line)}</li>')
    out += ["</ul>", "<table><tr><th>用例</th><th>指标</th>" + "".join(f"<th>{escape(v)}</th>" for v in variants) + "</tr>"]
    diffs = {(d.case, d.variant, d.metric): d for d in result.diffs}
    for case, metric, cells in rows:
        tds = []
        for v, (value, delta) in zip(variants, cells):
            d = diffs.get((case, v, metric))
            cls = d.status if d is not None else ""
            tds.append(f'<td class="{cls}">{escape(value)}' + (f" <small>({escape(delta)})</small>" if delta else "") + "</td>")
        out.append(f"<tr><td>{escape(case)}</td><td>{escape(_metric_label(metric))}</td>{''.join(tds)}</tr>")
    out.append("</table>")
    for r in result.records:
        out.append(f"<details><summary>{escape(r.case)} / {escape(r.variant)} / #{r.repeat}</summary>")
        if r.details:
            out.append("<ul>" + "".join(f"<li>{escape(k)}: {escape(_detail_text(v))}</li>" for k, v in r.details.items()) + "</ul>")
        out.append(f"<pre style='white-space:pre-wrap'>{escape(r.output)}</pre></details>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def rich_table(result: EvalResult):
    """The terminal view: one row per case × metric, a column per variant, Δ against the baseline."""
    from rich.table import Table

    variants, rows = report_rows(result)
    diffs = {(d.case, d.variant, d.metric): d for d in result.diffs}
    table = Table(title=f"drafter eval — {result.suite}", show_lines=False)
    table.add_column("用例 / case", overflow="fold")
    table.add_column("指标 / metric")
    for v in variants:
        table.add_column(v, overflow="fold")
    last = None
    for case, metric, cells in rows:
        styled = []
        for v, (value, delta) in zip(variants, cells):
            d = diffs.get((case, v, metric))
            style = {"regressed": "bold red", "worse": "yellow", "better": "green"}.get(d.status if d else "", "")
            text = value + (f" ({delta})" if delta else "")
            styled.append(f"[{style}]{_escape_markup(text)}[/]" if style else _escape_markup(text))
        table.add_row(case if case != last else "", "用量" if metric == "cost" else metric, *styled,
                      end_section=metric == "cost")
        last = case
    return table


def _escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def render_junit(result: EvalResult) -> str:
    """JUnit XML for CI: a testcase per case × variant (failures: its findings), and one for edited prompts."""
    import xml.etree.ElementTree as ET

    findings: dict[tuple[str, str], list[Any]] = {}
    for f in result.findings:
        key = ("提示词 / prompts", f.variant) if f.kind == "prompt" else (f.case, f.variant)
        findings.setdefault(key, []).append(f)
    cases = [((a.case, a.variant), a.latency_seconds.mean * a.latency_seconds.n) for a in result.aggregates]
    cases += [(k, 0) for k in findings if k[0] == "提示词 / prompts"]
    failing = sum(1 for key, _ in cases if any(f.kind != "missing" for f in findings.get(key, [])))
    suite = ET.Element("testsuite", name=result.suite, tests=str(len(cases)), failures=str(failing), errors="0",
                       skipped="0", time=_num(result.seconds), timestamp=result.started)
    for (case, variant), seconds in cases:
        el = ET.SubElement(suite, "testcase", classname=result.suite, name=f"{case} / {variant}", time=_num(seconds))
        bad = [f for f in findings.get((case, variant), []) if f.kind != "missing"]
        if bad:
            failure = ET.SubElement(el, "failure", message="；".join(f.line() for f in bad), type=bad[0].kind)
            failure.text = "\n".join(f.line() for f in bad)
        records = [r for r in result.records if r.case == case and r.variant == variant and r.details]
        if records:
            out = ET.SubElement(el, "system-out")
            out.text = "\n".join(f"#{r.repeat} {k}: {_detail_text(v)}" for r in records for k, v in r.details.items())
    root = ET.Element("testsuites", name="drafter eval", tests=suite.get("tests"), failures=suite.get("failures"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def result_json(result: EvalResult) -> str:
    return result.model_dump_json(indent=2) + "\n"
