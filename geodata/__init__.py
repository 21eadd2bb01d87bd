"""The frontmap pipeline: articles -> mentions -> control events -> timeline, plus boundaries.

This package never imports dash or plotly; the dashboard imports it, never the reverse.
"""
