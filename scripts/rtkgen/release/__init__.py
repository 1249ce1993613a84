"""After the pipeline: the client's wheel and sdist (make dist)."""
