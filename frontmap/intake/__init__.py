"""Reading what users bring: article files, manifests, uploads."""
