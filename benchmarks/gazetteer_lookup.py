"""Print how fast the gazetteer loads and resolves names (exact, variant, fuzzy, foreign and unknown).

Usage: python benchmarks/gazetteer_lookup.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import time

from geodata.gazetteer import Gazetteer

EXACT = ["Kunduz", "Herat", "Achin", "Pacher wa Agam", "Spin Boldak", "Lashkar Gah", "Qala-i-Naw",
         "Sar-e-Pol", "Mazar-i-Sharif", "Nangarhar Province", "Jowzjan", "Feroz Koh", "Torkham", "Fayzabad"]
VARIANT = ["Sheberghaan", "Lashkar Gaah", "Qalah i Naw", "the Enjil district", "Sari Pol", "Pul e Khumree",
           "Khwahen district", "Hesarek", "Spin Boldok", "Mazar e Shareef"]
UNKNOWN = ["Quetta", "Peshawar", "Tashkent", "Doha", "Taliban", "Ghani", "Ali Wazir", "Xyzzy", "Washington",
           "Afghanistan"]


def bench_load(repeats: int = 10) -> float:
    """Return the best time in seconds to load the gazetteer from its CSV tables."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        Gazetteer.load()
        best = min(best, time.perf_counter() - start)
    return best


def bench_lookup(gaz: Gazetteer, queries: list[str], seconds: float) -> float:
    """Return lookups per second over `queries`, cycled for about `seconds`."""
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for query in queries:
            gaz.lookup(query)
        done += len(queries)
    return done / (time.perf_counter() - start)


def bench_lookup_context(gaz: Gazetteer, context: str, seconds: float) -> float:
    """Return lookups per second of a duplicate name resolved by a sentence of context."""
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        gaz.lookup("Fayzabad", context=context)
        done += 1
    return done / (time.perf_counter() - start)


def main() -> None:
    """Print load time and lookup throughput per query mix."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent per query mix")
    args = parser.parse_args()
    print(f"load: {bench_load() * 1000:.0f} ms (best of 10)")
    gaz = Gazetteer.load()
    print(f"aliases: {len(gaz.aliases())}")
    mixes = {"exact": EXACT, "variant/fuzzy": VARIANT, "foreign/unknown": UNKNOWN,
             "mixed": EXACT + VARIANT + UNKNOWN}
    for label, queries in mixes.items():
        print(f"lookup {label}: {bench_lookup(gaz, queries, args.seconds):,.0f} names/s")
    context = "Taliban fighters attacked Fayzabad district in northern Jowzjan province on Sunday."
    rate = bench_lookup_context(gaz, context, args.seconds)
    print(f"lookup with context: {rate:,.0f} names/s")


if __name__ == "__main__":
    main()
