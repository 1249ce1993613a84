"""The RealtimeKit client generator, one subpackage per stage in the order of the data flow
(a stage imports only the stages before it, tests/test_layout.py):

- ``core``: What every stage shares: the OpenAPI basics (HTTP methods, path shapes, YAML, $ref),
  input YAML with line numbers, markdown line ends, progress on stderr.
- ``caches``: The pipeline's caches under .cache/: where they live, hashed entries verified on read,
  JSON twins of written specs, ruff's result by content.
- ``converter``: Stage 1: the markdown docs -> an OpenAPI document (records, schemas, names, YAML).
- ``overlays``: Stage 2: the hand-kept overlays (Overlay 1.0) applied to the spec.
- ``shapes``: Stage 3: the API's published body shapes merged into the spec, and the models named.
- ``generator``: Stage 4: openapi-python-client run with this project's rules (patches, pinned
  internals, property names), sharded for large specs; the client's files, version and check.
- ``facade``: Stage 5: the RealtimeKit facade rendered from the generated modules.
- ``changes``: Stage 6: the API change report (spec and Python API), the version bump and the
  CHANGES.md entry.
- ``install``: Stage 7: the whole run (make generate), the client built and installed with the lock
  and the journal, recovery, and make check.
- ``release``: After the pipeline: the client's wheel and sdist (make dist).

The command lines are scripts/<command>.py, thin wrappers over these modules.
"""
