"""Stable names in the shapes stage and around it (issue 21, item 2), unit by unit: the union
rule (``rtkgen.shapes.stable``), error bodies named by status, a field the docs do not show is not
promised, disagreements recorded and newly reported, and paths matched whatever their
parameters are called (overlays and the names table)."""

from __future__ import annotations

import copy
from typing import Any

from rtkgen.changes.compare import Area, compare_documents
from rtkgen.core.openapi_common import DISAGREEMENTS
from rtkgen.overlays.apply import Overlay, apply_overlays
from rtkgen.shapes.merge import merge
from rtkgen.shapes.models import error_stem, name_models
from rtkgen.shapes.stable import keep_shared, previous_places, split, union

SCOPE = "/s"
STR = {"type": "string"}


def body(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        data["required"] = required
    return {"type": "object", "properties": {"data": data}}


def spec(bodies: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """Operations (path, method) each answering a 200 with the given body."""
    paths: dict[str, Any] = {}
    for (path, method), schema in bodies.items():
        content = {"application/json": {"schema": copy.deepcopy(schema)}}
        paths.setdefault(path, {})[method] = {
            "operationId": f"{method}_{path.strip('/').replace('/', '_').replace('{', '').replace('}', '')}",
            "responses": {"200": {"description": "ok", "content": content}},
        }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


THING = {"id": STR, "url": STR}
TABLE = {"Thing": "GET /things/{id} 200 data"}


def named(document: dict[str, Any], previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``document``'s models named, with the union rule when there is a previous spec."""
    first = name_models(document, SCOPE, TABLE)
    if previous is None:
        return first
    places = previous_places(previous, SCOPE)
    models = split(places, previous_places(first, SCOPE))
    if not models:
        return first
    joined = copy.deepcopy(document)
    keep_shared(joined, SCOPE, places, models)
    return name_models(joined, SCOPE, TABLE)


def data_model(document: dict[str, Any], path: str, method: str = "get") -> str:
    schemas = document["components"]["schemas"]
    ref = document["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    data = schemas[ref.rsplit("/", 1)[1]]["properties"]["data"]
    return str(data["$ref"].rsplit("/", 1)[1])


def test_a_field_one_operation_gains_joins_the_shared_model() -> None:
    before = named(
        spec(
            {
                ("/s/things/{id}", "get"): body(THING, ["id", "url"]),
                ("/s/things", "post"): body(THING, ["id", "url"]),
            }
        )
    )
    assert data_model(before, "/s/things", "post") == "Thing"
    changed = spec(
        {
            ("/s/things/{id}", "get"): body(THING, ["id", "url"]),
            ("/s/things", "post"): body({**THING, "secret": STR}, ["id", "url"]),
        }
    )
    assert data_model(named(changed), "/s/things", "post") != "Thing"  # without the previous spec
    after = named(changed, before)
    assert data_model(after, "/s/things", "post") == data_model(after, "/s/things/{id}") == "Thing"
    thing = after["components"]["schemas"]["Thing"]
    assert list(thing["properties"]) == ["id", "url", "secret"]
    assert thing["required"] == ["id", "url"]  # secret: optional, not in all


def test_a_field_one_operation_drops_becomes_optional_in_the_shared_model() -> None:
    both = {
        ("/s/things/{id}", "get"): body(THING, ["id", "url"]),
        ("/s/things", "post"): body(THING, ["id", "url"]),
    }
    before = named(spec(both))
    changed = spec({**both, ("/s/things", "post"): body({"id": STR}, ["id"])})
    after = named(changed, before)
    assert data_model(after, "/s/things", "post") == "Thing"
    assert after["components"]["schemas"]["Thing"]["required"] == ["id"]


def test_an_unchanged_spec_is_named_as_before() -> None:
    document = spec({("/s/things/{id}", "get"): body(THING), ("/s/things", "post"): body(THING)})
    before = named(document)
    assert named(document, before) == before


def test_union_joins_nested_objects_and_lists_of_them() -> None:
    first = {
        "type": "object",
        "properties": {"a": {"type": "object", "properties": {"x": STR}}},
        "required": ["a"],
    }
    second = {
        "type": "object",
        "properties": {"a": {"type": ["object", "null"], "properties": {"y": STR}}, "b": STR},
        "required": ["a", "b"],
    }
    joined = union([first, second])
    assert joined["properties"]["a"] == {"type": ["object", "null"], "properties": {"x": STR, "y": STR}}
    assert joined["required"] == ["a"]
    lists = union(
        [
            {
                "type": "object",
                "properties": {"l": {"type": "array", "items": {"type": "object", "properties": {"x": STR}}}},
            },
            {
                "type": "object",
                "properties": {"l": {"type": "array", "items": {"type": "object", "properties": {"y": STR}}}},
            },
        ]
    )
    assert lists["properties"]["l"]["items"]["properties"] == {"x": STR, "y": STR}


def test_error_bodies_are_named_by_their_status() -> None:
    assert [error_stem(s) for s in ("404", "409", "500", "4XX", "5xx", "200", "default", "499")] == [
        "NotFound",
        "Conflict",
        "InternalServerError",
        "ClientError",
        "ServerError",
        "",
        "",
        "Status499",
    ]
    document = spec({("/s/things/{id}", "get"): body(THING)})
    error = {"type": "object", "properties": {"error": {"type": "object", "properties": {"code": STR}}}}
    content = {"application/json": {"schema": error}}
    document["paths"]["/s/things/{id}"]["get"]["responses"]["404"] = {"description": "no", "content": content}
    schemas = name_models(document, SCOPE, TABLE)["components"]["schemas"]
    assert {"NotFoundResponse", "NotFoundError"} <= set(schemas)
    assert "Error" not in schemas


def test_the_names_table_matches_whatever_the_parameters_are_called() -> None:
    document = spec({("/s/things/{thing-id}", "get"): body(THING)})
    assert data_model(name_models(document, SCOPE, TABLE), "/s/things/{thing-id}") == "Thing"


def test_a_field_the_docs_do_not_show_is_not_promised() -> None:
    docs = {"type": "object", "properties": {"id": STR, "target_url": STR}}
    reference = {"type": "object", "properties": {"id": STR, "url": STR}, "required": ["id", "url"]}
    merged, found = merge(docs, reference, "POST /x 201", lambda ref: {})
    assert merged["required"] == ["id"]
    assert set(merged["properties"]) == {"id", "url", "target_url"}
    assert [str(d) for d in found] == [
        "POST /x 201 url: docs absent, reference string",
        "POST /x 201 target_url: docs string, reference absent",
    ]
    merged, _ = merge(
        {"type": "object", "properties": {"id": STR}}, {**reference, "required": ["url"]}, "w", lambda ref: {}
    )
    assert "required" not in merged


def test_new_disagreements_are_report_lines_and_old_ones_are_not() -> None:
    old = {
        **spec({("/s/a", "get"): body(THING)}),
        DISAGREEMENTS: ["GET /s/a 200 data.x: docs absent, reference string"],
    }
    new = copy.deepcopy(old)
    new[DISAGREEMENTS] = [*old[DISAGREEMENTS], "GET /s/a 200 data.url: docs absent, reference string"]
    changes = compare_documents(old, new)
    assert [(c.operation, c.description, c.breaking, c.area) for c in changes] == [
        (
            "GET /s/a (get_s_a)",
            "the docs newly disagree with the API reference: 200 data.url: docs absent, reference string",
            False,
            Area.REFERENCE,
        )
    ]
    unrecorded = {k: v for k, v in old.items() if k != DISAGREEMENTS}
    assert compare_documents(unrecorded, new) == []  # a spec that recorded none: nothing to compare


def test_overlays_match_paths_whatever_the_parameters_are_called() -> None:
    document = spec({("/s/things/{thing-id}", "get"): body(THING)})
    action = {"target": "$.paths['/s/things/{thing_id}'].get", "update": {"x-facade-name": "things.fetch"}}
    overlay = {"overlay": "1.0.0", "info": {"title": "o", "version": "1"}, "actions": [action]}
    result = apply_overlays(document, [Overlay(overlay, "o.yaml", (3,))])
    assert list(result["paths"]) == ["/s/things/{thing-id}"]  # the docs' spelling stays
    assert result["paths"]["/s/things/{thing-id}"]["get"]["x-facade-name"] == "things.fetch"


def test_the_scope_matches_whatever_its_parameters_are_called() -> None:
    from rtkgen.core.openapi_common import after_scope

    assert after_scope("/a/{a-id}/b/{b}", "/a/{a_id}") == "/b/{}"
    assert after_scope("/a/{a-id}", "/a/{a_id}") == ""
    assert after_scope("/x/{a_id}/b", "/a/{a_id}") is None
    document = spec({("/t/{app-id}/things/{id}", "get"): body(THING)})
    named_doc = name_models(document, "/t/{app_id}", {"Thing": "GET /things/{thing_id} 200 data"})
    assert data_model(named_doc, "/t/{app-id}/things/{id}") == "Thing"
