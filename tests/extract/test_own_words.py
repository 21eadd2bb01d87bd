"""Test sentences are our own words: none shares a run of six words with the sample corpus.

A test that copies the sample's sentences measures whether the extractor remembers the sample,
not whether it reads; and the project never pastes a news report's sentences. Scanned: every
string literal of the test modules, and the files in tests/data and tests/golden. Tests that read
the corpus or the gold at run time hold none of their text, so they pass by construction.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
RUN = 6  # words
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Return the lower-cased words of `text` (punctuation and apostrophes split words)."""
    return _WORD.findall(text.lower())


def runs(text: str) -> set[tuple[str, ...]]:
    """Return every run of RUN consecutive words of `text`."""
    found = words(text)
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def texts_of_the_tests() -> list[tuple[str, str]]:
    """Return (where, text) for every string literal of the test modules and every test data file."""
    texts = []
    for module in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        texts += [
            (f"{module.relative_to(TESTS)}:{node.lineno}", node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
    for folder in ("data", "golden"):
        texts += [(str(path.relative_to(TESTS)), path.read_text(encoding="utf-8", errors="replace"))
                  for path in sorted((TESTS / folder).glob("*")) if path.is_file()]
    return texts


def test_no_test_text_shares_six_words_in_a_row_with_the_sample_corpus(sample_corpus):
    corpus: set[tuple[str, ...]] = set()
    for path in sorted(sample_corpus.glob("*.txt")):
        corpus |= runs(path.read_text(encoding="utf-8", errors="replace"))
    copied = [f"{where}: {' '.join(sorted(runs(text) & corpus)[0])}" for where, text in texts_of_the_tests()
              if runs(text) & corpus]
    assert not copied, "test text copied from the sample corpus (rewrite it in your own words):\n" + "\n".join(copied)
