"""Produce the shipped LLM recordings under evals/recordings/ — without any real model.

No model endpoint is reachable where drafter is developed, so the replay variants of the shipped suites
replay answers that were *written by hand*: this script starts drafter's local OpenAI-compatible server
(drafter/testing/openai_server.py), whose responder below answers each request the way a model would —
section paragraphs in report prose using the real figures of each example's fact sheet, one paragraph per
listed problem, one measure per problem — and runs every suite with `--record` against it. The recordings
therefore test the LLM *path* (prompts, structured output, check, repair, replay keys), not a model's
quality. To measure a real model, re-record against it:

    drafter eval evals/tianhe.yaml --record --base-url https://your-endpoint/v1      # model: as in the suite

Usage (from the repository root):

    python evals/record_local.py              # re-record every suite with replay variants
    python evals/record_local.py evals/tianhe.yaml

Work-log digests (the condense step) are extractive here: the responder keeps the log sentences that
carry figures — read from the prompt's 工作日志 data blocks (drafter/datablocks.py) — verbatim, as a
model told to "copy numbers as written" would. Section answers write the figures of the fact sheet by
reference ({F12}, as the v2 and v3 draft prompts ask; drafter renders them): a
hand-written figure becomes a reference when it equals a fact the paragraph cites (目标完成情况), a fact
the problem line lists (存在问题), or any fact of the sheet, derived ones first (改进措施).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.datablocks import block_bodies  # noqa: E402
from drafter.evals import RunOptions, load_suite, run_suite, summary_lines  # noqa: E402
from drafter.testing.openai_server import ChatRequest, OpenAIServer  # noqa: E402
from drafter.testing.responders import to_references  # noqa: E402

# ---------------------------------------------------------------- hand-written answers, per example
#
# goals: the 目标完成情况 paragraphs (text, cited fact ids — the ids of the fact sheet the prompt shows).
# items: (keywords, problem paragraph, measure paragraph). A listed problem takes the first item whose
# keywords all occur in its line; the same keywords find the measure for the written problem.

TIANHE = {
    "goals": [
        ("2022年，我局年初预算4124.28万元，年中按全区统一部署集中调整后，调整预算为3475.09万元，调减649.19万元，"
         "调减幅度15.74%。全年实际支出3229.91万元，全部为一般公共预算支出，预算完成率92.94%，年末结余245.18万元。",
         ["F1", "F2", "F10", "F9", "F3", "F4", "F7", "F8"]),
        ("（一）加强三防能力建设（任务涉及金额59.12万元）。完成物资仓库装修和防汛物资采购，完成率均为100%；"
         "汛期启动响应保证率、汛期事故抢险成功率均为100%，全年人员伤亡数为0。",
         ["F11", "F12", "F13", "F14", "F15", "F17"]),
        ("（二）提升应急救援和防灾减灾能力（任务涉及金额39.66万元）。全年开展处置火灾、地震、地质灾害、洪涝灾害、"
         "建筑工程事故等突发事件的应急演练785场；完成省减灾办下达的230个社区防灾减灾能力建设任务，完成比例100%。",
         ["F18", "F19", "F21", "F22"]),
        ("（三）从严开展安全生产执法（任务涉及金额5.72万元）。全区执法检查各类生产经营单位1.29万家次，"
         "消除安全检查中发现的安全隐患2485条，实施安全生产经济处罚552万元。",
         ["F23", "F25", "F24", "F26"]),
        ("（四）巩固危险化学品治理成果（任务涉及金额6.94万元）。对危险化学品领域生产经营单位检查范围覆盖率为100%，"
         "举办危险化学品事故应急救援演练1次。",
         ["F27", "F29", "F31"]),
        ("（五）开展安全宣传教育（任务涉及金额9.09万元）。开展安全宣传讲座5.9万次，安全生产宣传受众41.3万人次。",
         ["F32", "F33", "F34"]),
        ("（六）加强森林防火（任务涉及金额40.27万元）。全年较大以上森林火灾发生件数为0件。重点项目方面，"
         "三防办工作经费项目全年预算数59.12万元，执行59.12万元，执行率100%；天河区森林防火经费项目全年预算数"
         "56.7万元，执行40.27万元，执行率71.02%。",
         ["F35", "F37", "F38", "F39", "F40", "F41", "F42", "F43"]),
    ],
    "items": [
        (["完成率", "92.94%"],
         "预算资金未全部执行。全年实际支出3229.91万元，预算完成率92.94%，仍有245.18万元预算资金未形成支出，"
         "部分年内计划实施的采购和服务事项未能在年度内完成支付。",
         "针对预算完成率92.94%、245.18万元未形成支出的问题，年初将预算分解到月，按月通报各科室执行进度，"
         "对慢于序时进度的事项逐项分析原因、限期整改，确实无法执行的资金在年中及时申请调剂。"),
        (["调减", "15.74%"],
         "预算调整幅度较大。年中部门预算由年初4124.28万元调减为3475.09万元，调减649.19万元，调减幅度15.74%，"
         "年初预算编制与全年实际需求存在偏差，部分已安排工作随预算调减压缩。",
         "针对预算调减15.74%的问题，提高预算编制准确性：编制年度预算时逐项核实项目基础数据和实施计划，"
         "预算调整后同步修订绩效目标和指标，保证目标与资金相匹配。"),
        (["森林防火", "71.02%"],
         "重点项目执行偏慢。天河区森林防火经费项目全年预算数56.7万元，仅执行40.27万元，执行率71.02%，"
         "16.43万元未能执行，低于90%的要求。",
         "针对森林防火经费执行率71.02%的问题，提前做好森林防火物资采购和营房建设的前期准备，细化分季度支出计划，"
         "由项目责任科室按月报送执行进度，对执行滞后的事项约谈督办。"),
        (["未量化"],
         "部分绩效指标完成值未量化。危险化学品查处、森林防灭火演练和宣传、野外违规用火管理等指标的完成情况"
         "只有文字表述，未填写可与目标值比对的数值，难以客观衡量完成程度。",
         "针对部分指标完成值未量化的问题，修订部门绩效指标体系，为查处、演练、宣传等关键指标设置可量化的年度指标值，"
         "自评时以实际完成数填报，并与目标值使用同一计量单位。"),
        (["10月底"],
         "森林防火经费项目年内执行进度滞后。截至10月底，该项目支出26.18万元，占全年预算数56.70万元的46.17%，"
         "支出集中在年末，资金使用效益受到影响。",
         "针对森林防火经费年内执行进度滞后的问题，按季度设定执行进度目标，10月底前未达序时进度的，"
         "由分管领导牵头督办，避免支出集中于年末。"),
        (["集中调整"],
         "年中预算集中调整影响工作安排。部门预算由年初4124.28万元调整为3475.09万元，"
         "部分年初计划的工作需重新排序和压缩。",
         "针对年中预算集中调整影响工作安排的问题，预算调整后及时重排全年工作计划，"
         "明确调整后仍须完成的重点任务和完成时限，优先保障安全生产和应急救援支出。"),
        (["不确定因素"],
         "绩效指标难以全面反映工作成效。项目实施过程中不确定因素较多，年初设置的绩效指标难以全面涵盖全年工作。",
         "针对绩效指标难以全面涵盖工作的问题，编制下年度绩效目标时结合应急管理工作特点补充过程性和效果类指标，"
         "年中工作调整时同步修订指标。"),
        (["启动三防应急响应"],
         "启动三防应急响应的次数前后记载不一致。三防汛期总结记为62次，年度工作总结记为61次，"
         "同一事项口径不同，报送前需核实统一。",
         "针对启动三防应急响应次数记载不一致的问题，由三防办对照每次响应的启动文件逐次核对，统一以文件为准的统计口径，"
         "年度总结报送前由分管领导复核数字。"),
        (["野外违规用火"],
         "野外违规用火的查处起数前后记载不一致。森林防火工作记录记为37起，年度工作总结记为40起，"
         "报送前需核实统一口径。",
         "针对野外违规用火查处起数记载不一致的问题，建立查处台账，按案件编号逐起登记，"
         "季度和年度统计一律以台账为准，由森林防火责任科室负责核对。"),
        (["森林防火", "完成预算"],
         "森林防火经费项目全年完成预算的71.02%，执行进度滞后，部分计划采购和建设内容未能在年内完成。",
         "针对森林防火经费项目未能全额完成预算的问题，对未完成的采购和建设内容列出清单，"
         "明确责任人和完成时限，纳入下一年度工作计划跟踪落实。"),
    ],
}

JIANGWAN = {
    "goals": [
        ("2023年全民阅读推广项目年初预算120万元，年中增加上年结转资金6.5万元，全年预算数126.5万元；"
         "全年执行121.86万元，执行率96.33%，结余4.64万元。其中当年财政拨款执行115.36万元，上年结转资金执行6.5万元。",
         ["F1", "F8", "F2", "F3", "F14", "F15", "F6", "F9"]),
        ("（一）阅读推广活动（任务涉及金额80.24万元）。全年举办“书香江湾”系列阅读推广活动236场，"
         "完成目标的118%；活动参与8.62万人次；活动计划按期完成率97%；单场活动平均成本0.34万元，低于0.4万元的控制目标。",
         ["F18", "F20", "F21", "F23", "F26", "F29", "F28"]),
        ("（二）馆藏资源建设（任务涉及金额32.86万元）。新增馆藏图书8450册，图书加工上架差错率0.3%，"
         "控制在0.5%以内；全年图书外借23.4万册次，未达到25万册次的年度目标，完成目标的93.6%。",
         ["F31", "F33", "F36", "F35", "F39", "F38", "F40"]),
        ("（三）读者服务与数字阅读（任务涉及金额8.76万元）。新增读者证5630个，读者满意度95.8%，均达到年度目标。",
         ["F41", "F43", "F46"]),
    ],
    "items": [
        (["96.33%", "未形成支出"],
         "预算资金未全部执行。全年执行121.86万元，执行率96.33%，4.64万元预算资金未形成支出，主要是部分活动由合作单位"
         "提供场地，场租支出低于预算。",
         "针对执行率96.33%、4.64万元未执行的问题，按季度编制用款计划，活动结算和图书采购款在年内及时支付，"
         "年末对结余资金逐项说明原因。"),
        (["外借", "93.6%"],
         "全年图书外借册次未达到年度目标。年度目标25万册次，实际完成23.4万册次，完成目标的93.6%。",
         "针对图书外借册次未达目标的问题，分析外借量下降的原因，通过增加流动借阅点、延长开放时间提升外借量，"
         "按季度跟踪外借数据。"),
        (["未量化"],
         "部分绩效指标完成值未量化。“全民阅读氛围”指标的实际完成值只写“效果明显”，没有可与目标比对的数值，"
         "难以客观衡量完成程度。",
         "针对“全民阅读氛围”等指标完成值未量化的问题，改用可计量的指标，如公众阅读活动知晓率、"
         "活动参与人次增长率，自评时以实际数值填报。"),
        (["目标值", "偏低"],
         "个别指标目标值设置偏低。“阅读推广活动参与人次”目标为3万人次，实际完成8.62万人次，"
         "目标值未能体现工作的挑战性。",
         "针对“阅读推广活动参与人次”目标值偏低的问题，参考以往年度实际参与人次和年度活动计划重新测算目标值，"
         "使指标反映真实的工作量。"),
        (["闭馆改造"],
         "分馆闭馆改造影响外借服务。第二分馆闭馆改造3个月，外借服务暂停，是全年外借量未达目标的主要原因。",
         "针对分馆闭馆改造影响外借服务的问题，改造期间设置临时借还点，并提前向读者公告替代服务方式。"),
        (["三成"],
         "分馆外借量占全馆比重较大，分馆服务中断对全馆外借影响明显，总馆延长周末开放时间仅能部分弥补。",
         "针对分馆服务中断影响全馆外借的问题，建立分馆与总馆的通借通还和预约配送服务，降低单个服务点中断的影响。"),
        (["暂无"],
         "自评未如实分析存在的问题。单位原填报的存在问题与预算执行和指标完成数据反映的情况不符。",
         "针对自评未如实分析问题的问题，今后自评由财务和业务科室共同对照预算执行和指标完成数据逐项分析，"
         "如实填写存在问题及原因。"),
        (["复本量"],
         "读者问卷反映少儿图书复本量不足、分馆开放时间偏短，服务供给与读者需求仍有差距。",
         "针对少儿图书复本量不足和分馆开放时间偏短的问题，下年度图书采购向少儿读物倾斜，"
         "并结合读者到馆规律调整分馆开放时间。"),
    ],
}

SHIQIAO = {
    "goals": [
        ("2023年，我镇年初预算2863.4万元，受土地出让收入未达预期影响，年中调减406.65万元，调整预算为2456.75万元，"
         "调减幅度14.2%。全年实际支出1598.62万元，预算完成率仅为65.07%，858.13万元预算资金未形成支出。"
         "其中一般公共预算支出1386.2万元，政府性基金预算支出212.42万元。",
         ["F1", "F15", "F2", "F14", "F3", "F12", "F13", "F6", "F9"]),
        ("（一）农村人居环境整治（任务涉及金额286.75万元）。完成8个自然村生活污水治理，未达到12个的年度目标，"
         "完成目标的66.67%；农村生活垃圾无害化处理率96.3%，高于95%的目标。",
         ["F16", "F18", "F17", "F19", "F21", "F20"]),
        ("（二）村道硬化（任务涉及金额212.42万元）。完成村道硬化11.6公里，仅完成18公里目标的64.44%；"
         "已完工路段工程质量验收合格率100%。",
         ["F23", "F25", "F24", "F26", "F28"]),
        ("（三）民生保障（任务涉及金额318.6万元）。低保及特困供养金按时足额发放率100%，全年实施临时救助126人次。",
         ["F30", "F32", "F34"]),
        ("（四）安全生产和防汛（任务涉及金额42.18万元）。全年较大以上安全生产事故为0起，开展防汛应急演练5次，"
         "超过4次的年度目标。",
         ["F35", "F37", "F39", "F38"]),
        ("重点项目方面，农村生活污水治理项目全年预算数380万元，执行196.4万元，执行率51.68%；"
         "村道硬化工程全年预算数412万元，执行212.42万元，执行率51.56%，两个项目执行率均明显偏低。",
         ["F41", "F42", "F43", "F45", "F46", "F47"]),
    ],
    "items": [
        (["完成率", "65.07%"],
         "预算执行率低。全年实际支出1598.62万元，预算完成率仅为65.07%，858.13万元预算资金未形成支出，"
         "污水治理和村道硬化两项重点工作的资金大量结余。",
         "针对预算完成率65.07%的问题，建立项目支出月调度制度，按月通报执行进度，"
         "对执行进度低于序时进度的项目逐一分析原因并限期整改，年中对确实无法实施的资金及时申请调剂。"),
        (["调减", "14.2"],
         "预算调整幅度较大。年中部门预算调减406.65万元，调减幅度14.2%，年初预算对土地出让收入的预期偏高。",
         "针对预算调减14.2%的问题，编制预算时审慎测算政府性基金收入，以收定支，"
         "对依赖基金收入的项目分期安排资金，避免年中大幅调减。"),
        (["污水治理", "51.68%"],
         "农村生活污水治理项目执行率偏低。全年预算数380万元，执行196.4万元，执行率仅为51.68%，183.6万元未能执行。",
         "针对农村生活污水治理项目执行率51.68%的问题，提前完成终端设施选址和村民意见征求，"
         "选址确定后再安排施工资金，按季度报送项目执行进度。"),
        (["村道硬化", "51.56%"],
         "村道硬化工程执行率偏低。全年预算数412万元，执行212.42万元，执行率仅为51.56%，199.58万元未能执行。",
         "针对村道硬化工程执行率51.56%的问题，先行完成征地协调再启动招标，"
         "对资金来源不确定的路段调整实施计划，确保已安排资金当年形成支出。"),
        (["污水治理", "66.67%"],
         "生活污水治理指标未达到年度目标。年度目标12个自然村，实际完成8个，完成目标的66.67%。",
         "针对生活污水治理未完成12个自然村目标的问题，将未完工的4个自然村纳入下年度续建计划，"
         "明确完工时限并按月跟踪。"),
        (["村道硬化", "64.44%"],
         "村道硬化里程指标未达到年度目标。年度目标18公里，实际完成11.6公里，完成目标的64.44%。",
         "针对村道硬化里程未达目标的问题，对未开工路段逐段落实征地和资金，分批纳入下年度建设计划。"),
        (["460.00"],
         "重点项目预算随年中调整大幅压减，农村生活污水治理项目由460.00万元调减为380.00万元，"
         "村道硬化工程由512.00万元调减为412.00万元，项目实施规模随之缩小。",
         "针对重点项目预算年中大幅压减的问题，项目入库时做好分期实施方案，资金压减后及时调整建设内容和绩效目标。"),
        (["土地出让"],
         "土地出让收入未达预期导致预算调减。镇部门预算由年初2863.40万元调减至2456.75万元，"
         "政府性基金预算调整为412.00万元，依赖基金收入的项目资金缺口较大。",
         "针对土地出让收入未达预期导致资金缺口的问题，对依赖政府性基金的项目建立资金到位前置审核，"
         "资金未落实的项目不提前启动施工。"),
        (["选址"],
         "污水治理终端设施选址协调困难。部分自然村终端设施选址村民意见不一，开工时间一再推迟，项目进度滞后于计划。",
         "针对终端设施选址协调困难的问题，提前开展选址论证和村民议事，选址意见统一后再列入当年实施计划。"),
    ],
}

EXAMPLES = {"广州市天河区应急管理局": TIANHE, "全民阅读推广项目": JIANGWAN, "云溪县石桥镇人民政府": SHIQIAO}

_PROBLEM_LINE = re.compile(r"^(P\d+)｜(.+)$", re.MULTILINE)
_FACT_LINE = re.compile(r"^(F\d+)｜[^｜\n]+｜([^｜\n]+)(｜.*)?$", re.MULTILINE)


def fact_sheet(request: ChatRequest) -> list[tuple[str, str, bool]]:
    """(id, value as shown, derived?) for every fact of the prompt's fact sheet."""
    return [(m[1], m[2], bool(m[3])) for m in _FACT_LINE.finditer(request.user_text)]


