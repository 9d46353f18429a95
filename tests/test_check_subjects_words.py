"""The tokeniser's list of words that hold a function character is jieba's dictionary, not a hand-made list:
data/function_words.txt is exactly what drafter.subjects.held_words draws from the installed jieba's dict.txt."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from drafter.numbers import load_word_list
from drafter.subjects import HELD_WORDS, held_words


def test_the_held_words_are_drawn_from_jiebas_dictionary():
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.submodule_search_locations
    dictionary = (Path(spec.submodule_search_locations[0]) / "dict.txt").read_text(encoding="utf-8")
    assert sorted(load_word_list(HELD_WORDS)) == held_words(dictionary)


def test_held_words_keep_nouns_and_leave_out_function_verbs():
    sample = "对虾 91 n\n在校生 392 n\n用于 5000 v\n在建 444 v\n签约 900 v\n对于 18058 p\n曹在 3 nr\n"
    assert held_words(sample) == ["在建", "在校生", "对虾"]
