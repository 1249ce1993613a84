"""Every response model of the committed client takes any JSON object and gives it back unchanged.

No property of a response model is required and every one may be null (the docs' skeletons
state neither; request bodies, typed by the overlays, are not covered here), so for any JSON
object ``Model.from_dict(body).to_dict() == body`` must hold, with ``body`` left as it was. This
checks the templates' from_dict shortcuts (pass-through unions and lists, item parsers defined
once) on every model shape the client has, with JSON built from the models' own field names so
that nested models are reached.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import pkgutil
from typing import Any

import attrs
import realtimekit_client.models as models_package
from hypothesis import given, settings
from hypothesis import strategies as st


def _models() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(models_package.__path__):
        module = importlib.import_module(f"{models_package.__name__}.{info.name}")
        for _, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == module.__name__ and attrs.has(value) and "Response" in value.__name__:
                found.append(value)
    return sorted(found, key=lambda cls: cls.__name__)


MODELS = _models()
KEYS = sorted({field.name for model in MODELS for field in attrs.fields(model)} - {"additional_properties"})
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=4))
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=3)), inner, max_size=4),
    ),
    max_leaves=12,
)
BODY = st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=3)), JSON, max_size=5)


def test_the_client_has_its_models() -> None:
    assert len(MODELS) >= 60
    assert "FetchAllWebhooksDetailsResponse200" in {model.__name__ for model in MODELS}


@settings(max_examples=300, deadline=None)
@given(model=st.sampled_from(MODELS), body=BODY)
def test_from_dict_then_to_dict_gives_the_body_back(model: type[Any], body: dict[str, Any]) -> None:
    original = copy.deepcopy(body)
    parsed = model.from_dict(body)
    assert body == original
    assert parsed.to_dict() == body
