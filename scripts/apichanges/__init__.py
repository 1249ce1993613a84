"""What changed between two OpenAPI documents, for the people who use the generated client.

- ``schemas``: the type of a schema and its fields flattened to dotted paths;
- ``compare``: the list of changes between two documents, each breaking or not;
- ``report``: the readable report and the CHANGES.md entry;
- ``versioning``: the next version from the changes;
- ``settle``: what ``regenerate.py`` calls once the new spec is final.
"""
