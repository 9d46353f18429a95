"""The measure words drafter/data/measure_words.txt adds to drafter.numbers.UNITS, drawn from jieba's dictionary.

    python benchmarks/measure_lexicon.py            # print the lexicon's measure words: kept, already known, left out
    python benchmarks/measure_lexicon.py --write    # regenerate drafter/data/measure_words.txt

A measure word of the lexicon is one jieba's dict.txt ("word freq tag") tags `q`, or one it lists after numerals
as a numeral word (一群, 两茬, 几颗 … tagged m / mq). Of those not already in UNITS, KEEP are the ones reports count
things in; the rest are left out with the reason (names and orders a number, 3号 / 5路 / 二代; a verb's or an
idiom's measure, 一下 / 一番; a length or weight of old, 丈 / 斛; a word of its own after a figure, 三成 / 五等).
Each kept word's guard is the characters that make it a word of the dictionary that is no measure word (群众,
群体, 集中, 集体): after a figure, such a word leaves the figure bare ("12集体宿舍" is 12, not 12集).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "drafter" / "data" / "measure_words.txt"
NUMERALS = "〇零一二两三四五六七八九十百千万亿几数"
# what reports count in: colonies, grains and seeds, flowers and branches, bundles, baskets, jars, pots, cups, bowls,
# dishes, tables of a meal, heaps, statues, door and window leaves, hectares of old, litters, crops of a year, laps,
# episodes
KEEP = "群颗粒朵束串枝捆筐篓罐壶杯碗盘桌堆尊扇顷胎茬圈集"
MIN_FREQ = 3  # a word of the dictionary this rare is no guard


def lexicon(dict_txt: Path) -> tuple[set[str], dict[str, set[str]]]:
    """(jieba's single-character measure words, each character's dictionary words of two that are no measure words:
    its guard)."""
    tags: dict[str, dict[str, int]] = defaultdict(dict)
    for line in dict_txt.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split()
        tags[word][tag] = int(freq)

    def numeral_word(w: str) -> bool:
        return any(t in ("m", "mq") for t in tags.get(w, {}))

    measures = {w for w, d in tags.items() if len(w) == 1 and "q" in d}
    measures |= {w[1] for w in tags if len(w) == 2 and w[0] in "一两三几" and w[1] not in NUMERALS
                 and numeral_word("一" + w[1]) and (numeral_word("两" + w[1]) or numeral_word("三" + w[1]))}
    guards: dict[str, set[str]] = defaultdict(set)
    for w, d in tags.items():
        if len(w) == 2 and not any(t in ("q", "m", "mq") for t in d) and sum(d.values()) >= MIN_FREQ:
            guards[w[0]].add(w[1])
    return measures, guards


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"regenerate {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    import jieba  # a dependency of drafter; its dictionary ships beside it

    from drafter.numbers import UNITS

    measures, guards = lexicon(Path(jieba.__file__).parent / "dict.txt")
    known = set(UNITS)
    missing = [w for w in KEEP if w not in measures]
    if missing:
        print(f"not measure words of the lexicon: {''.join(missing)}", file=sys.stderr)
        return 1
    new = sorted(w for w in measures if w not in known and w not in NUMERALS)
    print(f"jieba measure words (one character): {len(measures)}; in UNITS already: "
          f"{len(measures & known)}; added: {len(KEEP)} {KEEP}")
    print(f"left out ({len(new) - len(KEEP)}): {''.join(w for w in new if w not in KEEP)}")
    if args.write:
        lines = ["# Measure words drawn from jieba's dictionary (benchmarks/measure_lexicon.py writes this file):",
                 "# each word, a tab, the characters after it that make it a word of its own (群众, 集体): its guard."]
        lines += [f"{w}\t{''.join(sorted(guards[w] - set(NUMERALS)))}" for w in KEEP]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"→ {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
