"""A date whose words number its event (第二次演练于5月17日) is the date the sources give THAT occurrence (issue 10):
where a source numbers the occurrences (第一次5月17日、第二次9月21日 / a log's 第一次…督查 entry), the date of
another occurrence — the commonest planted error of a dated event — is unsupported, and the right one stays exact.

Units of our own: 云岭县散装水泥办公室 (its remarks line and its work log) and 临湘市消费者协会 (its 工作记录).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CEMENT = [
    SourceText(name="云岭县散装水泥办公室2024年工作台账.txt", text=(
        "云岭县散装水泥办公室2024年工作台账\n"
        "推广散装水泥12.86万吨，检查预拌混凝土搅拌站46家。\n"
        "备注：联合执法检查第一次4月9日至4月12日，第二次10月15日至10月18日。\n")),
    SourceText(name="云岭县散装水泥办公室2024年工作日志.txt", text=(
        "云岭县散装水泥办公室2024年工作日志\n"
        "2024-03-06  第一次散装水泥使用专项督查\n"
        "2024-08-22  第二次散装水泥使用专项督查\n")),
]

CONSUMER = [SourceText(name="临湘市消费者协会2024年工作记录.txt", text=(
    "临湘市消费者协会2024年工作记录\n"
    "全年受理消费投诉1638件。第一次消费维权联席会议3月12日召开，第二次消费维权联席会议9月26日召开。\n"))]


def status(text: str, sources: list[SourceText]) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_the_numbered_occurrence_takes_its_own_date():
    assert status("第二次联合执法检查于10月15日开始。", CEMENT)["10月15日"] == "exact"
    assert status("第一次联合执法检查于4月9日开始。", CEMENT)["4月9日"] == "exact"


def test_the_date_of_the_other_occurrence_is_unsupported():
    assert status("第二次联合执法检查于4月9日开始。", CEMENT)["4月9日"] == "unsupported"


def test_a_logs_numbered_entries_number_their_dates():
    assert status("第二次专项督查于8月22日开展。", CEMENT)["8月22日"] == "exact"
    assert status("第二次专项督查于3月6日开展。", CEMENT)["3月6日"] == "unsupported"


def test_a_sentence_numbering_its_meetings():
    assert status("第一次联席会议于3月12日召开。", CONSUMER)["3月12日"] == "exact"
    assert status("第二次联席会议于3月12日召开。", CONSUMER)["3月12日"] == "unsupported"


def test_an_unnumbered_date_keeps_either():
    got = status("联合执法检查分别于4月9日、10月15日开始。", CEMENT)
    assert got["4月9日"] == "exact" and got["10月15日"] == "exact"


# a work record whose lines open on the date, the occurrence numbered in the clause after it (5月8日，第一次野外调查…):
# the date leads its line's event (blind30 petroglyph and blind31 geomuseum: 第二次…5月8日出发 passed as exact)
SURVEY = [SourceText(name="岩画调查工作记录.txt", text=(
    "巴里坤县文物保护中心2024年调查工作记录\n"
    "5月8日，第一次野外调查从县城出发，队员9人，5月27日返回。\n"
    "2024年9月4日，第二次野外调查出发，队员11人，9月19日返回。\n"))]


def test_a_date_leading_its_lines_numbered_event_is_that_occurrences():
    assert status("第一次野外调查5月8日出发。", SURVEY)["5月8日"] == "exact"
    assert status("第二次野外调查9月4日出发。", SURVEY)["9月4日"] == "exact"
    assert status("第二次野外调查5月8日出发。", SURVEY)["5月8日"] == "unsupported"
    assert status("第一次野外调查9月4日出发。", SURVEY)["9月4日"] == "unsupported"
