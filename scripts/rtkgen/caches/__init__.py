"""The pipeline's caches under .cache/: where they live, hashed entries verified on read, JSON twins
of written specs, ruff's result by content."""
