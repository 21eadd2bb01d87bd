"""Reading articles: sentences, place mentions, dates, control rules, events."""
