"""The union rule's parts (``rtkgen.shapes.stable``) on small documents: where a named spec has
which model (``previous_places``: bodies, request bodies, nested fields, list items, map values,
nullable references, a recursive model cut at ``MAX_DEPTH``), and which places of an inline
document ``keep_shared`` joins."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rtkgen.shapes.stable import MAX_DEPTH, keep_shared, previous_places, split, union

NULL = {"type": "null"}
STR = {"type": "string"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: Any) -> dict[str, Any]:
    return {"description": "d", "content": {"application/json": {"schema": schema}}}


NAMED = {
    "openapi": "3.1.0",
    "paths": {
        "/other": {"get": {"responses": {"200": json_body(ref("Thing"))}}},
        "/s/{id}/a": {
            "get": {"responses": {"200": json_body(ref("Body")), "204": {"description": "none"}}},
            "post": {
                "requestBody": {"content": {"application/json": {"schema": ref("Req")}}},
                "responses": {"201": json_body({"anyOf": [ref("Body"), NULL]})},
            },
        },
        "/s/{id}/b": {
            "put": {
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {"200": json_body({"anyOf": [NULL, {"type": "string"}]})},
            }
        },
    },
    "components": {
        "schemas": {
            "Body": {
                "type": "object",
                "properties": {
                    "data": {"anyOf": [ref("Thing"), NULL]},
                    "list": {"type": "array", "items": ref("Thing")},
                    "map": {"type": "object", "additionalProperties": ref("Thing")},
                    "flag": True,
                    "inline": {"type": "object", "properties": {"deep": ref("Thing")}},
                    "elsewhere": {"$ref": "#/paths/x"},
                    "gone": ref("Missing"),
                },
            },
            "Thing": {"type": "object", "properties": {"id": STR}},
            "Req": {"type": "object", "properties": {"thing": ref("Thing")}},
        }
    },
}


def test_previous_places_are_every_named_model_of_every_body_in_scope() -> None:
    fields = {
        "data": "Thing",
        "list[]": "Thing",
        "map{}": "Thing",
        "inline.deep": "Thing",
        "gone": "Missing",
    }
    assert previous_places(NAMED, "/s/{x}") == {
        "GET /a 200": "Body",
        **{f"GET /a 200 {path}": name for path, name in fields.items()},
        "POST /a 201": "Body",
        **{f"POST /a 201 {path}": name for path, name in fields.items()},
        "POST /a request": "Req",
        "POST /a request thing": "Thing",
    }


@pytest.mark.parametrize(
    ("node", "step"),
    [
        ({"type": "object", "properties": {"child": ref("Node")}}, ".child"),
        ({"type": "array", "items": ref("Node")}, "[]"),
        ({"type": "object", "additionalProperties": ref("Node")}, "{}"),
    ],
)
def test_previous_places_of_a_recursive_model_stop_at_max_depth(node: dict[str, Any], step: str) -> None:
    document = {
        "paths": {"/s/a": {"get": {"responses": {"200": json_body(ref("Node"))}}}},
        "components": {"schemas": {"Node": node}},
    }
    expected = {"GET /a 200": "Node"}
    path = ""
    for _ in range(MAX_DEPTH):
        path = f"{path}{step}" if path or step != ".child" else "child"
        expected[f"GET /a 200 {path}"] = "Node"
    assert MAX_DEPTH == 32
    assert previous_places(document, "/s") == expected


def test_previous_places_of_a_spec_without_components() -> None:
    document = {
        "paths": {"/s/a": {"get": {"responses": {"200": json_body(ref("Gone"))}}}},
        "components": None,
    }
    assert previous_places(document, "/s") == {"GET /a 200": "Gone"}


def obj(properties: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, **more}


def inline_spec() -> dict[str, Any]:
    """Two operations (and their request bodies) whose places shared models, now of other shapes."""

    def body(extra: dict[str, Any], **data: Any) -> dict[str, Any]:
        return obj(
            {
                "data": obj({"id": STR, **extra}, **data),
                "list": {"type": "array", "items": obj({"n": STR, **extra})},
                "map": {"type": "object", "additionalProperties": obj({"v": STR, **extra})},
            }
        )

    def request(extra: dict[str, Any]) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": obj({"thing": obj({"x": STR, **extra})})}}}

    return {
        "openapi": "3.1.0",
        "paths": {
            "/s/a": {
                "get": {"responses": {"200": json_body(body({}, required=["id"]))}},
                "post": {"requestBody": request({}), "responses": {}},
            },
            "/s/b": {
                "get": {
                    "responses": {
                        "200": json_body(
                            body(
                                {"url": STR},
                                type=["object", "null"],
                                description="b's",
                                required=["id", "url"],
                            )
                        )
                    }
                },
                "put": {"requestBody": request({"y": STR}), "responses": {}},
            },
        },
    }


PREVIOUS = {
    **{f"GET /{path} 200 data": "Thing" for path in "ab"},
    **{f"GET /{path} 200 list[]": "Item" for path in "ab"},
    **{f"GET /{path} 200 map{{}}": "Value" for path in "ab"},
    "POST /a request thing": "Req",
    "PUT /b request thing": "Req",
    "GET /a 200": "AResponse",
}


def schema_of(document: dict[str, Any], path: str, method: str) -> Any:
    operation = document["paths"][path][method]
    body = operation["requestBody"] if "requestBody" in operation else operation["responses"]["200"]
    return body["content"]["application/json"]["schema"]


def test_keep_shared_joins_the_places_of_the_split_models_only() -> None:
    document = inline_spec()
    keep_shared(document, "/s", PREVIOUS, {"Thing", "Item", "Value", "Req"})
    a, b = schema_of(document, "/s/a", "get"), schema_of(document, "/s/b", "get")
    assert a["properties"]["data"] == obj({"id": STR, "url": STR}, required=["id"])
    assert b["properties"]["data"] == obj(
        {"id": STR, "url": STR}, type=["object", "null"], description="b's", required=["id"]
    )
    assert a["properties"]["list"]["items"] == b["properties"]["list"]["items"] == obj({"n": STR, "url": STR})
    assert a["properties"]["map"]["additionalProperties"] == obj({"v": STR, "url": STR})
    assert b["properties"]["map"]["additionalProperties"] == obj({"v": STR, "url": STR})
    assert (
        schema_of(document, "/s/a", "post")
        == schema_of(document, "/s/b", "put")
        == obj({"thing": obj({"x": STR, "y": STR})})
    )


def test_keep_shared_leaves_models_not_split_and_places_out_of_scope() -> None:
    document = inline_spec()
    keep_shared(document, "/s", PREVIOUS, {"Req", "Other"})
    untouched = inline_spec()
    for path, method in [("/s/a", "get"), ("/s/b", "get")]:
        assert schema_of(document, path, method) == schema_of(untouched, path, method)
    assert schema_of(document, "/s/a", "post") == obj({"thing": obj({"x": STR, "y": STR})})
    document = inline_spec()
    keep_shared(document, "/t", PREVIOUS, {"Thing", "Item", "Value", "Req"})
    assert document == inline_spec()


def test_split_names_the_models_whose_places_no_longer_share_one() -> None:
    previous = {"A 1": "M", "B 1": "M", "C 1": "N", "D 1": "N", "E 1": "O"}
    now = {"A 1": "M", "B 1": "BM", "C 1": "N", "D 1": "N", "E 1": "P", "F 1": "M"}
    assert split(previous, now) == {"M"}
    assert split(previous, {}) == set()


def two_gets(a: Any, b: Any) -> dict[str, Any]:
    """Operations ``GET /a`` and ``GET /b`` answering bodies ``a`` and ``b``."""
    return {
        "paths": {
            "/s/a": {"get": {"responses": {"200": json_body(copy.deepcopy(a))}}},
            "/s/b": {"get": {"responses": {"200": json_body(copy.deepcopy(b))}}},
        }
    }


def bodies_of(document: dict[str, Any]) -> tuple[Any, Any]:
    return schema_of(document, "/s/a", "get"), schema_of(document, "/s/b", "get")


def joined(a: Any, b: Any, field: str, name: str = "M") -> tuple[Any, Any]:
    """The bodies after ``keep_shared`` where the places at ``field`` shared model ``name``."""
    document = two_gets(a, b)
    where = f" {field}" if field else ""
    keep_shared(document, "/s", {f"GET /a 200{where}": name, f"GET /b 200{where}": name}, {name})
    return bodies_of(document)


def test_whole_bodies_and_nested_fields_are_joined() -> None:
    assert joined(obj({"x": STR}), obj({"y": STR}), "") == (
        obj({"x": STR, "y": STR}),
        obj({"x": STR, "y": STR}),
    )
    a = obj({"data": obj({"inner": obj({"x": STR})})})
    b = obj({"data": obj({"inner": obj({"y": STR})})})
    both = obj({"data": obj({"inner": obj({"x": STR, "y": STR})})})
    assert joined(a, b, "data.inner") == (both, both)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"properties": {"x": STR}}, {"properties": {"y": STR}}),  # no type: not an object
        (
            {"type": ["object", "string"], "properties": {"x": STR}},
            {"type": "object", "properties": {"y": STR}},
        ),
        (
            {"type": "object", "additionalProperties": STR},
            {"type": "object", "additionalProperties": {"type": "integer"}},
        ),
        ({"type": "object"}, {"type": "object", "description": "open"}),
    ],
)
def test_only_objects_with_fields_are_joined(a: Any, b: Any) -> None:
    assert joined(obj({"f": a, "flag": True}), obj({"f": b, "flag": True}), "f") == (
        obj({"f": a, "flag": True}),
        obj({"f": b, "flag": True}),
    )


def nested(depth: int, step: str, leaf: Any) -> tuple[Any, str]:
    """``leaf`` at ``depth`` steps under a body (each step a field ``p``, a list's items or a
    map's values), and its field path."""
    schema, path = leaf, ""
    for _ in range(depth):
        if step == "p":
            schema = obj({"p": schema})
        elif step == "[]":
            schema = {"type": "array", "items": schema}
        else:
            schema = {"type": "object", "additionalProperties": schema}
    for index in range(depth):
        path = (f"{path}.p" if index else "p") if step == "p" else f"{path}{step}"
    return schema, path


@pytest.mark.parametrize("step", ["p", "[]", "{}"])
@pytest.mark.parametrize(("depth", "joins"), [(MAX_DEPTH, True), (MAX_DEPTH + 1, False)])
def test_places_deeper_than_max_depth_are_not_joined(step: str, depth: int, joins: bool) -> None:
    a, field = nested(depth, step, obj({"x": STR}))
    b, _ = nested(depth, step, obj({"y": STR}))
    both, _ = nested(depth, step, obj({"x": STR, "y": STR}))
    assert joined(a, b, field) == ((both, both) if joins else (a, b))


def test_a_model_of_one_place_or_of_places_still_alike_is_left_as_it_is() -> None:
    alone = obj({"f": obj({"x": STR}, type=["null", "object"])})
    document = two_gets(alone, obj({}))
    keep_shared(document, "/s", {"GET /a 200 f": "M"}, {"M"})
    assert bodies_of(document) == (alone, obj({}))
    a = obj({"f": obj({"x": STR}, type=["null", "object"], description="a")})
    b = obj({"f": obj({"x": STR}, description="b")})
    assert joined(a, b, "f") == (a, b)


def test_the_shallowest_model_is_joined_first_and_its_fields_take_the_first_places() -> None:
    """Joining ``data`` joins its field ``inner`` too (as the first place has it): the places of
    ``inner``'s own model then share one shape already."""
    a = obj({"data": obj({"inner": obj({"x": STR}, description="a's")})})
    b = obj({"data": obj({"inner": obj({"y": STR}, description="b's")})})
    document = two_gets(a, b)
    previous = {
        f"GET /{path} 200 {field}": name
        for path in "ab"
        for field, name in [("data", "Z"), ("data.inner", "A")]
    }
    keep_shared(document, "/s", previous, {"A", "Z"})
    both = obj({"data": obj({"inner": obj({"x": STR, "y": STR}, description="a's")})})
    assert bodies_of(document) == (both, both)


def scenario(zfield: str, suffix: str) -> dict[str, Any]:
    """Model Z at ``zfield`` of ``GET /b`` and ``GET /c``; model A at ``zfield + suffix`` of
    ``GET /a`` and ``GET /b`` (under Z there): A's first place comes first, Z is shallower."""

    def body(leaf: dict[str, Any]) -> dict[str, Any]:
        z = obj({"k": STR})
        if suffix.startswith("."):
            z["properties"][suffix[1:]] = leaf
        elif suffix == "{}":
            z["additionalProperties"] = leaf
        else:
            z["items"] = leaf
        return z if not zfield else obj({zfield: z})

    leaves = {"a": obj({"x": STR}), "b": obj({"y": STR}), "c": obj({"z": STR})}
    return {
        "paths": {
            f"/s/{op}": {"get": {"responses": {"200": json_body(body(leaf))}}} for op, leaf in leaves.items()
        }
    }


def leaf_of(document: dict[str, Any], op: str, zfield: str, suffix: str) -> Any:
    z = schema_of(document, f"/s/{op}", "get")
    z = z["properties"][zfield] if zfield else z
    if suffix.startswith("."):
        return z["properties"][suffix[1:]]
    return z["additionalProperties"] if suffix == "{}" else z["items"]


@pytest.mark.parametrize(
    ("zfield", "suffix", "a", "c"),
    [
        ("data", ".inner", ["x", "y", "z"], ["y", "z"]),
        ("", ".inner", ["x", "y", "z"], ["y", "z"]),
        ("data", "{}", ["x", "y"], ["y"]),  # a map's values are the first place's (not joined)
        ("data", "[]", ["x", "y"], ["y"]),
        ("da ta", ".inner", ["x", "y", "z"], ["y", "z"]),  # field names may hold spaces
        ("data", ".in ner", ["x", "y", "z"], ["y", "z"]),
    ],
)
def test_the_shallower_model_is_joined_first(zfield: str, suffix: str, a: list[str], c: list[str]) -> None:
    document = scenario(zfield, suffix)
    at = f" {zfield}" if zfield else ""
    inner = f"{zfield}{suffix}" if zfield else suffix.lstrip(".")
    previous = {
        "GET /b 200" + at: "Z",
        "GET /c 200" + at: "Z",
        f"GET /a 200 {inner}": "A",
        f"GET /b 200 {inner}": "A",
    }
    keep_shared(document, "/s", previous, {"A", "Z"})
    assert sorted(leaf_of(document, "a", zfield, suffix)["properties"]) == a
    assert sorted(leaf_of(document, "c", zfield, suffix)["properties"]) == c


def test_a_joined_place_keeps_its_own_description_or_none() -> None:
    a = obj({"f": obj({"x": STR}, description="a's")})
    b = obj({"f": obj({"y": STR})})
    assert joined(a, b, "f") == (
        obj({"f": obj({"x": STR, "y": STR}, description="a's")}),
        obj({"f": obj({"x": STR, "y": STR})}),
    )


@pytest.mark.parametrize(
    ("schemas", "expected"),
    [
        (
            [
                obj({"a": STR, "b": STR}, required=["a", "b"], description="1"),
                obj({"b": STR, "a": STR}, required=["b", "a"]),
            ],
            obj({"a": STR, "b": STR}, description="1", required=["a", "b"]),
        ),
        ([obj({"a": STR}, required=["a"]), obj({"a": STR})], obj({"a": STR})),
        ([obj({"a": STR}), obj({"a": STR}, required=["a"])], obj({"a": STR})),
        (
            [
                obj({"a": obj({"x": STR}, description="1")}),
                obj({"a": obj({"y": STR}, type=["object", "null"])}),
            ],
            obj({"a": obj({"x": STR, "y": STR}, type=["object", "null"])}),
        ),
        (
            [
                obj({"a": obj({"x": STR}, type=["object", "null"])}),
                obj({"a": obj({"x": STR}, description="2")}),
            ],
            obj({"a": obj({"x": STR}, type=["object", "null"])}),
        ),
        (
            [
                obj({"a": obj({"x": STR})}),
                obj({"a": obj({"x": STR}, description="2", type=["object", "null"])}),
            ],
            obj({"a": obj({"x": STR}, description="2", type=["object", "null"])}),
        ),
        (
            [
                obj({"l": {"type": "array", "items": obj({"x": STR})}}),
                obj({"l": {"type": ["array", "null"], "items": obj({"y": STR})}}),
            ],
            obj({"l": {"type": ["array", "null"], "items": obj({"x": STR, "y": STR})}}),
        ),
        ([obj({"a": STR}), obj({"a": obj({"x": STR})})], obj({"a": STR})),
        (
            [obj({"a": STR}), obj({"a": {"type": ["string", "null"]}})],
            obj({"a": {"type": ["string", "null"]}}),
        ),
        (
            [
                obj({"a": obj({"x": STR}, title="1")}),
                obj({"a": obj({"x": STR}, title="2", type=["object", "null"])}),
            ],
            obj({"a": obj({"x": STR}, title="2", type=["object", "null"])}),
        ),
        ([obj({"a": obj({"x": STR})}), obj({"a": STR})], obj({"a": obj({"x": STR})})),
        (
            [
                obj({"a": {"type": "array", "items": STR}}),
                obj({"a": {"type": "array", "items": obj({"x": STR})}}),
            ],
            obj({"a": {"type": "array", "items": STR}}),
        ),
        (
            [obj({"a": {"properties": {"x": STR}}}), obj({"a": obj({"y": STR})})],
            obj({"a": {"properties": {"x": STR}}}),
        ),
    ],
)
def test_union_of_objects(schemas: list[dict[str, Any]], expected: dict[str, Any]) -> None:
    before = copy.deepcopy(schemas)
    result = union(schemas)
    assert result == expected
    assert schemas == before
    assert list(result)[-1] in {"properties", "required"} and list(result).index("properties") == len(
        result
    ) - 1 - ("required" in result)


def test_union_shares_nothing_with_its_inputs() -> None:
    schemas = [
        obj({"a": obj({"x": STR}), "e": {"enum": ["1"]}}, examples=[{"a": {}}]),
        obj({"b": obj({"y": STR})}),
    ]
    result = union(schemas)
    result["examples"][0]["a"]["changed"] = True
    result["properties"]["a"]["properties"]["x"]["changed"] = True
    result["properties"]["b"]["properties"]["y"]["changed"] = True
    result["properties"]["e"]["enum"].append("2")
    assert schemas == [
        obj({"a": obj({"x": STR}), "e": {"enum": ["1"]}}, examples=[{"a": {}}]),
        obj({"b": obj({"y": STR})}),
    ]
