"""A query in a wrong encoding (mojibake) says so in the machine-readable outputs too:
``lookup --json`` and ``lookup - --json`` records (``misread``, ``read_as``), ``extract
--json`` mentions (``misread``), and reconciliation candidates (the description, and a
``mojibake`` feature), where a program or OpenRefine's user would look for it."""

from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request

from click.testing import CliRunner

from gazetteer import Gazetteer
from gazetteer.cli import main
from gazetteer.reconcile import reconcile
from gazetteer.serve import make_server

KHARKIV, LVIV = "UA63120270010096107", "UA46060250010015970"  # data/katottg.tsv
AS_CP1252 = "Ð¥Ð°Ñ€ÐºÑ–Ð²"  # Харків's UTF-8 read as Windows-1252
AS_LATIN1 = "Ëüâ³â"  # Львів's Windows-1251 read as Latin-1
CP1252 = "UTF-8 read as Windows-1252"


def test_lookup_json_records_say_how_the_text_was_misread() -> None:
    done = CliRunner().invoke(main, ["lookup", AS_CP1252, "--json"])
    assert done.exit_code == 0, done.output
    records = json.loads(done.output)
    assert records[0]["code"] == KHARKIV
    assert {(r["misread"], r["read_as"]) for r in records} == {(CP1252, "Харків")}
    plain = json.loads(CliRunner().invoke(main, ["lookup", "Харків", "--json"]).output)
    assert plain[0]["code"] == KHARKIV
    assert not {"misread", "read_as"} & set(plain[0])  # only a read-back query's records


def test_lookup_lines_json_too() -> None:
    done = CliRunner().invoke(main, ["lookup", "-", "--json"], input=f"{AS_LATIN1}\nLviv\n")
    assert done.exit_code == 0, done.output
    misread, plain = map(json.loads, done.output.splitlines())
    assert (misread["code"], misread["misread"], misread["read_as"]) == (
        LVIV,
        "Windows-1251 read as Latin-1",
        "Львів",
    )
    assert plain["code"] == LVIV and "misread" not in plain


def test_extract_json_mentions_too() -> None:
    text = "Обстріли Харкова".encode("cp1251").decode("latin-1")
    done = CliRunner().invoke(main, ["extract", text, "--json"])
    assert done.exit_code == 0, done.output
    [mention] = json.loads(done.output)
    # (the query, read back, keeps the noun of attack that declines the name)
    assert (mention["code"], mention["text"], mention["query"]) == (
        KHARKIV,
        "Õàðêîâà",
        "Обстріли Харкова",
    )
    assert mention["misread"] == "Windows-1251 read as Latin-1"


def test_reconciliation_candidates_say_so(gz: Gazetteer) -> None:
    answer = reconcile(gz, {"q0": {"query": AS_CP1252}, "q1": {"query": "Харків"}})
    [misread], [plain] = answer["q0"]["result"], answer["q1"]["result"]
    assert (misread["id"], misread["match"]) == (KHARKIV, True)
    assert misread["features"] == [{"id": "mojibake", "value": True}]
    assert misread["description"] == (
        f"{plain['description']}; the text was mojibake ({CP1252}): read as Харків"
    )
    assert plain["id"] == KHARKIV and "features" not in plain


def test_the_service_serves_them(gz: Gazetteer) -> None:
    server = make_server(gz, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        queries = json.dumps({"q0": {"query": AS_LATIN1}})
        body = urllib.parse.urlencode({"queries": queries}).encode()
        with urllib.request.urlopen(f"http://{host}:{port}/reconcile", body, timeout=30) as r:
            candidate, *others = json.loads(r.read())["q0"]["result"]
    finally:
        server.shutdown()
        server.server_close()
    assert (candidate["id"], candidate["features"]) == (LVIV, [{"id": "mojibake", "value": True}])
    assert candidate["description"].endswith("(Windows-1251 read as Latin-1): read as Львів")
    assert all(c["features"] == candidate["features"] for c in others)  # (the villages Львів)
