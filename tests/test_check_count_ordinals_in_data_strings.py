"""The count of numbered items a data file's texts name (issue 10): a 大事记 whose 事项 strings read 第一期消防安全培训
开班… / 第二期消防安全培训开班…, or one 说明 string naming 第一批…；第二批… — the first N ordinals of one measure word,
all there, state N of them, as the same lines would in a text file. A count they do not give (三期) stays
unsupported, and a count of another event named by none of those strings (应急演练两期) finds nothing in them.

Kind: a county fire-rescue brigade's 部门整体 data file (JSON) and a township's seedling project (YAML).
"""

from __future__ import annotations

from drafter.check import SourceData, check

BRIGADE = SourceData(name="部门整体支出绩效自评.json", data={
    "单位": "安仁县消防救援大队", "年度": 2025,
    "绩效指标": [{"指标": "消防监督检查", "目标值": "≥1200家次", "完成值": "1346家次"}],
    "大事记": [
        {"日期": "2025-03-10", "事项": "第一期社会单位消防安全培训开班，3月12日结业，培训86人"},
        {"日期": "2025-06-05", "事项": "全县夏季消防检查启动"},
        {"日期": "2025-09-16", "事项": "第二期社会单位消防安全培训开班，9月18日结业，培训92人"},
    ],
})

SEEDLINGS = SourceData(name="input.yaml", data={
    "项目名称": "2024年油茶苗木补助项目",
    "苗木发放": {"发放株数": 186000,
                 "说明": "苗木分两次调运：第一批3月4日到货9.6万株，第二批3月27日到货9.0万株，均经检疫合格。"},
})


def status_of(text: str, figure: str, sources: list) -> str:
    return next(m.status for m in check(text, sources).mentions if m.text == figure)


def test_the_entries_of_a_data_files_event_list_state_the_count_of_their_numbered_items():
    assert status_of("全年举办社会单位消防安全培训两期，培训178人。", "两期", [BRIGADE]) != "unsupported"


def test_a_count_the_entries_do_not_give_or_of_another_event_stays_unsupported():
    assert status_of("全年举办社会单位消防安全培训三期，培训178人。", "三期", [BRIGADE]) == "unsupported"
    assert status_of("全年组织灭火救援应急演练两期。", "两期", [BRIGADE]) == "unsupported"


def test_the_batches_one_string_numbers_state_their_count():
    assert status_of("油茶苗木分两批调运到位，共18.6万株。", "两批", [SEEDLINGS]) != "unsupported"
    assert status_of("油茶苗木分三批调运到位，共18.6万株。", "三批", [SEEDLINGS]) == "unsupported"
