"""Tests for frontmap.intake.decode.repair_text: broken encodings repaired, sound text untouched."""

from __future__ import annotations

import pytest

from frontmap.intake.decode import decode_text, repair_text


def _double_encoded(text: str) -> str:
    """Return `text` as it reads after its UTF-8 bytes were decoded as cp1252 (mojibake)."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


@pytest.mark.parametrize(
    "sound",
    [
        "Insurgents reached the outskirts of Herat’s old city on Thursday.",
        "Fighting spread to Pul-e Khumri – the Baghlan capital – overnight.",
        "Residents of Faizabad said “the city is calm” on Friday.",
        "Plain ASCII text about Kunduz.",
    ],
)
def test_sound_text_is_returned_unchanged(sound):
    assert repair_text(sound) == sound


def test_double_encoded_utf8_is_repaired():
    sound = "Herat’s governor said the city’s police — about 400 men — still held out."
    broken = _double_encoded(sound)
    assert "â€" in broken
    assert repair_text(broken) == sound


def test_decode_text_repairs_mojibake_in_utf8_bytes():
    sound = "KABUL — The Taliban entered Kunduz’s main square."
    assert decode_text(_double_encoded(sound).encode("utf-8")) == sound


def test_entities_and_invisible_characters():
    assert repair_text("Taloqan &amp; Kunduz fell &#8211; officials said") == "Taloqan & Kunduz fell – officials said"
    assert repair_text("Shibir\u200bghan and Sar-e\u00ad Pul") == "Shibirghan and Sar-e Pul"
