"""Tests for geodata.names: folding rules and the offsets that map spans back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geodata.names import normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Qala-i-Naw", "qala i naw"),
        ("Qal'ah-ye Now", "qalah ye now"),
        ("Sar-e-Pol", "sar e pol"),
        ("  Zanda  Jan\n", "zanda jan"),
        ("Mazār-e Sharīf", "mazar e sharif"),
        ("Herāt", "herat"),
        ("Shīnḏanḏ", "shindand"),
        ("KUNDUZ", "kunduz"),
        ("Qala’i Naw", "qalai naw"),
        ("Kabul, Afghanistan.", "kabul afghanistan"),
        ("Khost_(Matun)", "khost (matun)"),
        ("Pul\u2011e\u00a0Khumri", "pul e khumri"),
        ("Spin Boldak—Chaman", "spin boldak chaman"),
        ("Straße", "strasse"),
        ('"Kunduz"', "kunduz"),
        ("", ""),
        ("-- ' .", ""),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_offsets_point_at_source_characters():
    text = "In  Qala-i-Naw, Badghis"
    norm, offsets = normalize_with_offsets(text)
    assert norm == "in qala i naw badghis"
    assert len(offsets) == len(norm)
    start = norm.index("qala i naw")
    end = start + len("qala i naw")
    assert text[offsets[start] : offsets[end - 1] + 1] == "Qala-i-Naw"
    assert text[offsets[norm.index("badghis")]] == "B"


def test_offsets_with_dropped_and_expanded_characters():
    text = "Mazār-e Sharīf’s Straße"
    norm, offsets = normalize_with_offsets(text)
    assert norm == "mazar e sharifs strasse"
    # the two s of the folded ß both come from the ß
    assert offsets[-3] == offsets[-2] == text.index("ß")
    assert text[offsets[norm.index("sharifs")] :].startswith("Sharīf")


def test_rejects_non_string():
    with pytest.raises(TypeError, match="text"):
        normalize(None)  # type: ignore[arg-type]


@given(st.text())
def test_offsets_are_monotonic_and_in_range(text):
    norm, offsets = normalize_with_offsets(text)
    assert len(norm) == len(offsets)
    assert all(0 <= o < len(text) for o in offsets)
    assert offsets == sorted(offsets)
    assert norm == normalize(text)
    assert norm == norm.strip() and "  " not in norm


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_agrees_with_the_general_path(text):
    assert normalize(text) == normalize_with_offsets(text)[0]


@given(st.text(alphabet=st.sampled_from("aZé\u0301ßİﬁΣ \t\n\u00a0\u2003\u3000-_.,'’“\u0663Ⅻ\x1c")))
def test_non_ascii_path_without_offsets_agrees_with_the_offsets_path(text):
    # normalize() folds non-ASCII text without building offsets; runs of every kind of space collapse alike
    assert normalize(text) == normalize_with_offsets(text)[0]
