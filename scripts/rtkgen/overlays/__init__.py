"""Stage 2: the hand-kept overlays (Overlay 1.0) applied to the spec."""
