"""Tests for frontmap.intake.decode.html_to_text: a page saved as text is read as its visible text."""

from __future__ import annotations

from frontmap.intake.decode import decode_text, html_to_text


def test_one_paragraph_per_block_and_inline_words_kept_together():
    page = ("<html><body><h1>Insurgents enter Maimana</h1><p>Fighters reached <b>the city</b> "
            "<i>late</i> on Monday.</p><div>Officials said police held the centre.</div></body></html>")
    assert html_to_text(page) == ("Insurgents enter Maimana\n\nFighters reached the city late on Monday.\n\n"
                                  "Officials said police held the centre.\n")


def test_scripts_styles_and_comments_are_not_text():
    page = ("<html><head><style>p { color: red }</style><script>var s = '<p>Ghazni fell</p>';</script></head>"
            "<body><p>Clashes went on near Kunduz airport.</p><!-- draft: <p>Taloqan fell</p> --></body></html>")
    assert html_to_text(page) == "Clashes went on near Kunduz airport.\n"


def test_a_comment_left_open_hides_the_rest_as_a_browser_would():
    page = "<html><body><p>Shindand changed hands again.</p><!-- unfinished <p>Not shown</p>"
    assert html_to_text(page) == "Shindand changed hands again.\n"


def test_entities_and_non_breaking_spaces_are_decoded():
    page = "<html><body><p>Lashkar&nbsp;Gah &amp; Nad&#x2d;e Ali &lt;both&gt;</p><div>x</div></body></html>"
    assert html_to_text(page).splitlines()[0] == "Lashkar Gah & Nad-e Ali <both>"


def test_an_xml_declaration_naming_another_encoding_does_not_re_decode_the_text():
    page = ('<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Kandahar’s airport stayed open.</p>'
            "<div>d</div><p>e</p></body></html>")
    assert html_to_text(page).splitlines()[0] == "Kandahar’s airport stayed open."


def test_deeply_nested_markup_keeps_its_text():
    page = "<html><body>" + "<div>" * 20_000 + "Herat was quiet on Sunday." + "</div>" * 20_000 + "</body></html>"
    assert html_to_text(page) == "Herat was quiet on Sunday.\n"


def test_odd_fragments_give_text_not_errors():
    assert html_to_text("<!-- only a comment -->") == "\n"
    assert html_to_text("<p></p>") == "\n"
    assert html_to_text("a < b & c") == "a < b & c\n"


def test_a_page_saved_as_a_text_file_is_decoded_as_its_visible_text():
    page = "<html><body><p>Sar-e Pul fell on Sunday.</p><div>Residents fled.</div><p>More later.</p></body></html>"
    assert decode_text(page.encode("utf-8")) == "Sar-e Pul fell on Sunday.\n\nResidents fled.\n\nMore later.\n"
