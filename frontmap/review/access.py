"""Who may review: the reviewer's default name, and the token a public instance asks for.

A dashboard that `frontmap serve` binds to the loopback interface is one analyst's own:
reviewing is on. Anywhere else reviewing is off unless FRONTMAP_REVIEW_TOKEN is set, and then
each review must carry that token (compared in constant time). An app made by a WSGI server
(host unknown: pass None) is public, even on loopback behind a proxy. See docs/deploying.md.
"""

from __future__ import annotations

import getpass
import hmac
import os
from collections.abc import Mapping

from frontmap.review.model import clean_reviewer

TOKEN_ENV = "FRONTMAP_REVIEW_TOKEN"
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def default_reviewer() -> str:
    """Return the operating-system user's name (the CLI's --reviewer default), else "analyst"."""
    try:
        return clean_reviewer(getpass.getuser())
    except (OSError, KeyError, ValueError):
        return "analyst"


def review_token(environ: Mapping[str, str] | None = None) -> str | None:
    """Return the review token the instance requires (FRONTMAP_REVIEW_TOKEN), or None if unset."""
    value = (environ if environ is not None else os.environ).get(TOKEN_ENV, "").strip()
    return value or None


def reviewing_enabled(host: str | None, environ: Mapping[str, str] | None = None) -> bool:
    """Return True when reviewing is offered: a loopback-only server, or a token is set."""
    return (host or "") in _LOCAL_HOSTS or review_token(environ) is not None


def may_review(host: str | None, given: str | None, environ: Mapping[str, str] | None = None) -> bool:
    """Return True when a review sent with token `given` may be recorded on a server bound to
    `host`: with a token set, `given` must equal it; without, only on a loopback-only server."""
    token = review_token(environ)
    if token is None:
        return (host or "") in _LOCAL_HOSTS
    return hmac.compare_digest(token.encode(), (given or "").encode())
