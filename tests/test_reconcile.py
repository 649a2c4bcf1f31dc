"""The reconciliation API (OpenRefine): the manifest, queries, types, properties, errors, and
the HTTP service that answers them."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from reconcile_http import fetch, serving

from gazetteer import Gazetteer
from gazetteer.cli import main
from gazetteer.reconcile import ReconcileError, manifest, read_queries, reconcile
from gazetteer.serve import make_server

KHARKIV = "UA63120270010096107"
KHERSON_OBLAST = "UA65000000000030969"
KHERSON_CITY = "UA65100150010064384"
BERYSLAV_RAION = "UA65020000000032929"


def results(gz: Gazetteer, query: dict[str, Any]) -> list[dict[str, Any]]:
    return reconcile(gz, {"q0": query})["q0"]["result"]


def test_the_manifest_names_the_version_the_types_and_a_view(gz: Gazetteer) -> None:
    found = manifest(gz, "http://localhost:8000/")
    assert "0.2" in found["versions"]
    assert found["identifierSpace"] and found["schemaSpace"]
    assert found["view"]["url"] == "http://localhost:8000/entity/{{id}}"
    types = {t["id"] for t in found["defaultTypes"]}
    assert {"settlement", "O", "P", "H", "M", "X", "C"} <= types


def test_a_sure_answer_is_a_match(gz: Gazetteer) -> None:
    found = results(gz, {"query": "Kharkov"})
    assert found[0]["id"] == KHARKIV and found[0]["match"] is True
    assert found[0]["name"] == "Харків" and found[0]["type"][0]["id"] == "M"
    assert "exonym" in found[0]["description"]


def test_namesakes_are_candidates_none_of_them_a_match(gz: Gazetteer) -> None:
    found = results(gz, {"query": "Lyubymivka", "properties": [{"pid": "oblast", "v": "Kherson"}]})
    assert len(found) >= 3
    assert not any(r["match"] for r in found)
    assert all(r["id"].startswith("UA65") for r in found[:3])  # the hint ranks its oblast first


def test_a_raion_property_tells_namesakes_apart(gz: Gazetteer) -> None:
    found = results(
        gz,
        {
            "query": "Lyubymivka",
            "properties": [
                {"pid": "oblast", "v": "Kherson"},
                {"pid": "raion", "v": "Beryslavskyi"},
            ],
        },
    )
    assert found[0]["id"] == "UA65020150020078280" and found[0]["match"] is True


def test_a_type_asks_for_a_level(gz: Gazetteer) -> None:
    oblast = results(gz, {"query": "Kherson", "type": "O"})
    assert [r["id"] for r in oblast] == [KHERSON_OBLAST] and oblast[0]["match"] is True
    city = results(gz, {"query": "Kherson", "type": "settlement"})
    assert city[0]["id"] == KHERSON_CITY and city[0]["match"] is True
    raion = results(gz, {"query": "Beryslav", "type": {"id": "P", "name": "raion"}})
    assert raion[0]["id"] == BERYSLAV_RAION


def test_villages_asked_for_beside_a_city_of_the_name_stay_ambiguous(gz: Gazetteer) -> None:
    found = results(gz, {"query": "Ivanivka", "type": "C", "properties": [
        {"pid": "oblast", "v": "Kherson"}]})  # fmt: skip
    assert len(found) > 1 and {r["type"][0]["id"] for r in found} == {"C"}
    assert not any(r["match"] for r in found)


def test_limit_and_the_single_string_form(gz: Gazetteer) -> None:
    assert len(results(gz, {"query": "Ivanivka", "limit": 2})) == 2
    assert reconcile(gz, {"a": "Kharkov"})["a"]["result"][0]["id"] == KHARKIV
    assert results(gz, {"query": "   "}) == []


@pytest.mark.parametrize(
    ("queries", "message"),
    [
        ({"q0": {"text": "Kyiv"}}, "no 'query' text"),
        ({"q0": {"query": "Kyiv", "limit": 0}}, "'limit' must be a positive whole number"),
        ({"q0": {"query": "Kyiv", "type": "Q515"}}, "unknown type 'Q515'"),
        ({"q0": {"query": "Kyiv", "properties": [{"pid": "", "v": "x"}]}}, "without 'pid'"),
        # (a pid that is a number, or a property that is a bare string, was "without 'pid'")
        ({"q0": {"query": "Kyiv", "properties": [{"pid": 5, "v": "x"}]}}, "'pid' 5 is no text"),
        ({"q0": {"query": "Kyiv", "properties": ["oblast"]}}, "a property that is no object"),
        ({"q0": {"query": "Kyiv", "properties": {"pid": "oblast"}}}, "must be a list"),
        ({"q0": 5}, "must be an object"),
    ],
)
def test_a_malformed_query_is_named_in_the_error(
    gz: Gazetteer, queries: dict[str, Any], message: str
) -> None:
    with pytest.raises(ReconcileError, match=message):
        reconcile(gz, queries)


def test_one_bad_query_leaves_the_rest_of_its_batch_answered(gz: Gazetteer) -> None:
    answers = reconcile(
        gz,
        {
            "q0": {"query": "Kharkov"},
            "q1": {"query": "Kyiv", "type": [["M"]]},  # (a list is no type id)
            "q2": {"query": "Kyiv", "limit": 0},
            "q3": {"query": "Kherson", "limit": 2.0},  # JSON's 2.0 is 2
        },
    )
    assert answers["q0"]["result"][0]["id"] == KHARKIV
    assert answers["q1"]["result"] == answers["q2"]["result"] == []
    assert len(answers["q3"]["result"]) == 2


def test_a_limit_over_five_brings_the_further_namesakes(gz: Gazetteer) -> None:
    # Ukraine has some fifty villages called Антонівка; a resolution shows five of them.
    found = results(gz, {"query": "Antonivka", "limit": 40})
    assert len(found) == 40 and len({r["id"] for r in found}) == 40
    assert not any(r["match"] for r in found)


def test_property_values_as_lists_and_reconciled_ids(gz: Gazetteer) -> None:
    by_list = results(gz, {"query": "Kherson", "properties": [{"pid": "oblast", "v": ["", "65"]}]})
    assert by_list[0]["id"] == KHERSON_CITY
    # a raion cell reconciled earlier carries its code: the raion is read by the code's name
    raion = {"pid": "raion", "v": {"id": BERYSLAV_RAION}}
    found = results(gz, {"query": "Lyubymivka", "properties": [raion]})
    assert found[0]["id"].startswith("UA6502") and found[0]["match"]


def test_queries_that_are_not_a_json_object_are_refused() -> None:
    with pytest.raises(ReconcileError, match="not JSON"):
        read_queries('{"q0": ')
    with pytest.raises(ReconcileError, match="JSON object"):
        read_queries('["Kyiv"]')


def test_your_own_gazetteer_is_served_with_its_own_categories(tmp_path: Path) -> None:
    path = tmp_path / "units.tsv"
    path.write_text("id\tname\tcategory\nB1\tAlpha Brigade\tbrigade\nR7\tRiver Guard\tunit\n")
    own = Gazetteer.from_file(path)
    assert {t["id"] for t in manifest(own, "http://x")["defaultTypes"]} == {"brigade", "unit"}
    found = results(own, {"query": "Alfa Brigade", "type": "brigade"})
    assert found[0]["id"] == "B1"


def test_a_user_gazetteers_category_words_are_types_by_those_words(tmp_path: Path) -> None:
    path = tmp_path / "towns.csv"
    path.write_text("id,name,category\nP1,Sopot,town\nP2,Warszawa,capital\n", encoding="utf-8")
    own = Gazetteer.from_file(path)
    named = {t["id"]: t["name"] for t in manifest(own, "http://x")["defaultTypes"]}
    assert named["M"] == "city or town" and named["K"] == "capital"
    assert results(own, {"query": "Sopot", "type": "town"})[0]["id"] == "P1"


# -- over HTTP ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def service(gz: Gazetteer) -> Iterator[str]:
    yield from serving(gz)


def test_the_service_answers_the_manifest_and_a_posted_batch(service: str) -> None:
    status, kind, text = fetch(f"{service}/reconcile")
    assert status == 200 and kind.startswith("application/json")
    assert json.loads(text)["view"]["url"] == f"{service}/entity/{{{{id}}}}"
    queries = json.dumps({"q0": {"query": "Kharkov"}, "q1": {"query": "Rovno"}})
    status, _, text = fetch(f"{service}/reconcile", {"queries": queries})
    answer = json.loads(text)
    assert status == 200 and answer["q0"]["result"][0]["id"] == KHARKIV
    assert answer["q1"]["result"][0]["name"] == "Рівне"


def test_the_service_answers_get_queries_and_jsonp(service: str) -> None:
    queries = urllib.parse.quote(json.dumps({"q0": {"query": "Kharkov"}}))
    status, kind, text = fetch(f"{service}/?queries={queries}&callback=cb")
    assert status == 200 and kind == "application/javascript"
    assert text.startswith("cb(") and KHARKIV in text


def test_the_service_refuses_bad_requests_with_a_json_error(service: str) -> None:
    status, _, text = fetch(f"{service}/reconcile", {"queries": "{not json"})
    assert status == 400 and "not JSON" in json.loads(text)["error"]
    status, _, text = fetch(f"{service}/reconcile?callback=alert(1)")
    assert status == 400 and "callback" in json.loads(text)["error"]
    status, _, _ = fetch(f"{service}/elsewhere")
    assert status == 404


def test_a_jsonp_error_reaches_the_page(service: str) -> None:
    # a browser runs no <script> sent with an error status: the error must come as a 200
    status, kind, text = fetch(f"{service}/reconcile?queries=%7Bnot+json&callback=cb")
    assert status == 200 and kind == "application/javascript"
    assert text.startswith("cb(") and "not JSON" in json.loads(text[3:-2])["error"]


@pytest.mark.parametrize("body", [b'{"q0": {"query": "Kyiv"}}', b'{"q0": {"query": "a=b"}}'])
def test_a_json_body_is_refused_with_what_the_service_reads(service: str, body: bytes) -> None:
    request = urllib.request.Request(f"{service}/reconcile", data=body, method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 400 and "queries=" in refused.value.read().decode()


@pytest.mark.parametrize("query", [{}, {"query": "-"}, {"query": " , "}])
def test_a_query_of_properties_alone_finds_nothing(gz: Gazetteer, query: dict[str, str]) -> None:
    # the raion around a place is no answer for the place (it had been the raion, sure)
    asked = {**query, "properties": [{"pid": "raion", "v": "Бучанський"}]}
    assert results(gz, asked) == []


def test_a_silent_client_holds_up_no_other(service: str) -> None:
    host, port = urllib.parse.urlsplit(service).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=30) as idle:
        idle.sendall(b"POST /reconcile HTTP/1.1\r\nContent-Length: 100\r\n\r\nqueries=")
        status, _, text = fetch(f"{service}/reconcile?query=Kharkov")
    assert status == 200 and json.loads(text)["result"][0]["id"] == KHARKIV


def test_head_and_a_cors_preflight_are_answered(service: str) -> None:
    head = urllib.request.Request(f"{service}/reconcile", method="HEAD")
    with urllib.request.urlopen(head, timeout=30) as response:
        assert response.status == 200 and response.read() == b""
        assert int(response.headers["Content-Length"]) > 0
    preflight = urllib.request.Request(f"{service}/reconcile", method="OPTIONS")
    with urllib.request.urlopen(preflight, timeout=30) as response:
        assert response.status == 204
        assert "POST" in response.headers["Access-Control-Allow-Methods"]


def test_the_view_shows_an_entry_and_its_units(service: str) -> None:
    status, kind, text = fetch(f"{service}/entity/UA65020150020078280")
    assert status == 200 and kind.startswith("text/html")
    assert "Любимівка" in text and "Бериславський" in text and "Херсонська" in text
    status, _, _ = fetch(f"{service}/entity/UA00000000000000000")
    assert status == 404


def test_the_command_is_listed_and_refuses_a_taken_port(gz: Gazetteer) -> None:
    runner = CliRunner()
    assert "reconciliation API" in runner.invoke(main, ["--help"]).output
    server = make_server(gz, "127.0.0.1", 0)
    try:
        port = server.server_address[1]
        result = runner.invoke(main, ["serve", "--port", str(port)])
        assert result.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in result.output
    finally:
        server.server_close()


# -- suggest and preview --------------------------------------------------------------------


def test_the_manifest_offers_suggest_and_preview(gz: Gazetteer) -> None:
    found = manifest(gz, "http://h:1")
    assert found["suggest"]["entity"] == {
        "service_url": "http://h:1",
        "service_path": "/suggest/entity",
    }
    assert found["preview"]["url"] == "http://h:1/preview/{{id}}"


@pytest.mark.parametrize(
    ("prefix", "first"),
    [("Khers", "Херсон"), ("Любим", "Любимівка"), ("Kharkov", "Харків"), ("Artemovsk", "Бахмут")],
)
def test_names_are_suggested_as_they_are_typed(gz: Gazetteer, prefix: str, first: str) -> None:
    from gazetteer.suggest import suggest_entities

    result = suggest_entities(gz, prefix)["result"]
    assert result[0]["name"] == first and len(result) <= 10
    assert {"id", "name", "description"} <= set(result[0])


def test_a_city_s_beginning_suggests_the_city_before_villages(gz: Gazetteer) -> None:
    # Kharko begins Харків's Russian name Харьков, not its own: the villages Харкове
    # (UA23100270230082942, UA74080190400038921) had come first, the city third
    from gazetteer.suggest import suggest_entities

    ids = [r["id"] for r in suggest_entities(gz, "Kharko")["result"]]
    assert ids[0] == "UA63120270010096107"  # Харків
    ids += [r["id"] for r in suggest_entities(gz, "Kharko", cursor=10)["result"]]
    assert {"UA23100270230082942", "UA74080190400038921"} <= set(ids)  # (still offered)


def test_suggestions_page_and_stay_silent_on_too_little(gz: Gazetteer) -> None:
    from gazetteer.suggest import suggest_entities, suggest_properties, suggest_types

    first = [r["id"] for r in suggest_entities(gz, "Lyub")["result"]]
    second = [r["id"] for r in suggest_entities(gz, "Lyub", cursor=10)["result"]]
    assert len(first) == 10 and second and not set(first) & set(second)
    assert suggest_entities(gz, "K")["result"] == []
    assert [t["id"] for t in suggest_types(gz, "vil")["result"]] == ["C"]
    assert [p["id"] for p in suggest_properties(gz, "ra")["result"]] == ["raion"]


def test_the_service_suggests_and_previews(service: str) -> None:
    status, _, text = fetch(f"{service}/suggest/entity?prefix=Khers")
    assert status == 200 and json.loads(text)["result"][0]["id"] == "UA65100150010064384"
    status, kind, text = fetch(f"{service}/preview/UA65020150020078280")
    assert status == 200 and kind.startswith("text/html") and "Любимівка" in text
    assert fetch(f"{service}/suggest/entity?prefix=Kyiv&cursor=x")[0] == 400
    assert fetch(f"{service}/suggest/places?prefix=Kyiv")[0] == 404


def test_a_bad_content_length_is_refused_with_a_message(service: str) -> None:
    import http.client

    host, port = service.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.putrequest("POST", "/reconcile")
    connection.putheader("Content-Length", "abc")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 400 and b"Content-Length" in response.read()
    connection.close()


# -- data extension -------------------------------------------------------------------------


def test_reconciled_entries_are_extended_with_their_units(gz: Gazetteer) -> None:
    from gazetteer.extend import extend, propose_properties

    assert {"oblast", "raion", "name_latin"} <= {
        p["id"] for p in propose_properties(gz, "C")["properties"]
    }
    found = extend(
        gz,
        {
            "ids": ["UA65020150020078280", "UA00000000000000000"],
            "properties": [{"id": "oblast_iso"}, {"id": "raion"}, {"id": "name_latin"}],
        },
    )
    assert [m["id"] for m in found["meta"]] == ["oblast_iso", "raion", "name_latin"]
    row = found["rows"]["UA65020150020078280"]
    assert row["oblast_iso"] == [{"str": "UA-65"}]
    assert row["raion"] == [{"id": BERYSLAV_RAION, "name": "Бериславський"}]
    assert row["name_latin"] == [{"str": "Liubymivka"}]
    assert found["rows"]["UA00000000000000000"]["raion"] == []  # an unknown code: no values


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        ({"ids": "UA65", "properties": [{"id": "oblast"}]}, "'ids'"),
        ({"ids": ["UA65"], "properties": []}, "'properties'"),
        ({"ids": ["UA65"], "properties": [{"name": "population"}]}, "each property"),
    ],
)
def test_a_malformed_extension_is_named_in_the_error(
    gz: Gazetteer, request_: dict[str, Any], message: str
) -> None:
    from gazetteer.extend import extend

    with pytest.raises(ReconcileError, match=message):
        extend(gz, request_)


def test_an_unknown_property_is_left_aside_not_the_request(gz: Gazetteer) -> None:
    from gazetteer.extend import extend

    found = extend(
        gz,
        {
            "ids": ["UA65020150020078280"],
            "properties": [{"id": "population"}, {"id": "Oblast_ISO"}, {"id": "oblast_iso"}],
        },
    )
    # the data extension response's shape: every column an id and a name, every cell a list
    assert [m["id"] for m in found["meta"]] == ["population", "Oblast_ISO", "oblast_iso"]
    assert all(isinstance(m["name"], str) and m["name"] for m in found["meta"])
    assert "unknown" in found["meta"][0]["name"]
    row = found["rows"]["UA65020150020078280"]
    assert row == {
        "population": [],
        "Oblast_ISO": [{"str": "UA-65"}],
        "oblast_iso": [{"str": "UA-65"}],
    }


def test_the_service_extends_and_proposes_properties(service: str) -> None:
    status, _, text = fetch(f"{service}/properties?type=C")
    assert status == 200 and "raion" in {p["id"] for p in json.loads(text)["properties"]}
    request = json.dumps({"ids": ["UA80000000000093317"], "properties": [{"id": "category"}]})
    status, _, text = fetch(f"{service}/reconcile", {"extend": request})
    answer = json.loads(text)
    assert status == 200
    assert answer["rows"]["UA80000000000093317"]["category"] == [
        {"str": "city with special status"}
    ]
    assert fetch(f"{service}/reconcile", {"extend": "[1]"})[0] == 400
    manifest_text = fetch(f"{service}/reconcile")[2]
    assert (
        json.loads(manifest_text)["extend"]["propose_properties"]["service_path"] == "/properties"
    )


def test_the_serve_command_listens_and_answers(repo_root: Path) -> None:
    import os
    import re
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(repo_root), PYTHONIOENCODING="utf-8")
    command = [sys.executable, "-c", "from gazetteer.cli import main; main()", "serve"]
    process = subprocess.Popen(
        [*command, "--port", "0"], stderr=subprocess.PIPE, text=True, env=env, cwd=repo_root
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()  # the address, once the gazetteer is loaded
        found = re.search(r"(http://[\d.]+:\d+)/reconcile", line)
        assert found, line
        status, _, text = fetch(f"{found.group(1)}/reconcile?queries=" + urllib.parse.quote(
            json.dumps({"q0": {"query": "Kharkov"}})))  # fmt: skip
        assert status == 200 and json.loads(text)["q0"]["result"][0]["id"] == KHARKIV
    finally:
        process.terminate()
        process.communicate(timeout=30)  # (closes the pipe too)


@pytest.mark.parametrize(
    "properties",
    [
        [{"pid": "Oblast", "v": "Kherson"}, {"pid": " Raion ", "v": "Beryslavskyi"}],  # as typed
        [{"p": "oblast", "v": "Kherson"}, {"p": "raion", "v": "Beryslavskyi"}],  # v0.1: p alone
        [{"p": "oblast", "pid": "", "v": "Kherson"}, {"p": "raion", "v": "Beryslavskyi"}],
        # an id of spaces is none either (had failed the query: unknown property '')
        [{"p": "Oblast", "pid": " ", "v": "Kherson"}, {"p": "raion", "v": "Beryslavskyi"}],
    ],
)
def test_a_property_typed_in_another_case_or_named_by_p_is_read(
    gz: Gazetteer, properties: list[dict[str, str]]
) -> None:
    # OpenRefine sends the text typed in its column dialog as the property's id, and v0.1
    # clients name a property by "p"; either once failed the whole batch as unknown.
    found = results(gz, {"query": "Lyubymivka", "properties": properties})
    assert found[0]["id"] == "UA65020150020078280" and found[0]["match"] is True


def test_an_unknown_property_is_left_aside_and_named(gz: Gazetteer) -> None:
    # The API leaves to the service how properties weigh; OpenRefine sends whatever was typed
    # in its column dialog (Wikidata's P17 "country" among them). Such a property once failed
    # its query, and a batch of them all was refused with a 400.
    asked = [{"pid": "P17", "v": "Ukraine"}, {"pid": "oblast", "v": "Kherson"}]
    found = results(
        gz, {"query": "Lyubymivka", "properties": [*asked, {"pid": "Raion", "v": "Beryslavskyi"}]}
    )
    assert found[0]["id"] == "UA65020150020078280" and found[0]["match"] is True
    assert all(
        r["description"].endswith("(known: oblast, raion, hromada, coordinates)") for r in found
    )
    assert "unknown property 'P17'" in found[0]["description"]


def test_an_unknown_property_named_twice_in_two_cases_is_named_once(gz: Gazetteer) -> None:
    asked = [{"pid": "P17", "v": "Ukraine"}, {"pid": "p17", "v": "UA"}]
    found = reconcile(gz, {"q0": {"query": "Kherson", "type": "M", "properties": asked}})
    description = found["q0"]["result"][0]["description"]
    assert "unknown property 'P17' (known:" in description
    assert "p17" not in description
    plain = results(gz, {"query": "Kharkov"})[0]["description"]
    assert "unknown property" not in plain


def test_a_batch_of_unknown_properties_is_answered(service: str) -> None:
    batch = {f"q{i}": {"query": name, "properties": [{"pid": "population", "v": "1000"}]}
             for i, name in enumerate(["Kharkov", "Kherson"])}  # fmt: skip
    status, _, text = fetch(f"{service}/reconcile", {"queries": json.dumps(batch)})
    assert status == 200
    answer = json.loads(text)
    assert answer["q0"]["result"][0]["id"] == KHARKIV and answer["q0"]["result"][0]["match"]
    assert answer["q1"]["result"]


def test_an_extended_column_of_units_names_its_type(gz: Gazetteer) -> None:
    # The API: a column whose values are entities may give their type in the metadata, so
    # that the new column is reconciled against it (raions are KATOTTG's P, hromadas H).
    from gazetteer.extend import extend

    found = extend(
        gz,
        {
            "ids": ["UA65020150020078280", KHARKIV, "UA80000000000093317"],
            "properties": [{"id": "raion"}, {"id": "hromada"}, {"id": "parent"}, {"id": "oblast"}],
        },
    )
    meta = {m["id"]: m.get("type") for m in found["meta"]}
    assert meta["raion"] == {"id": "P", "name": "raion"}
    assert meta["hromada"] == {"id": "H", "name": "hromada"}
    assert meta["parent"] == {"id": "H", "name": "hromada"}  # (a village's and a city's: hromadas)
    assert meta["oblast"] is None  # (a text column has no type)
    mixed = extend(
        gz, {"ids": ["UA65020150020078280", BERYSLAV_RAION], "properties": [{"id": "parent"}]}
    )
    assert "type" not in mixed["meta"][0]  # a hromada and an oblast: no one type
