"""Random property names that differ only in symbols: the generated client keeps every field.

Each example is a docs file whose operations' bodies hold many names built from a few stems and
symbols (``<=1y``, ``>1y``, ``x%``, ``+x``, ``a.b``, ``a-b``, ...), so most of them collide
under the generator's own naming, each holding a scalar, a nested object or an array of objects
(nested models, whose class names collide the same way). One generation per example (names
are batched into several models of one spec); the probe, in the client's own process, checks
that every wire name is a declared field (nothing left in ``additional_properties``) with a
distinct Python name and that ``from_dict``/``to_dict`` give the body back.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import ROOT, doc_markdown, op_markdown

REGENERATE = ROOT / "scripts" / "regenerate.py"
AFFIXES = ["", "", "<=", ">=", "<", ">", "+", "-", ".", "%", "!", "=", "_", " ", "/", "€"]
STEMS = ["x", "X", "1y", "15m", "a.b", "a_b", "a-b", "rate", "Rate", "p50"]
NAME = st.builds(
    lambda pre, stem, post: pre + stem + post, *(st.sampled_from(x) for x in (AFFIXES, STEMS, AFFIXES))
)
# A value of each kind the skeletons have: a scalar, a nested object (its own model, whose class
# name would collide too) and an array of objects.
KINDS: dict[str, tuple[object, object]] = {
    "scalar": ("*integer*", 7),
    "object": ({"v": "*string*"}, {"v": "s"}),
    "array": ([{"v": "*integer*"}], [{"v": 1}, None]),
}
FIELD = st.tuples(NAME, st.sampled_from(sorted(KINDS)))
MODELS = st.lists(
    st.lists(FIELD, unique_by=lambda field: field[0], min_size=2, max_size=40), min_size=1, max_size=5
)

PROBE = r"""
import importlib, json, sys

report = {}
for index, pairs in enumerate(json.loads(sys.argv[1])):
    module = importlib.import_module(f"realtimekit_client.models.symbols_{index}_response_200")
    model = getattr(module, f"Symbols{index}Response200")
    fields = [name for name, member in vars(model).items() if isinstance(member, property)]
    body = {name: value for name, value in pairs}
    body["success"] = True
    parsed = model.from_dict(dict(body))
    report[index] = {
        "fields": fields,
        "left_over": sorted(parsed.additional_properties),
        "round_trip": parsed.to_dict() == body and model.from_dict(parsed.to_dict()).to_dict() == body,
    }
print(json.dumps(report))
"""


Model = list[tuple[str, str]]


def docs_for(models: list[Model]) -> str:
    operations = []
    for index, fields in enumerate(models):
        skeleton = {name: KINDS[kind][0] for name, kind in fields} | {"success": "*boolean*"}
        response = f"#### 200 OK\n\n```json\n{json.dumps(skeleton, indent=2)}\n```"
        operations.append(
            op_markdown(summary=f"Symbols {index}", path=f"/symbols/{index}", responses=response)
        )
    return doc_markdown(*operations, tag="Symbols")


@settings(max_examples=6, deadline=None)
@given(MODELS)
@example(
    [
        [("<=1y", "object"), (">1y", "object"), ("X", "object"), ("x", "object")],
        [("Rate", "array"), ("rate", "array"), ("x%", "scalar"), ("x", "array"), ("+x", "object")],
    ]
)
def test_every_property_keeps_its_field_and_round_trips(models: list[Model]) -> None:
    with tempfile.TemporaryDirectory(prefix="symbols-") as folder:
        docs, spec, client = Path(folder) / "docs", Path(folder) / "spec.yaml", Path(folder) / "client"
        docs.mkdir()
        (docs / "symbols.md").write_text(docs_for(models), encoding="utf-8")
        command = [
            sys.executable,
            str(REGENERATE),
            "--docs",
            str(docs),
            "--spec",
            str(spec),
            "--client",
            str(client),
        ]
        generated = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        assert generated.returncode == 0, generated.stderr
        probe = subprocess.run(
            [sys.executable, "-c", PROBE, json.dumps([bodies(fields) for fields in models])],
            capture_output=True,
            text=True,
            cwd=client,
        )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    for index, fields in enumerate(models):
        result = report[str(index)]
        assert len(result["fields"]) == len(set(result["fields"])) == len(fields) + 1, fields
        assert result["left_over"] == [], fields
        assert result["round_trip"], fields


def bodies(fields: Model) -> list[tuple[str, object]]:
    """The wire body of a model, as (name, value) pairs (JSON keeps them in order)."""
    return [(name, KINDS[kind][1]) for name, kind in fields]
