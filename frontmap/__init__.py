"""frontmap: news reports to a day-by-day territorial-control map.

`intake` reads what users bring, `extract` reads control events out of articles, `timeline` turns
events into states, `store` keeps articles and events, `build` runs the whole, `cli` is the
command line. This package imports geodata, never the dashboard (the CLI loads it lazily).
"""