def references(text: str, request: ChatRequest, cited: list[str] | None) -> str:
    """The hand-written text with its fact-sheet figures written as references."""
    sheet = fact_sheet(request)
    if cited is not None:
        shown = {fid: value for fid, value, _ in sheet}
        return to_references(text, [(c, shown[c]) for c in cited if c in shown])
    ordered = sorted(sheet, key=lambda f: not f[2])  # a derived figure (完成率, 结余) before a stated one
    return to_references(text, [(fid, value) for fid, value, _ in ordered])
_SENTENCE = re.compile(r"[^。；\n]+[。；]?")


def example_of(request: ChatRequest) -> dict:
    text = request.system_text + request.user_text
    for unit, data in EXAMPLES.items():
        if unit in text:
            return data
    raise LookupError("no hand-written answers for this unit")


def problem_lines(request: ChatRequest) -> list[tuple[str, str]]:
    block = request.user_text.split("问题清单", 1)[-1] if "问题清单" in request.user_text else \
        request.user_text.split("存在问题：", 1)[-1]
    return [(m[1], m[2]) for m in _PROBLEM_LINE.finditer(block)]


def item_for(data: dict, line: str) -> tuple | None:
    """The hand-written item(s) for a listed problem; a problem merging several subjects (two projects'
    execution rates in one item) takes every item whose keywords it holds, as one paragraph. For a problem
    as written (改进措施's list) whose keywords did not survive the rendering of its figures: the item whose
    problem paragraph the line is, by likeness."""
    from drafter.text import similarity

    items = [item for item in data["items"] if all(k in line for k in item[0])]
    if len(items) > 1:
        return ([k for item in items for k in item[0]], "".join(item[1] for item in items),
                "".join(item[2] for item in items))
    if items:
        return items[0]
    text = line.split("｜", 1)[-1]
    best = max(data["items"], key=lambda item: similarity(item[1], text))
    return best if similarity(best[1], text) >= 0.5 else None


