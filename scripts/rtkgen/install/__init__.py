"""Stage 7: the whole run (make generate), the client built and installed with the lock and the
journal, recovery, and make check."""
