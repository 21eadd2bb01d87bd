"""Hand-written news files for the intake tests: saved web pages, article tables and syndicated
copies of one wire story. Every sentence is written for these tests in wire-report style."""

from __future__ import annotations

import html as html_module

WIRE_BODY = [
    "LASHKAR GAH, Afghanistan — Taliban fighters pushed into the centre of Lashkar Gah on Tuesday "
    "after a week of fighting on the edges of the Helmand provincial capital, two provincial council "
    "members said.",
    "Government troops still held the governor's compound and the police headquarters, the council "
    "members said, but the insurgents had taken the main bazaar and several government offices "
    "along the river road.",
    "Residents said families were sheltering in basements as the sound of gunfire and mortar rounds "
    "carried across the city through the night, and that the main hospital was short of blood and "
    "medicine.",
    "An army spokesman said commandos flown in from Kabul were clearing the western districts of the "
    "city and that air strikes had hit insurgent positions near the central prison.",
    "Aid groups warned that thousands of people had fled toward the north of the province since the "
    "offensive began, many of them on foot and with few belongings.",
]
EXTRA_PARAGRAPH = (
    "The fighting in Helmand is part of a wider offensive that has seen the insurgents press on "
    "several provincial capitals in the south and west since foreign troops began their final "
    "withdrawal."
)

PAGE_BODY = [
    "QALA-I-NAW, Afghanistan — Taliban fighters entered the capital of Badghis province early on "
    "Wednesday after two days of clashes with security forces, local officials said.",
    "The provincial governor said government troops had pulled back to the airport on the edge of the "
    "city while reinforcements were on their way from the west of the country.",
    "Shopkeepers kept their shutters down in the main bazaar as armed men moved through the streets, "
    "and residents said the power had been cut since the evening before.",
]


def wire_copy(headline: str, paragraphs: list[str]) -> str:
    """Return a copy of a story as an outlet prints it: its own headline, then the paragraphs."""
    return "\n\n".join([headline, *paragraphs]) + "\n"


def saved_page(title: str, paragraphs: list[str], *, site: str = "Kabul Ledger",
               published_meta: str | None = "2021-07-07T09:30:00+04:30") -> str:
    """Return a saved web page: navigation naming other cities, a cookie banner, the article,
    a related-stories list, a reader comment and a footer. The date is only in a meta tag."""
    date_meta = f'<meta property="article:published_time" content="{published_meta}">' if published_meta else ""
    body = "\n".join(f"<p>{html_module.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html_module.escape(title)} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{html_module.escape(title)}">
{date_meta}
<link rel="canonical" href="https://ledger.example.org/news/badghis-capital">
</head><body>
<header><a href="/">{site}</a></header>
<nav class="main-menu"><ul>
<li><a href="/kandahar">Kandahar</a></li><li><a href="/herat">Herat</a></li>
<li><a href="/kunduz">Kunduz falls to the Taliban</a></li><li><a href="/ghazni">Ghazni</a></li>
</ul></nav>
<div class="cookie-banner">We use cookies on this site. By continuing you accept our cookie policy.</div>
<main><article>
<h1>{html_module.escape(title)}</h1>
{body}
</article>
<aside class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/a">Taliban take Spin Boldak border crossing</a></li>
<li><a href="/b">Fighting reaches the outskirts of Lashkar Gah</a></li>
</ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>My cousin says Kandahar city has fallen as well, nobody is reporting it.</p></div>
</section></main>
<footer><p>About us. Contact. Copyright {site}.</p></footer>
</body></html>
"""
