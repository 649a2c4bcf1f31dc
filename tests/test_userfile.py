"""``Gazetteer.from_file``: a gazetteer of your own, in TSV or CSV."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, GazetteerError, GazetteerFileError

TSV = (
    "# German and Greek places, for the tests\n"
    "id\tname\talt_names\tregion\tcategory\tparent\n"
    "DE-BY\tBayern\tBavaria\t\tstate\t\n"
    "DE-MUC\tMünchen\tMunich|Monaco di Baviera\tBayern\tcity\tDE-BY\n"
    "DE-NUE\tNürnberg\tNuremberg\tBayern\tcity\tDE-BY\n"
    "DE-NS1\tNeustadt\t\tBayern\tvillage\tDE-BY\n"
    "DE-NS2\tNeustadt\t\tSachsen\tvillage\t\n"
    "GR-ATH\tΑθήνα\tAthens|Athen\tAttiki\tcity\t\n"
    "GR-SKG\tΘεσσαλονίκη\tThessaloniki|Saloniki\tKentriki Makedonia\tcity\t\n"
)
CSV = (
    "id,name,alt_names,region\n"
    "DE-MUC,München,Munich,Bayern\n"
    'DE-KOE,Köln,"Cologne|Colonia, Agrippina",Nordrhein-Westfalen\n'
)


@pytest.fixture
def tsv_gz(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "places.tsv"
    path.write_text(TSV, encoding="utf-8")
    return Gazetteer.from_file(path)


def test_tsv_entries(tsv_gz: Gazetteer) -> None:
    assert len(tsv_gz) == 7
    munich = tsv_gz.entry("DE-MUC")
    assert munich.name_uk == "München"
    assert munich.name == "München"  # a Latin name is its Latin spelling, as written
    assert munich.category == "M"  # "city" ranks like a KATOTTG city
    assert munich.oblast == "Bayern"
    assert munich.parent == "DE-BY"
    assert tsv_gz.oblasts is None


@pytest.mark.parametrize(
    ("query", "code", "kind"),
    [
        ("Munich", "DE-MUC", "exonym"),
        ("München", "DE-MUC", "exact"),
        ("Munchen", "DE-MUC", "exact"),
        ("Muenchen", "DE-MUC", "exact"),  # (ü as German writes it without: ue)
        ("Nuremberg", "DE-NUE", "exonym"),
        ("Athens", "GR-ATH", "exonym"),
        ("Αθήνα", "GR-ATH", "exact"),
        ("Saloniki", "GR-SKG", "exonym"),
        ("Thessaloniki", "GR-SKG", "exonym"),
    ],
)
def test_lookup_names_and_exonyms(tsv_gz: Gazetteer, query: str, code: str, kind: str) -> None:
    best = tsv_gz.lookup(query)[0]
    assert (best.entry.code, best.kind) == (code, kind)
    assert not best.ambiguous


def test_typo_in_a_user_gazetteer(tsv_gz: Gazetteer) -> None:
    assert tsv_gz.lookup("Nurnbreg")[0].entry.code == "DE-NUE"


def test_region_hint(tsv_gz: Gazetteer) -> None:
    both = tsv_gz.lookup("Neustadt")
    assert {m.entry.code for m in both} == {"DE-NS1", "DE-NS2"}
    assert all(m.ambiguous for m in both)
    assert tsv_gz.resolve("Neustadt").status == "ambiguous"
    saxony = tsv_gz.resolve("Neustadt", oblast="Sachsen")
    assert saxony.status == "matched"
    assert saxony.best is not None and saxony.best.entry.code == "DE-NS2"
    assert tsv_gz.lookup("Neustadt", oblast="bayern")[0].entry.code == "DE-NS1"
    assert tsv_gz.lookup("Neustadt, Sachsen")[0].entry.code == "DE-NS2"
    assert tsv_gz.hint_oblasts("Sachsen") == ("Sachsen",)


def test_mixed_case_ids_can_be_fetched_as_written(tmp_path: Path) -> None:
    path = tmp_path / "lower.tsv"
    path.write_text(TSV.replace("DE-", "de-").replace("GR-", "gr-"), encoding="utf-8")
    gz = Gazetteer.from_file(path)
    assert gz.lookup("Munich")[0].entry.code == "de-MUC"
    assert gz.get("de-MUC") is not None
    assert [e.code for e in gz.hierarchy("de-MUC")] == ["de-BY", "de-MUC"]


def test_children_and_hierarchy(tsv_gz: Gazetteer) -> None:
    assert [e.code for e in tsv_gz.children("DE-BY")] == ["DE-MUC", "DE-NUE", "DE-NS1"]
    assert [e.code for e in tsv_gz.hierarchy("DE-NUE")] == ["DE-BY", "DE-NUE"]


def test_csv(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    gz = Gazetteer.from_file(path)
    assert len(gz) == 2
    assert gz.lookup("Cologne")[0].entry.code == "DE-KOE"
    # A quoted cell keeps its comma: one alternative name, "Colonia, Agrippina".
    assert gz.lookup("Colonia Agrippina")[0].entry.code == "DE-KOE"
    assert gz.entry("DE-KOE").oblast == "Nordrhein-Westfalen"
    assert gz.entry("DE-KOE").category == ""


def test_semicolon_file_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "places.txt"
    path.write_text("id;name;region\nX1;Graz;Steiermark\nX2;Linz;Oberösterreich\n", "utf-8")
    gz = Gazetteer.from_file(path)
    assert gz.lookup("Graz")[0].entry.code == "X1"


def test_missing_id_column(tmp_path: Path) -> None:
    path = tmp_path / "noid.tsv"
    path.write_text("code\tname\nX1\tGraz\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError) as caught:
        Gazetteer.from_file(path)
    assert "id" in str(caught.value)
    assert "missing" in str(caught.value)
    assert isinstance(caught.value, GazetteerError)
    assert isinstance(caught.value, ValueError)


def test_missing_name_column(tmp_path: Path) -> None:
    path = tmp_path / "noname.csv"
    path.write_text("id,label\nX1,Graz\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="name"):
        Gazetteer.from_file(path)


def test_duplicate_id_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "dup.tsv"
    # line 1 comment, 2 header, 3-4 rows, 5 the duplicate
    path.write_text("# a comment\nid\tname\nA1\tAlpha\nA2\tBeta\nA1\tGamma\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError) as caught:
        Gazetteer.from_file(path)
    message = str(caught.value)
    assert "line 5" in message
    assert "A1" in message
    assert "duplicate" in message


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerFileError):
        Gazetteer.from_file(path)


def test_header_without_rows(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("id,name\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="no entries"):
        Gazetteer.from_file(path)


def test_empty_id_or_name(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("id,name\nX1,Graz\n,Linz\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="line 3"):
        Gazetteer.from_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerFileError, match="not found"):
        Gazetteer.from_file(tmp_path / "nope.tsv")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,name\nX1,Köln\n".encode("latin-1"))
    with pytest.raises(GazetteerFileError, match=r"not UTF-8 text.*save it as UTF-8"):
        Gazetteer.from_file(path)


def test_a_duplicate_is_found_on_its_line_past_blank_lines_and_quoted_newlines(
    tmp_path: Path,
) -> None:
    path = tmp_path / "spread.csv"
    path.write_text('id,name,alt_names\nA1,Alpha,"one\ntwo"\n\nA2,Beta,\n\nA2,Gamma,\n')
    with pytest.raises(GazetteerFileError, match=r"line 7: duplicate id .A2. \(first on line 5"):
        Gazetteer.from_file(path)


def test_a_quote_inside_a_field_is_a_letter_and_opens_nothing(tmp_path: Path) -> None:
    # Khar"kov's quote is no field's first character: csv reads it as a letter, so the '#'
    # line below is a comment (it had been read as a row: "line 3: empty id or name"), while
    # a quote that opens a field still keeps a '#' line inside it
    path = tmp_path / "stray.csv"
    path.write_text(
        'id,name,alt_names\nUA63120270010096107,Харків,Khar"kov\n# Izium below\n'
        'UA63040090010029555,Ізюм,"Izyum\n#Изюм"\n',
        encoding="utf-8",
    )
    gz = Gazetteer.from_file(path)
    assert len(gz.entries) == 2
    kharkiv = gz.resolve('Khar"kov').best
    assert kharkiv is not None and kharkiv.entry.code == "UA63120270010096107"
    izium = gz.resolve("#Изюм").best
    assert izium is not None and izium.entry.code == "UA63040090010029555"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,name\nA1,Alpha\nA2,Beta, Gamma\n", "line 3: more fields than the header's 2"),
        ("id,name,parent\nA1,Alpha,\nA2,Beta,Z9\n", "line 3: parent 'Z9' is no id"),
        ("id,name,name\nA1,Alpha,Beta\n", "name named twice"),
    ],
)
def test_a_malformed_row_or_header_is_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=message):
        Gazetteer.from_file(path)


def test_parents_in_a_circle_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "circle.csv"
    path.write_text("id,name,parent\nA1,Alpha,A2\nA2,Beta,A1\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=r"line 2: parents run in a circle"):
        Gazetteer.from_file(path)


def test_a_comment_line_is_a_comment_whatever_the_columns_order(tmp_path: Path) -> None:
    path = tmp_path / "reordered.csv"
    path.write_text("name,id\n# towns, to check\nAlpha,A1\n\nBeta,A1\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=r"line 5: duplicate id 'A1' \(first on line 3"):
        Gazetteer.from_file(path)


def test_a_trailing_delimiter_is_no_extra_field(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"  # as spreadsheets export a row's empty last cell
    path.write_text("id,name\nA1,Alpha,\nA2,Beta,\n", encoding="utf-8")
    assert [e.code for e in Gazetteer.from_file(path)] == ["A1", "A2"]


def test_a_comment_below_the_header_is_skipped_and_a_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "commented.csv"
    path.write_text("id,name\n# towns, to check\nA1,Alpha\n", encoding="utf-8")
    assert [e.code for e in Gazetteer.from_file(path)] == ["A1"]
    with pytest.raises(GazetteerFileError, match="is a folder"):
        Gazetteer.from_file(tmp_path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_text("\ufeffid,name\nX1,Graz\n", encoding="utf-8")
    assert Gazetteer.from_file(path).entry("X1").name_uk == "Graz"


def test_a_warmed_user_gazetteer_scores_as_arrays_the_same(
    tsv_gz: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gazetteer.candidates as candidates_module

    queries = ["Munich", "Nurnbreg", "Neustadt", "Athen", "Saloniky", "Bavaria", "Munchne"]
    before = [[(m.entry.code, m.score, m.kind) for m in tsv_gz.lookup(q)] for q in queries]
    warmed = Gazetteer.from_file(tmp_path / "places.tsv")
    warmed.warm()
    monkeypatch.setattr(candidates_module, "ARRAY_FORMS", 1)  # every Latin query as arrays
    after = [[(m.entry.code, m.score, m.kind) for m in warmed.lookup(q)] for q in queries]
    assert after == before
    assert before[2][0][0] in {"DE-NS1", "DE-NS2"} and before[1][0][0] == "DE-NUE"


def test_a_gazetteer_of_countries_finds_ukraine_in_another_spelling(tmp_path: Path) -> None:
    # the embedded gazetteer reads "Ukraine" as no place; a list of countries does not
    path = tmp_path / "countries.tsv"
    path.write_text("id\tname\nUA\tUkraina\nPL\tPolska\n", encoding="utf-8")
    gz = Gazetteer.from_file(path)
    resolution = gz.resolve("Ukraine")
    assert resolution.best is not None and resolution.best.entry.code == "UA"


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig"])
def test_a_file_in_any_encoding_normalize_reads_is_read_alike(tmp_path: Path, encoding) -> None:
    path = tmp_path / "towns.csv"
    path.write_bytes("id,name,alt_names\nT1,Харків,Харьков\nT2,Львів,\n".encode(encoding))
    gz = Gazetteer.from_file(path)
    assert gz.resolve("Харьков").best.entry.code == "T1"
    assert gz.resolve("Lviv").best.entry.name_uk == "Львів"


def test_an_encoding_given_is_the_encoding_read(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,name\nX1,Köln\n".encode("latin-1"))
    gz = Gazetteer.from_file(path, encoding="latin-1")
    assert gz.resolve("Köln").best.entry.code == "X1"
    with pytest.raises(GazetteerFileError, match="unknown encoding 'latin-99'"):
        Gazetteer.from_file(path, encoding="latin-99")


def test_a_bom_is_no_part_of_the_first_line_whatever_the_encoding_given(tmp_path: Path) -> None:
    # (with encoding="utf-8" the BOM stayed, and hid a sep= line or the header's first name)
    path = tmp_path / "towns.csv"
    path.write_bytes(b"\xef\xbb\xbfsep=;\nid;name\nT1;\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2\n")
    gz = Gazetteer.from_file(path, encoding="utf-8")
    assert gz.resolve("Kyiv").best.entry.code == "T1"


@pytest.mark.parametrize(
    ("content", "line"),
    [
        # a quote left open in the name takes in every row below it
        ('id,name\nc1,Харків\nc2,"Ізюм\nc3,Балаклія\nc4,Чугуїв\n', 3),
        # so it does in a column of one's own, the rows below it lost unseen
        ('id,name,note\nc1,Харків,\nc2,Ізюм,"big\nc3,Балаклія,\n', 3),
        # closed further down, it still ran a row into the name
        ('id,name\nc1,"Харків\nc2,Ізюм"\nc3,Балаклія\n', 2),
    ],
)
def test_a_quote_left_open_stops_naming_its_line(tmp_path: Path, content: str, line: int) -> None:
    path = tmp_path / "open.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=rf"open\.csv, line {line}: .*(quote|lines)"):
        Gazetteer.from_file(path)


def test_alt_names_one_a_line_in_a_cell_are_each_a_name(tmp_path: Path) -> None:
    path = tmp_path / "alt.csv"  # (a spreadsheet cell with Alt+Enter between the names)
    path.write_text('id,name,alt_names\nc1,Харків,"Slobozhanska\nCharkow"\nc2,Ізюм,\n', "utf-8")
    own = Gazetteer.from_file(path)
    for query in ("Slobozhanska", "Charkow"):
        best = own.resolve(query).best
        assert (best.entry.code, best.kind, best.score) == ("c1", "exonym", 98.5)
    assert own.resolve("Izium").best.entry.code == "c2"


@pytest.mark.parametrize(("given", "rows"), [("tab", 1), ("\\t", 1), ("\t", 1)])
def test_a_delimiter_is_named_as_normalize_names_it(tmp_path: Path, given: str, rows: int) -> None:
    path = tmp_path / "named.txt"
    path.write_text("id\tname\nc1\tХарків\n", encoding="utf-8")
    assert len(Gazetteer.from_file(path, delimiter=given)) == rows


@pytest.mark.parametrize("given", [";;", '"', "\n"])
def test_a_bad_delimiter_is_a_file_error(tmp_path: Path, given: str) -> None:
    path = tmp_path / "named.txt"
    path.write_text("id\tname\nc1\tХарків\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="bad delimiter"):
        Gazetteer.from_file(path, delimiter=given)


def test_cyrillic_query_meets_a_place_named_only_in_another_script(tmp_path: Path) -> None:
    # A list kept in English (or Georgian) letters only: a Cyrillic query, as Ukrainian and
    # Russian texts write these places, finds them by their spelling, as a Latin one does.
    path = tmp_path / "latin.csv"
    path.write_text(
        "id,name,category\nmv,Mala Vyska,town\nbt,Bila Tserkva,city\ntb,თბილისი,capital\n",
        encoding="utf-8",
    )
    own = Gazetteer.from_file(path)
    for query, code in (
        ("Мала Виска", "mv"),  # Ukrainian
        ("Малая Виска", "mv"),  # Russian
        ("Біла Церква", "bt"),
        ("Тбилиси", "tb"),  # Russian for the Georgian თბილისი
    ):
        r = own.resolve(query)
        assert r.best is not None and r.best.entry.code == code, query
        assert r.best.kind == "variant" and r.status == "matched", query
    assert own.resolve("Мала Вишка").best.kind == "fuzzy"  # a typo stays a typo


def test_default_latin_name_is_capitalised_and_plainly_quoted(tmp_path: Path) -> None:
    # Georgian writes no capitals, so ICU romanises თბილისი as "tbilisi"; a place's name is
    # written Tbilisi, Kutaisi. Guillemets folded to ASCII would read <<...>>.
    path = tmp_path / "mixed.tsv"
    path.write_text(
        "id\tname\ntb\tთბილისი\nku\tქუთაისი\nu93\t93 ОМБр «Холодний Яр»\nkr\tKraków\n",
        encoding="utf-8",
    )
    own = Gazetteer.from_file(path)
    assert own.entry("tb").name == "Tbilisi"
    assert own.entry("ku").name == "Kutaisi"
    assert own.entry("u93").name == '93 OMBr "Kholodnyi Yar"'
    assert own.entry("kr").name == "Kraków"  # a Latin name is its own Latin spelling
    assert own.resolve("Tbilisi").best.entry.code == "tb"


def test_a_caseless_names_word_opening_with_an_apostrophe_is_capitalised(
    tmp_path: Path,
) -> None:
    # ICU romanises Arabic's ayin (عمان, Amman) and Hebrew's aleph (אביב) as an apostrophe
    # that opens the word: its letter behind it is the word's first, as in 'Amman'
    path = tmp_path / "levant.csv"
    path.write_text("id,name\nam,عمان\nta,תל אביב\n", encoding="utf-8")
    own = Gazetteer.from_file(path)
    assert own.entry("am").name[1].isupper()
    assert [word.lstrip("'")[0].isupper() for word in own.entry("ta").name.split()] == [True, True]
