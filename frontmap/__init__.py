"""frontmap: news reports to a day-by-day territorial-control map; the command line lives here."""
