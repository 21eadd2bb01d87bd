"""The frontmap dashboard: a Dash app over the pipeline's timeline (imports geodata, never the reverse)."""
