"""Decoding: the bytes of an article file to text.

UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, else cp1252. A file with NUL bytes, with many
control characters, that is empty or that none of these decode raises UndecodableFile with the
reason. An HTML page saved as .txt is read as its visible text (scripts and styles dropped, entities
decoded).

Every decoded text then goes through `repair_text`: UTF-8 that was decoded as cp1252 somewhere
upstream ("Heratâ€™s", double-encoded mojibake) is repaired with ftfy, HTML entities left in plain text
are decoded, and invisible zero-width characters and soft hyphens are removed (inside a name they
would cut it in two). Text with nothing to repair is returned unchanged (same article id): curly
quotes, dashes and accents stay as they are.
"""

from __future__ import annotations

import codecs
import html
import re

import ftfy
from lxml import etree


class UndecodableFile(ValueError):
    """A file's bytes are not text frontmap can read; the message says why."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, html: bool = True) -> str:
    """Return `data` decoded as text (BOM-marked encodings, UTF-8, else cp1252); an HTML page as
    its visible text unless `html` is False (readers of pages and tables parse the markup).

    Raises UndecodableFile when the bytes are empty, binary (NUL bytes or many control
    characters) or decode in none of these encodings.
    """
    if not data.strip():
        raise UndecodableFile("empty file")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableFile(f"starts with a {encoding} byte-order mark but does not decode: {exc}") from None
            break
    if text is None:
        if b"\x00" in data:
            raise UndecodableFile("binary content (NUL bytes)")
        for encoding in ("utf-8", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UndecodableFile("not UTF-8, UTF-16 (with BOM) or cp1252 text")
    controls = len(_CONTROL_CHARS.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 50):
        raise UndecodableFile(f"binary content ({controls} control characters)")
    return repair_text(html_to_text(text) if html and _looks_like_html(text) else text)


# ftfy's repairs that change broken text only: mojibake, stray entities, C1 controls. The others
# (uncurling quotes, NFC, full-width letters, ligatures) would change the text of sound articles.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, normalization=None, fix_character_width=False,
    fix_latin_ligatures=False, fix_line_breaks=False, explain=False,
)
# UTF-8 read as cp1252 or Latin-1 leaves a lead byte's letter before a continuation byte's one.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00c3\u00c5\u00c6\u00ce\u00cf\u00d0\u00d8\u00d9\u00da\u00db\u00e2\u00e3]"
                            "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def repair_text(text: str) -> str:
    """Return `text` with double-encoded UTF-8 repaired, HTML entities decoded and zero-width
    characters removed; `text` itself when none of these occur."""
    if not text.isascii() and _MOJIBAKE_HINT.search(text) and ftfy.badness.is_bad(text):
        text = ftfy.fix_text(text, _FTFY_CONFIG)
    if "&" in text and _ENTITY.search(text):
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return text


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_HTML_MARKERS = re.compile(r"<(?:html|body|head|p|div|br|h[1-6]|article|span|a\s)[\s>/]", re.IGNORECASE)
_HTML_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol tr table article section header footer title "
                         "blockquote figure figcaption".split())


def _looks_like_html(text: str) -> bool:
    """Return True when `text` is an HTML page or fragment rather than plain text with a stray tag."""
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or len(_HTML_MARKERS.findall(text[:20000])) >= 3


_HIDDEN_TAGS = frozenset(("script", "style", "noscript", "template"))


class _VisibleText:
    """An lxml parser target that collects a page's visible text, one paragraph per block element.

    libxml2 parses in C, about six times faster than the standard library's HTMLParser on a page of
    tag soup (a hostile upload is mostly tags), and repairs broken markup the way browsers do.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._hidden = 0

    def start(self, tag: str, attrib) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def end(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def close(self) -> list[str]:
        return self.parts


def html_to_text(page: str) -> str:
    """Return the visible text of HTML `page`: scripts and styles dropped, entities decoded,
    one paragraph per block element."""
    # As UTF-8 bytes with the encoding named: a str with an XML encoding declaration is refused by lxml,
    # and a page's own <meta charset> must not re-decode text that is already decoded.
    parser = etree.HTMLParser(target=_VisibleText(), encoding="utf-8", huge_tree=True, no_network=True)
    parts = etree.fromstring(page.encode("utf-8", "replace"), parser) if page.strip() else []
    text = "".join(parts).replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
