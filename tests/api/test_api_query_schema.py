"""The query parameters' rules live in /openapi.json: every value a filter's documented pattern or enum
allows is answered 200, values outside it are a 422 in the documented body, and dates are ISO strings
only (a number is never read as a Unix timestamp)."""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.api import read_routes

FILTERS = ("actor", "country", "event_country", "root", "plover", "factuality", "dyad", "cameo", "bbox")
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _parameters(client: TestClient, path: str) -> dict[str, dict[str, Any]]:
    operation = client.get("/openapi.json").json()["paths"][path]["get"]
    return {parameter["name"]: parameter["schema"] for parameter in operation["parameters"]}


def _pattern(schema: dict[str, Any]) -> str:
    """The pattern of a string parameter, or of one value of a multi-value one."""
    for option in schema.get("anyOf", [schema]):
        found = option.get("pattern") or option.get("items", {}).get("pattern")
        if found:
            return str(found)
    raise AssertionError(f"no pattern in {schema}")


def _assert_documented_422(client: TestClient, response: Any, name: str) -> None:
    """A 422 whose body is the documented ``HTTPValidationError``, naming the parameter."""
    assert response.status_code == 422, (name, response.text)
    spec = client.get("/openapi.json").json()
    shape = spec["components"]["schemas"]["HTTPValidationError"]
    jsonschema_rs.validator_for({**shape, "components": spec["components"]}).validate(response.json())
    assert any(name in item["loc"] for item in response.json()["errors"]), response.text


def test_every_shared_filter_documents_its_rule(api_client: TestClient) -> None:
    parameters = _parameters(api_client, "/api/v1/events")
    for name in FILTERS:
        re.compile(_pattern(parameters[name]))
    factuality = _pattern(parameters["factuality"])
    for value in ("asserted", "negated,planned", "asserted, possible", ""):
        assert re.fullmatch(factuality, value), value
    assert not re.fullmatch(factuality, "ASSERTED") and not re.fullmatch(factuality, "rumoured")


@settings(max_examples=40, deadline=None, suppress_health_check=HEALTH)
@given(data=st.data(), name=st.sampled_from(FILTERS))
def test_any_value_the_schema_allows_is_answered(
    api_client: TestClient, data: st.DataObject, name: str
) -> None:
    """Values drawn from the documented pattern itself: the validation may not refuse any of them."""
    pattern = _pattern(_parameters(api_client, "/api/v1/events")[name])
    value = data.draw(st.from_regex(pattern, fullmatch=True).filter(lambda text: "\n" not in text))
    for path in ("/api/v1/events", "/api/v1/timeline", "/api/v1/network"):
        response = api_client.get(path, params={name: value})
        assert response.status_code == 200, (path, name, value, response.text)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("country", "RUSSIA"),
        ("event_country", "U5A"),
        ("factuality", "rumoured"),
        ("factuality", "asserted,maybe"),
        ("plover", "CONSULT;DROP"),
        ("root", "4x"),
        ("dyad", "RUS;"),
        ("bbox", "0,95,10,40"),
        ("bbox", "200,0,10,40"),
    ],
)
def test_values_outside_the_schema_are_a_documented_422(
    api_client: TestClient, name: str, value: str
) -> None:
    pattern = _pattern(_parameters(api_client, "/api/v1/events")[name])
    assert not re.fullmatch(pattern, value)
    response = api_client.get("/api/v1/events", params={name: value})
    _assert_documented_422(api_client, response, name)
    message = response.json()["errors"][0]["msg"]
    assert message == f"{name} must be {read_routes.VALUE_FORMS[name]}", message
    assert value not in response.text  # the rejected input is not echoed


def test_every_patterned_filter_has_a_sentence_for_its_422(api_client: TestClient) -> None:
    for path in ("/api/v1/events", "/api/v1/clusters", "/api/v1/actors"):
        for name, schema in _parameters(api_client, path).items():
            if "pattern" in str(schema) and name not in ("a", "b"):
                assert name in read_routes.VALUE_FORMS, (path, name)


def test_a_box_takes_its_latitudes_in_either_order(api_client: TestClient) -> None:
    def events(box: str) -> Any:
        response = api_client.get("/api/v1/events", params={"bbox": box, "limit": 500})
        assert response.status_code == 200, response.text
        return response.json()

    assert events("-20,60,40,30") == events("-20,30,40,60")


NUMBERS = ("0", "0.0", "1700000000", "20250807", "-1", "1e9")


@pytest.mark.parametrize("value", NUMBERS)
@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/api/v1/articles", "since"),
        ("/api/v1/articles", "until"),
        ("/api/v1/articles", "updated_since"),
        ("/api/v1/events", "since"),
        ("/api/v1/events", "until"),
        ("/api/v1/events", "updated_since"),
        ("/api/v1/clusters", "until"),
        ("/api/v1/timeline", "since"),
    ],
)
def test_a_number_is_never_read_as_a_date(api_client: TestClient, path: str, name: str, value: str) -> None:
    response = api_client.get(path, params={name: value})
    _assert_documented_422(api_client, response, name)
    assert "not a number" in response.json()["errors"][0]["msg"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("since", "2025-08-07"),
        ("until", "2025-08-07"),
        ("updated_since", "2025-08-07T10:00:00Z"),
        ("updated_since", "2025-08-07T10:00:00+02:00"),
        ("updated_since", "2025-08-07"),
    ],
)
def test_iso_dates_are_read(api_client: TestClient, name: str, value: str) -> None:
    for path in ("/api/v1/articles", "/api/v1/events"):
        assert api_client.get(path, params={name: value}).status_code == 200, (path, name, value)


def test_posted_dates_are_iso_strings(api_client: TestClient, auth: dict[str, str]) -> None:
    text = "Russian President Vladimir Putin met U.S. President Donald Trump in Alaska on Friday."
    for date in (20250807, "20250807", 1.5, "1700000000"):
        response = api_client.post("/api/v1/code", json={"text": text, "date": date}, headers=auth)
        _assert_documented_422(api_client, response, "date")
    response = api_client.post("/api/v1/code", json={"text": text, "date": "2025-08-07"}, headers=auth)
    assert response.status_code == 200, response.text
