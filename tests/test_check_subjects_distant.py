"""A derived figure from a distant record needs words that name that record (issue 10, point 2; CHECKER.md principle
2): 救生设备配发数比上年增长21.05% is not supported by the 安全培训 row's two years that happen to give 21.05 % — its words
name the 救生设备 row, whose growth is another. With no words of its own (比上年增长…) or with its operands stated in
its own sentence, the change is still derived."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# A fishing-port management station's form: indicators with this year's and last year's results.
PORT_FORM = SourceData(name="渔港管理站项目自评表.yaml", data={
    "项目名称": "2024年渔港安全监管项目", "被评价年度": 2024,
    "绩效指标": [
        {"三级指标": "渔船进出港签证", "年度指标值": "≥16000艘次", "实际完成值": "18620艘次", "上年实际": "17305艘次"},
        {"三级指标": "渔民安全培训", "年度指标值": "≥40场", "实际完成值": "46场", "上年实际": "38场"},
        {"三级指标": "救生设备配发", "年度指标值": "≥20套", "实际完成值": "23套", "上年实际": "18套"},
    ],
})


def test_the_change_of_the_row_the_words_name_is_derived():
    got = verdicts("救生设备配发数比上年增长27.78%。", PORT_FORM)
    assert got == {"27.78%": "derived"}, got


def test_another_rows_change_that_happens_to_fit_is_unsupported():
    got = verdicts("救生设备配发数比上年增长21.05%。", PORT_FORM)
    assert got == {"21.05%": "unsupported"}, got


def test_a_change_stated_with_its_operands_in_its_own_sentence_is_derived():
    got = verdicts("全年配发救生衣等设备23套，比上年的18套增长27.78%。", PORT_FORM)
    assert got["27.78%"] == "derived", got


# A community health centre's form: its indicators with last year's results.
HEALTH_FORM = SourceData(name="社区卫生服务中心项目自评表.yaml", data={
    "项目名称": "2024年基本公共卫生服务项目", "被评价年度": 2024,
    "绩效指标": [
        {"三级指标": "老年人健康体检", "年度指标值": "≥3000人", "实际完成值": "3412人", "上年实际": "3105人"},
        {"三级指标": "家庭医生签约", "年度指标值": "≥6000人", "实际完成值": "6520人", "上年实际": "6010人"},
    ],
})


def test_a_health_centres_change_of_another_indicator_is_unsupported():
    # (3412 − 3105) ÷ 3105 = 9.89 % is the health checks' growth, not the signed-up residents' (8.49 %)
    report = check("家庭医生签约人数比上年增长9.89%，老年人健康体检比上年增长9.89%。", [HEALTH_FORM])
    got = [m.status for m in report.mentions if m.status != "ignored"]
    assert got == ["unsupported", "derived"], got
