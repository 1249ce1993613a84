"""What every stage shares: the OpenAPI basics (HTTP methods, path shapes, YAML, $ref), input YAML
with line numbers, markdown line ends, progress on stderr."""
