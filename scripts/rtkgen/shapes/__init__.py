"""Typed shapes from the API's published reference, merged into the converted spec.

Stages, each a module of pure functions:

- ``dialect``: the reference's JSON Schema (``anyOf [x, null]``, ``const``, ``default: null``)
  into the OpenAPI 3.1 style the converter writes (``type: [x, "null"]``).
- ``merge``: a docs schema and a reference schema into one (the docs' fields and types stand,
  the reference adds the rest), with every disagreement between them listed.
- ``models``: inline object and enum schemas into named ``components/schemas`` entries, shared
  by every operation that returns or accepts the same shape.
- ``stage``: reads the project's shapes file and applies all of the above to a document.
"""
