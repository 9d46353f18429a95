"""Invented figures in report sentences, checked against each example folder: how many pass as supported?

    python benchmarks/check_fabricated.py [--n 300] [--seed 20240601] [--quiet]

A generator writes plausible sentences of a self-evaluation report — a work, its subject and measure word,
and a figure in one of the forms of notes/numbers.md (Arabic with decimals and thousands separators,
full-width digits, 万/亿 scales, Chinese numerals, 百分之, 个百分点, ‰, 成 and other fraction words,
approximations before and after, ranges, dates, years) — with values drawn at random from plausible
ranges, so each figure is invented. Each sentence is checked alone against every example folder
(examples/*: input.yaml and work logs); a figure not marked `unsupported` is a false "supported".
Prints the share per folder and lists each such figure with the evidence the checker gave.
The issue's target: at most 1 % per folder.
"""

from __future__ import annotations

import argparse
import random
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.check import SourceIndex, check, explain  # noqa: E402

# (work, measure word, low, high): what a report counts, with plausible magnitudes
COUNTS = [
    ("设置卡口检查站", "个", 3, 60), ("成立检查组", "个", 2, 20), ("开展应急演练", "场", 5, 900),
    ("出动执法人员", "人次", 50, 9999), ("巡查风险点", "处", 20, 5000), ("发放宣传资料", "份", 500, 90000),
    ("组织专题培训", "期", 2, 40), ("培训基层骨干", "人次", 60, 8000), ("走访企业", "家次", 30, 20000),
    ("排查安全隐患", "条", 50, 6000), ("立案查处违法案件", "宗", 3, 300), ("召开工作推进会", "次", 2, 30),
    ("举办读书分享会", "场", 3, 200), ("新增馆藏图书", "册", 800, 90000), ("接待读者", "人次", 1000, 900000),
    ("硬化村道", "公里", 1, 90), ("整治黑臭水体", "条", 1, 30), ("清理河道垃圾", "吨", 10, 5000),
    ("改造老旧小区", "个", 2, 40), ("安装路灯", "盏", 20, 900), ("慰问困难群众", "户", 20, 3000),
    ("新建停车位", "个", 20, 2000), ("发放救灾物资", "批", 2, 30), ("配备应急物资", "件", 50, 9000),
    ("组建志愿服务队", "支", 2, 60), ("签订责任书", "份", 5, 300), ("覆盖有林街道", "条", 2, 21),
    ("举办森林防火宣传活动", "场", 2, 80), ("投入车辆", "台次", 20, 3000), ("整改消防通道", "处", 5, 400),
]
AMOUNTS = ["下达专项资金", "支付工程款", "拨付补助资金", "采购应急物资", "支出培训经费", "结转资金", "追回资金",
           "安排森林防火经费", "购置设备", "支付物业管理费"]
RATES = ["隐患整改率", "群众满意度", "资金执行率", "培训合格率", "任务完成率", "验收合格率", "覆盖率",
         "按时办结率", "读者满意度", "设备完好率"]
CN = "〇一二三四五六七八九"
FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def cn_int(n: int) -> str:
    """A Chinese numeral for 1 … 99999 in the way reports write it (十二, 一百零五, 两千三百)."""
    if n < 10:
        return CN[n]
    out, zero = "", False
    for value, unit in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out += "零"
            out += ("两" if d == 2 and unit in "千万" else CN[d]) + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def grouped(d: Decimal) -> str:
    whole, _, frac = format(d, "f").partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")