def digest(request: ChatRequest) -> str:
    """Log sentences that carry figures, verbatim, as '- ' points (the condense and reduce steps)."""
    logs = block_bodies(request.user_text, "工作日志") or block_bodies(request.user_text, "日志要点")
    body = "\n".join(logs) or request.user_text
    points: list[str] = []
    for line in body.splitlines():
        line = re.sub(r"^[-\s]*(\d{4}-\d{2}-\d{2})?\s*", "", line).strip()
        for sentence in _SENTENCE.findall(line):
            s = sentence.strip()
            if re.search(r"\d", s) and 8 <= len(s) <= 60 and s not in points:
                points.append(s)
    return "\n".join(f"- {p}" for p in points[:8]) or "- 日志中没有可量化的工作记录。"


def respond(request: ChatRequest) -> dict | str:
    schema = request.schema_name
    if schema is None:
        return digest(request)
    data = example_of(request)
    if schema == "GoalSection":
        return {"paragraphs": [{"text": references(t, request, c), "cites": c} for t, c in data["goals"]]}
    if schema == "ProblemSection":
        out = []
        for pid, line in problem_lines(request):
            item = item_for(data, line)
            listed = re.search(r"｜事实 ([F\d、]+)$", line)
            cited = listed[1].split("、") if listed else []
            text = item[1] if item else line.split("｜")[1]
            out.append({"problem": pid, "text": references(text, request, cited), "cites": cited})
        return {"paragraphs": out}
    if schema == "MeasureSection":
        out = []
        for pid, line in problem_lines(request):
            item = item_for(data, line)
            if item:
                out.append({"answers": pid, "text": references(item[2], request, None), "cites": []})
        return {"paragraphs": out}
    raise LookupError(f"no hand-written answer for schema {schema}")


def main(paths: list[str]) -> int:
    suites = [Path(p) for p in paths] or sorted((ROOT / "evals").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as home, OpenAIServer(responder=respond) as server:
        os.environ["DRAFTER_HOME"] = home  # a fresh cache: every answer comes from the responder
        for path in suites:
            suite = load_suite(path, allow_outside=True)  # the repository's suites read ../examples
            if not any(v.engine == "replay" for v in suite.all_variants()):
                continue
            before = server.count
            result = run_suite(suite, RunOptions(record=True, base_url=server.url))
            print(f"{path.name}: {server.count - before} requests answered by hand-written replies")
            for line in summary_lines(result):
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
