"""Places: what is where. District and province boundaries (files, cache, download, simplification)
and the gazetteer (names and the spellings the news uses).

This package never imports frontmap or dashboard.
"""
