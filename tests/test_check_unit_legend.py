"""A source's unit legend (issue 10): a source may state what its bare figures count once, in words, rather than beside
each — a bracket over a table (各站运行情况（监测点：个；水样：份；巡查：次）), a comment of a YAML file (# 供水量单位：万立方米)
or a text field of a JSON file (计量说明: 采样量、复检量单位为份). The figures of the fields and columns it names count
what it says: 巡查46次 is the table's 46, 巡查46人次 is not; 供水量1.26万立方米 is the record's 1.26, 1.26万吨 is not.

A county water supply station (县供水管理站, 2024): a ledger of its plants, its own YAML and a JSON of its sampling.
"""

from __future__ import annotations

import json
from pathlib import Path

from drafter.check import check

LEDGER = ("县供水管理站2024年工作台账\n"
          "各水厂运行情况（监测点：个；水样：份；巡查：次）\n\n"
          "水厂\t监测点\t水样\t巡查\n城北水厂\t12\t420\t18\n城南水厂\t9\t310\t16\n河东水厂\t7\t236\t12\n"
          "合计\t28\t966\t46\n")
YAML = ("# 县供水管理站 2024年绩效数据\n# 金额单位：元；供水量单位：万立方米\n"
        "单位: 县供水管理站\n年度: 2024\n"
        "成果:\n  城区供水量: {计划: 1.2, 完成: 1.26}\n  管网改造: {计划: 8公里, 完成: 8.6公里}\n")
SAMPLING = {"单位": "县供水管理站", "年度": 2024, "计量说明": "采样量、复检量单位为份；检测经费单位为元",
            "各水厂采样量": [{"水厂": "城北水厂", "本年": 1380, "上年": 1290},
                        {"水厂": "城南水厂", "本年": 1125, "上年": 1060}]}


def sources(tmp_path: Path) -> list[Path]:
    (tmp_path / "工作台账.txt").write_text(LEDGER, encoding="utf-8")
    (tmp_path / "绩效数据.yaml").write_text(YAML, encoding="utf-8")
    (tmp_path / "采样统计.json").write_text(json.dumps(SAMPLING, ensure_ascii=False), encoding="utf-8")
    return [tmp_path]


def status(text: str, tmp_path: Path) -> str:
    [m] = [m for m in check(text, sources(tmp_path)).mentions if m.status != "ignored"]
    return m.status


def test_a_table_legend_gives_each_column_named_its_measure_word(tmp_path):
    assert status("全年巡查46次。", tmp_path) == "exact"
    assert status("全年巡查46人次。", tmp_path) == "unsupported"  # the legend says 巡查 counts 次
    assert status("各水厂共采集水样966份。", tmp_path) == "exact"


def test_a_comment_legend_gives_the_fields_it_names_their_unit(tmp_path):
    assert status("城区供水量1.26万立方米。", tmp_path) == "exact"
    assert status("城区供水量1.26万吨。", tmp_path) == "unsupported"  # 供水量单位：万立方米


def test_a_text_field_legend_gives_the_records_under_a_field_ending_in_its_name_their_unit(tmp_path):
    assert status("城北水厂采样1380份。", tmp_path) == "exact"
    assert status("城北水厂采样1380人次。", tmp_path) == "unsupported"  # 采样量…单位为份
