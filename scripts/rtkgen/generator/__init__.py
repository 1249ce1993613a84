"""Stage 4: openapi-python-client run with this project's rules (patches, pinned internals, property
names), sharded for large specs; the client's files, version and check."""
