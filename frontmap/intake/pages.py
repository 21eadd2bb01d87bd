"""Saved web pages: a page's main article text, headline, publication date and site name.

trafilatura finds the article inside the page, so menus, related-story lists, cookie banners,
share bars and reader comments never reach the extractor; before it runs, the page elements that
are never article text (navigation, asides, footers, and blocks whose class or id says cookie,
consent, comment, related, newsletter, share or subscribe) are pruned. Metadata comes from the
page itself (meta tags, structured data, the headline element); a manifest row still wins over it
(see `frontmap.intake.articles`). Nothing is fetched: links and images are never followed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from frontmap.intake.decode import decode_text
from frontmap.intake.entry import Entry, with_headline

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html", ".htm")
_BOILERPLATE_WORDS = ("cookie", "consent", "comment", "related", "newsletter", "share", "subscribe",
                      "promo", "breadcrumb", "sidebar")
# Matched against class and id words (lower-cased), so "comments-list" is pruned, "commentary" not.
_PRUNE = ["//nav", "//aside", "//footer", "//form", "//*[@role='navigation']",
          *(f"//*[contains(concat(' ', translate(@class, '_-ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
            f"'  abcdefghijklmnopqrstuvwxyz'), ' '), ' {word} ') or contains(concat(' ', "
            f"translate(@id, '_-ABCDEFGHIJKLMNOPQRSTUVWXYZ', '  abcdefghijklmnopqrstuvwxyz'), ' '), "
            f"' {word} ')]" for word in _BOILERPLATE_WORDS)]
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


class NoArticleText(ValueError):
    """A page in which no article text was found; the message says so."""


def looks_like_page(data: bytes) -> bool:
    """Return True when `data` (a file's bytes, any name) is a whole HTML page."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head))


def read_page(data: bytes) -> Entry:
    """Return the Entry of the saved web page `data`: its main text (headline first, one
    paragraph a block), title, site name, canonical url and publication date (date_source "page").

    Raises UndecodableFile when the bytes are not text, NoArticleText when the page holds no
    article text.
    """
    page = decode_text(data, html=False)
    document = _extract(page)
    body = (document.text or "").strip() if document is not None else ""
    if not body:
        raise NoArticleText("no article text found in the page")
    title = " ".join((document.title or "").split())
    published = _page_date(document.date)
    return Entry(
        item=None,
        text=with_headline(title, _paragraphs(body)),
        title=title,
        outlet=" ".join((document.sitename or document.hostname or "").split()),
        url=(document.url or "").strip(),
        published=published,
        date_source="page" if published else "",
    )


def _extract(page: str):
    """Return trafilatura's Document for `page` (None when it finds no article)."""
    import trafilatura  # late: only pages need it, and it takes a moment to import

    return trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, favor_precision=True,
        date_extraction_params=_DATE_PARAMS, prune_xpath=_PRUNE,
    )


def _paragraphs(body: str) -> str:
    """Return the extracted text with a blank line between paragraphs (one a line as extracted)."""
    return "\n\n".join(line.strip() for line in body.split("\n") if line.strip())


def _page_date(value: str | None) -> dt.date | None:
    """Return the page's publication date (trafilatura gives YYYY-MM-DD), None if absent or odd."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        log.info("page date %r is not YYYY-MM-DD; ignored", value)
        return None
