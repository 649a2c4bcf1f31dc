"""The reconciliation service against the W3C Reconciliation Service API v0.2, shape by shape:
each test names the requirement of the specification (or of its JSON schemas) it holds the
service to."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reconcile_http import fetch, serving

from gazetteer import Gazetteer
from gazetteer.reconcile import ReconcileError, manifest, reconcile
from gazetteer.suggest import entry_page, preview, suggest_properties, suggest_types

KHERSON_OBLAST = "UA65000000000030969"
KHERSON_CITY = "UA65100150010064384"


def results(gz: Gazetteer, query: dict[str, Any]) -> list[dict[str, Any]]:
    return reconcile(gz, {"q0": query})["q0"]["result"]


@pytest.fixture(scope="module")
def service(gz: Gazetteer) -> Iterator[str]:
    yield from serving(gz)


# -- queries: type_strict is one of "any", "should", "all" (the query batch schema's enum) --


def test_type_strict_outside_the_schemas_enum_is_a_malformed_query(gz: Gazetteer) -> None:
    with pytest.raises(ReconcileError, match="'type_strict' must be one of"):
        results(gz, {"query": "Kherson", "type": "M", "type_strict": "bogus"})


@pytest.mark.parametrize("strict", ["any", "should"])
def test_any_and_should_take_a_candidate_of_one_of_the_types(gz: Gazetteer, strict: str) -> None:
    found = results(gz, {"query": "Kherson", "type": ["O", "M"], "type_strict": strict})
    assert {r["id"] for r in found} == {KHERSON_CITY, KHERSON_OBLAST}


def test_all_takes_a_candidate_of_each_type(gz: Gazetteer) -> None:
    # a place is of one KATOTTG category: no oblast is a city; every city is a settlement
    assert results(gz, {"query": "Kherson", "type": ["O", "M"], "type_strict": "all"}) == []
    found = results(gz, {"query": "Kherson", "type": ["settlement", "M"], "type_strict": "all"})
    assert [r["id"] for r in found] == [KHERSON_CITY]


# -- a candidate's types, and the type hierarchy (v0.2: "add support for exposing type
# hierarchies": a type's optional `broader` types) --


def test_a_settlement_candidate_bears_the_settlement_type_it_was_asked_by(gz: Gazetteer) -> None:
    [city] = results(gz, {"query": "Kherson", "type": "settlement", "limit": 1})
    assert city["id"] == KHERSON_CITY
    assert [t["id"] for t in city["type"]] == ["M", "settlement"]
    [oblast] = results(gz, {"query": "Kherson", "type": "O", "limit": 1})
    assert [t["id"] for t in oblast["type"]] == ["O"]


def test_the_settlement_categories_name_settlement_as_broader(gz: Gazetteer) -> None:
    listed = {t["id"]: t for t in manifest(gz, "http://localhost:8000")["defaultTypes"]}
    assert listed["C"]["broader"] == [{"id": "settlement", "name": listed["settlement"]["name"]}]
    assert "broader" not in listed["O"] and "broader" not in listed["settlement"]
    assert all(isinstance(t["id"], str) and t["name"] for t in listed.values())


def test_every_candidate_has_the_result_schemas_fields(gz: Gazetteer) -> None:
    # required: id, name (strings), score (a number); match a boolean; type a list of {id, name}
    batch = {f"q{i}": {"query": q, "limit": 10} for i, q in enumerate(["Kharkov", "Lyman"])}
    for answer in reconcile(gz, batch).values():
        for candidate in answer["result"]:
            assert isinstance(candidate["id"], str) and isinstance(candidate["name"], str)
            assert isinstance(candidate["score"], float) and isinstance(candidate["match"], bool)
            assert all(set(t) == {"id", "name"} for t in candidate["type"])


# -- suggest services: "MUST accept GET queries with prefix and cursor", cursor "the number of
# suggestions to skip" --


def test_type_and_property_suggestions_skip_cursor_many(gz: Gazetteer) -> None:
    every_type = [t["id"] for t in suggest_types(gz, "")["result"]]
    assert len(every_type) == 9  # settlement and KATOTTG's eight categories
    assert [t["id"] for t in suggest_types(gz, "", cursor=2)["result"]] == every_type[2:]
    every_property = [p["id"] for p in suggest_properties(gz, "")["result"]]
    assert every_property[:4] == ["oblast", "raion", "hromada", "coordinates"]  # a query's
    assert [p["id"] for p in suggest_properties(gz, "", cursor=3)["result"]] == every_property[3:]


def test_property_suggestions_offer_the_columns_to_add_too(gz: Gazetteer) -> None:
    # OpenRefine's "Add columns from reconciled values" dialog searches suggest/property as
    # one types: name_uk, which extend answers, must be found, and said to be no query's
    found = suggest_properties(gz, "name")["result"]
    assert [p["id"] for p in found] == ["name_uk", "name_latin"]
    assert all("not read in a query" in p["description"] for p in found)
    assert [p["id"] for p in suggest_properties(gz, "Name (Ukr")["result"]] == ["name_uk"]


def test_the_service_reads_a_suggest_cursor_and_refuses_a_bad_one(service: str) -> None:
    status, _, text = fetch(f"{service}/suggest/property?prefix=&cursor=3")
    assert status == 200 and json.loads(text)["result"][0]["id"] == "coordinates"
    status, _, text = fetch(f"{service}/suggest/type?prefix=&cursor=-1")
    assert status == 400 and "'cursor'" in json.loads(text)["error"]


# -- property proposals: "SHOULD support an optional limit"; the response carries "the type
# identifier supplied" and "optionally, the requested limit" --


def test_property_proposals_keep_to_the_limit_and_say_it(service: str) -> None:
    status, _, text = fetch(f"{service}/properties?type=C&limit=2")
    answer = json.loads(text)
    assert status == 200 and answer["type"] == "C" and answer["limit"] == 2
    assert len(answer["properties"]) == 2
    for bad in ("x", "0", "-3"):
        status, _, text = fetch(f"{service}/properties?type=C&limit={bad}")
        assert status == 400 and "'limit' must be a positive whole number" in text


# -- malformed requests: a 4xx with a message saying what was wrong --


def test_an_empty_batch_parameter_is_refused_as_empty(service: str) -> None:
    # (a GET "without parameters" is the manifest; one whose queries= is blank is no manifest)
    for status, _, text in (
        fetch(f"{service}/reconcile?queries="),
        fetch(f"{service}/reconcile", {"queries": ""}),
        fetch(f"{service}/reconcile", {"extend": ""}),
    ):
        assert status == 400 and "is empty" in json.loads(text)["error"]


def test_a_single_query_that_is_not_json_is_named_as_query(service: str) -> None:
    status, _, text = fetch(f"{service}/reconcile?query=%7Bnot")
    assert status == 400 and json.loads(text)["error"].startswith("'query' is not JSON")


def test_jsonp_escapes_the_line_separators_javascript_would_break_on(service: str) -> None:
    # JSON allows U+2028/U+2029 raw inside strings; JavaScript before ES2019 ends a line there
    # (an unknown property's column is named by the id asked, as it was sent)
    asked = {"ids": ["UA63120270010096107"], "properties": [{"id": "x\u2028y"}]}
    url = f"{service}/reconcile?extend={urllib.parse.quote(json.dumps(asked))}&callback=cb"
    status, kind, text = fetch(url)
    assert status == 200 and kind == "application/javascript"
    assert "\u2028" not in text and '"x\\u2028y (unknown property' in text


# -- preview and view: "MUST resolve to an HTML page summarizing the entity" --


def test_preview_and_view_escape_a_name_s_markup(tmp_path: Path) -> None:
    own = tmp_path / "odd.tsv"
    own.write_text('id\tname\tcategory\tregion\nc1\tA<b>&"Q\tcity\tR<1>\n', encoding="utf-8")
    gz = Gazetteer.from_file(own)
    for page in (preview(gz, "c1"), entry_page(gz, "c1")):
        assert page is not None and "<b>&" not in page and "R<1>" not in page
        assert "A&lt;b&gt;&amp;&quot;Q" in page and "R&lt;1&gt;" in page
    card = preview(gz, "c1")
    assert card is not None and "city or town" in card  # the category's word, not its letter
