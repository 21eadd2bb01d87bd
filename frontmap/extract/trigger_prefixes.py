"""The first letters of the words a trigger can open with (for `frontmap.extract.triggers`).

Most words of a sentence ("reported", "officials", "region", "more") open no trigger; one scan for
a space before a word starting so finds the few places where the trigger table is worth trying.
"""

from __future__ import annotations

import re

# The first letters of every word a trigger can start with (enough of them to skip common words
# such as "reported", "officials", "region", "more"): the pattern is only tried at words starting
# so (tests/extract/test_events.py checks this against a full scan of the sample corpus).
TRIGGER_PREFIXES = frozenset(
    """re reac reto reta retr reca recl reco rega reoc rese rees rema stay stil took take taki libe evic expel drov driv
    clea repe repu foil thwa beat fend held oust defe push pres forc kick flus chas unde hand sign cont conq hold capt seiz siez
    fall fell los over occu open wres gain assa assu esta rais hois patr flag coll heav gave giv surr aban withd pull fled
    conf flee left leav evac vaca dese ente walk stro roll marc swep swee mov rode ridi ride pour stre brea brok pene stor fier scen
    sieg besi enci outs mili oper adva figh foug clas batt offe atta ambu mort shel rock gunf air stri stru bomb
    poun went foll go chan repea twic trad exch succ batt blas were are try tryi trie atte bid bids mop ced inva skir fire gun inte
    decl clai anno topp prev stop kept keep barr bars bloc effo strug fail came come comi pass slip win won
    run rule admi raid appo inst acti new prov dist depu city loca gove poli chie mayo jan feb mar apr may jun jul aug sep oct nov dec
    not neve unab coul thei ours laun cond moun carr coun quit free out beyo lift end stan stoo pose posi put chec secu bord post outp army
    depl conv mann in inro fann laid lay tran gone been tore tear torn brou brin haul repl viol wag swap swit amon sitt sits sat seat roam camp mass gath dug fron appe
    flow airl empt hole trap pinn corn bott larg effe depa wait infi plan yiel retu reve rout task job miss tali back soug seek scra insu is was met meet face faci enco halt blun
    crum snat grab disl purg reli capi melt arri puri para relo redep""".split()
)


def _prefix_alternatives(prefixes: frozenset[str]) -> str:
    """Return a pattern matching any of `prefixes` (a two-letter one only as a whole word), grouped
    by first letter: a long flat alternation would be tried branch by branch at every word."""
    by_first: dict[str, list[str]] = {}
    for p in sorted(prefixes):
        by_first.setdefault(p[0], []).append(p[1:] if len(p) >= 3 else p[1:] + r"(?!\w)")
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())


#: A space before a word that may open a trigger (the trigger table is tried only there).
PREFIXED_WORD = re.compile(" (?=" + _prefix_alternatives(TRIGGER_PREFIXES) + ")")
