"""A count of the numbered batches themselves (issue 10): after 第一轮…，第二轮…, 两轮开始相隔31天 counts the rounds — no
figure of the 第二轮 the clause before it names, so the batch gate leaves it to the count's own check. A count the
sources do not give (三轮) stays unsupported.

Units of our own: 南岭市城市客运管理处 (its work summary).
"""

from __future__ import annotations

from drafter.check import SourceText, check

SUMMARY = [
    SourceText(name="南岭市城市客运管理处2024年工作总结.txt", text=(
        "南岭市城市客运管理处2024年工作总结\n"
        "汛前公交站点安全检查分两轮：第一轮4月8日至4月16日，第二轮5月9日至5月20日，检查站点386个。\n")),
]


def statuses(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, SUMMARY).mentions if m.status != "ignored"]


def test_a_count_of_the_rounds_after_the_second_round():
    got = statuses("汛前站点安全检查分两轮，第一轮4月8日至4月16日，共9天，第二轮5月9日至5月20日，共12天，两轮开始相隔31天。")
    assert [s for f, s in got if f == "两轮"] == ["exact", "exact"]


def test_a_count_the_sources_do_not_give_is_unsupported():
    got = statuses("汛前站点安全检查分两轮，第一轮4月8日至4月16日，共9天，第二轮5月9日至5月20日，共12天，三轮开始相隔31天。")
    assert dict(got)["三轮"] == "unsupported"