def sentence(rng: random.Random) -> tuple[str, str]:
    """(sentence, the invented figure as written)."""
    form = rng.choice(("count", "count", "count", "small", "amount", "amount", "rate", "points", "cn",
                       "approx", "scale", "fraction", "range", "date", "fullwidth", "permille"))
    work, mw, lo, hi = rng.choice(COUNTS)
    if form == "count":
        fig = f"{rng.randint(lo, hi)}{mw}"
    elif form == "small":
        fig = f"{rng.randint(2, 31)}{mw}"
    elif form == "cn":
        fig = f"{cn_int(rng.randint(max(lo, 2), min(hi, 9999)))}{mw}"
    elif form == "approx":
        n = rng.randint(max(lo, 10), hi)
        shown = int(str(n)[:2].ljust(len(str(n)), "0"))
        word = rng.choice(("约", "近", "超过", "逾", "将近", "不足"))
        fig = rng.choice((f"{word}{shown}{mw}", f"{shown}余{mw}" if mw not in ("公里", "吨") else f"{shown}多{mw}",
                          f"{shown}{mw}以上"))
    elif form == "scale":
        v = Decimal(rng.randint(101, 9999)) / 100
        work, mw = rng.choice((("接待群众", "万人次"), ("发放资料", "万份"), ("服务居民", "万人"),
                               ("累计巡查", "万公里"), ("检查生产经营单位", "万家次")))
        fig = f"{v}{mw}"
    elif form == "amount":
        work = rng.choice(AMOUNTS)
        v = Decimal(rng.randint(100, 999999)) / 100
        unit = rng.choice(("万元", "万元", "元", "亿元"))
        if unit == "元":
            v = Decimal(rng.randint(10000, 9999999))
            fig = f"{grouped(v)}元" if rng.random() < 0.5 else f"{v}元"
        elif unit == "亿元":
            fig = f"{Decimal(rng.randint(11, 999)) / 100}亿元"
        else:
            fig = f"{v}万元"
    elif form == "rate":
        work, mw = rng.choice(RATES), "%"
        fig = f"{Decimal(rng.randint(6000, 9999)) / 100}%" if rng.random() < 0.7 else f"百分之{cn_int(rng.randint(60, 99))}"
    elif form == "points":
        work = rng.choice(RATES) + "较上年" + rng.choice(("提高", "下降"))
        fig = f"{Decimal(rng.randint(1, 99)) / 10}个百分点"
    elif form == "fraction":
        work = rng.choice(RATES)
        k = rng.randint(2, 9)
        fig = rng.choice((f"{CN[k]}成", f"近{CN[k]}成", f"超过{CN[k]}成", f"不足{CN[k]}成", "过半", "一半"))
    elif form == "range":
        a = rng.randint(2, 8)
        work, fig = "每组配备人员", f"{a}-{a + rng.randint(1, 4)}人"
    elif form == "date":
        work = rng.choice(("召开专题会议", "启动专项行动", "完成项目验收", "开展联合检查"))
        fig = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        return f"{fig}，{work}。", fig
    elif form == "fullwidth":
        work = rng.choice(RATES)
        fig = f"{Decimal(rng.randint(6000, 9999)) / 100}%".translate(FW)
    else:  # permille
        work = rng.choice(("事故发生率", "投诉率", "差错率"))
        fig = f"{Decimal(rng.randint(1, 50)) / 10}‰"
    lead = rng.choice(("全年", "全区", "2023年", "今年", "", "累计", "共"))
    if form in ("rate", "points", "fraction", "fullwidth", "permille"):
        plain = fig[:1].isdigit() or fig[:1] in "０１２３４５６７８９百" or fig in ("一半",)
        return f"{lead}{work}{rng.choice(('', '达', '为')) if plain else ''}{fig}。", fig
    return f"{lead}{work}{fig}。", fig


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--quiet", action="store_true", help="only the shares")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sentences = [sentence(rng) for _ in range(args.n)]
    worst = 0.0
    for folder in sorted(p for p in (ROOT / "examples").iterdir() if (p / "input.yaml").is_file()):
        index = SourceIndex.build([folder])
        passed: list[str] = []
        for text, fig in sentences:
            report = check(text, index)
            hit = [m for m in report.mentions if m.text.endswith(fig) or fig in m.text]
            if not hit or hit[0].status in ("unsupported", "ignored"):
                continue
            m = hit[0]
            passed.append(f"  {text}  → {m.status}: {explain(m).splitlines()[0] if explain(m) else ''}")
        share = len(passed) / len(sentences)
        worst = max(worst, share)
        print(f"{folder.name}: {len(passed)} of {len(sentences)} invented figures marked supported ({share:.1%})")
        if not args.quiet:
            for line in passed:
                print(line)
    print(f"worst folder: {worst:.1%} (target ≤ 1 %)")


if __name__ == "__main__":
    main()
