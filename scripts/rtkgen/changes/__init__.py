"""What changed between two OpenAPI documents and their generated clients, for the people who
use the client.

- ``schemas``: the type of a schema and its fields flattened to dotted paths;
- ``compare``: the list of changes between two documents, each breaking or not;
- ``python_api``: the changes of the public Python API between two generated clients (griffe);
- ``merge``: both lists as one, each change a user's code can feel listed once;
- ``report``: the readable report and the CHANGES.md entry;
- ``versioning``: the next version from the changes;
- ``settle``: what ``regenerate.py`` calls once the new spec, then the new client, is final.
"""
