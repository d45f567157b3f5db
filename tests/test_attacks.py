"""Attacks nobody announced, each one a hole found by trying it: the real Application through
`process_update`, the real CLI, real files. Every answer is French and clean, nothing is lost.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import zlib
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.render import render
from bot.services import frames
from bot.services.convocations import ConvocationReport, ReportLine, write_csv
from bot.services.records import body_csv
from bot.transport import Conversation, Reply
from storage import db
from storage.attendance_records import body_record
from storage.documents import DocumentError
from storage.french import find_dates
from storage.importer import Importer, parse_text
from storage.models import Body, DeliveryStatus, Member, Sitting
from storage.parsing import attendance
from storage.parsing.pdf import read_document_text
from tests.helpers import text

SAMPLE_EXTRACT = (
    Path(__file__).resolve().parents[1]
    / "storage"
    / "samples"
    / "bureau-2024-07-04-deliberation-2024.00417.txt"
)

TODAY = date(2024, 7, 10)


def test_a_message_of_many_pieces_is_read_once_not_once_per_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """« 1 ? 1 ? … » × 160 (500 characters) joined each piece asking nothing to the next and
    read the message again at every piece: half a second of the event loop per message."""
    calls: list[int] = []
    read_frame = frames.read_frame

    def counting(text: str, today: date) -> frames.Frame:
        calls.append(len(text))
        return read_frame(text, today)

    monkeypatch.setattr(frames, "read_frame", counting)
    for unit in ("\t1?", "4 ?\t", "Degraix ? ", "et ? "):
        calls.clear()
        message = (unit * 200)[:490]
        assert len(frames.read_frames(message, TODAY)) == 1
        # Linear: the characters read stay within a few times the message.
        assert sum(calls) <= 3 * len(message), (unit, len(calls))
    # Three questions are still three.
    calls.clear()
    asked = frames.read_frames("Berger était là ? Et Bouchet ? Et Degraix ?", TODAY)
    assert len(asked) == 3


async def test_a_message_of_many_question_marks_gets_an_answer(degraix: Conversation) -> None:
    answer = text(await degraix.send(("Degraix ? " * 60)[:490]))
    assert answer.strip()
    assert "Traceback" not in answer


@pytest.mark.parametrize(
    "typed",
    [
        "Deg\x00raix était présent le 4 juillet 2024 ?",  # a NUL byte
        "Deg\u200braix était présent le 4 juillet 2024 ?",  # a zero-width space
        "\ufeffDegraix était présent le 4 juillet 2024 ?",  # a byte-order mark
        "\u202bDegraix\u202c était présent le 4 juillet 2024 ?",  # right-to-left embedding
        "Degraix e\u0301tait pre\u0301sent le 4 juillet 2024 ?",  # decomposed accents
        "Deg\u00adraix était présent le 4 juillet 2024\x07 ?",  # soft hyphen, a bell
    ],
)
async def test_invisible_characters_do_not_change_the_answer(
    degraix: Conversation, typed: str
) -> None:
    plain = text(await degraix.send("Degraix était présent le 4 juillet 2024 ?"))
    assert plain.startswith("Oui")
    assert text(await degraix.send(typed)) == plain


async def test_invisible_characters_in_a_command(degraix: Conversation) -> None:
    plain = text(await degraix.send("/membre Degraix"))
    assert "Jean-Luc DEGRAIX" in plain
    assert text(await degraix.send("/membre\u200b Deg\u200braix")) == plain
    assert text(await degraix.send("\ufeff/membre Degraix")) == plain


@pytest.mark.parametrize(
    "typed", ["/membre\x00Degraix", "/membre\x01\x02Degraix", "/membre\u200bDegraix",
              "\ufeff/membre\x7fDegraix", "/membre\x1fDegraix"]
)  # fmt: skip
async def test_an_invisible_character_between_a_command_and_its_argument_is_a_space(
    degraix: Conversation, typed: str
) -> None:
    """« /membre\x00Degraix » became « /membreDegraix »: « Je ne connais pas cette commande »."""
    assert text(await degraix.send(typed)) == text(await degraix.send("/membre Degraix"))


@pytest.mark.parametrize("glued", ["(x)", "<b>x</b>", "😀", ">", "&", "*"])
async def test_an_unknown_name_with_signs_glued_to_it_is_said_unknown(
    degraix: Conversation, glued: str
) -> None:
    """« Durandal<b>x</b> était présent le 4 juillet 2024 ? » answered the whole roll call,
    as if no name had been asked about."""
    answer = text(await degraix.send(f"Durandal{glued} était présent le 4 juillet 2024 ?"))
    assert answer.startswith("Aucun membre ne s'appelle « Durandal »")
    assert "40 présents" not in answer


async def _send_raw(chat: Conversation, message: dict[str, object]) -> list[Reply]:
    update = chat.message_update("x")
    update["message"] = {
        **{k: v for k, v in update["message"].items() if k not in ("text", "entities")},
        **message,
    }
    return await chat._process(update)


@pytest.mark.parametrize(
    "message",
    [
        {"voice": {"file_id": "v", "file_unique_id": "v1", "duration": 4}},
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s1",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        {"location": {"latitude": 45.4, "longitude": 4.4}},
        {
            "photo": [{"file_id": "p", "file_unique_id": "p1", "width": 1, "height": 1}],
            "caption": "qui était présent le 4 juillet 2024 ?",
        },
        {"document": {"file_id": "d", "file_unique_id": "d1", "file_name": "pv.pdf"}},
    ],
)
async def test_what_is_not_text_gets_an_answer_not_silence(
    degraix: Conversation, message: dict[str, object]
) -> None:
    """A voice note, a sticker, a photo with its question as caption: the member was left
    without any answer."""
    answer = text(await _send_raw(degraix, message))
    assert answer.startswith("Je ne lis que les messages écrits")
    assert "council-bot import" not in answer  # that is the secretariat's business


async def test_a_stranger_sending_a_photo_gets_the_polite_refusal(
    stranger: Conversation,
) -> None:
    photo = [{"file_id": "p", "file_unique_id": "p1", "width": 1, "height": 1}]
    answer = text(await _send_raw(stranger, {"photo": photo}))
    assert "réservé aux membres" in answer


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("/seance 4 juillet 1850", "Aucune séance le jeudi 4 juillet 1850"),
        ("/seance 4 juillet 3024", "Aucune séance le dimanche 4 juillet 3024"),
        ("qui était présent le 4 juillet 1850 ?", "Aucune séance le jeudi 4 juillet 1850"),
        ("/seance 31 février 2024", "n'existe pas"),
        # A year with a digit too many, or beyond any calendar: each answered the latest
        # sitting, or the 4 July 2024 one, without a word.
        ("/seance 12/03/20245", "La date « 12/03/20245 » n'existe pas"),
        ("/seance 4 juillet 20245", "La date « 4 juillet 20245 » n'existe pas"),
        ("/seance 20245-07-04", "La date « 20245-07-04 » n'existe pas"),
        ("qui était présent le 12/03/20245 ?", "La date « 12/03/20245 » n'existe pas"),
        ("qui était présent le 12/03/202 ?", "La date « 12/03/202 » n'existe pas"),
        ("qui était présent l'an dix mille ?", "La date « l'an dix mille » n'existe pas"),
        ("qui était absent en 20245 ?", "La date « en 20245 » n'existe pas"),
        ("/assiduite Degraix 20245", "La date « 20245 » n'existe pas"),
        ("/assiduite Degraix en 20245", "La date « en 20245 » n'existe pas"),
        ("/quorum 31/12/99999", "La date « 31/12/99999 » n'existe pas"),
        ("/pouvoir Berger 12/03/20245", "La date « 12/03/20245 » n'existe pas"),
    ],
)
async def test_a_year_no_sitting_can_have_is_not_dropped(
    degraix: Conversation, asked: str, said: str
) -> None:
    """« 4 juillet 1850 » was read as « 4 juillet » and answered the sitting of 4 July 2024."""
    answer = text(await degraix.send(asked))
    assert said in answer
    assert "Président de séance" not in answer


def test_an_amount_or_a_count_after_a_date_is_not_read_as_a_year() -> None:
    assert find_dates("le 12 mars 15000 euros")[0].year is None
    assert find_dates("combien en 20000 € ?") == []
    assert find_dates("le 4 juillet 200 élus")[0].year is None


# -- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("printed", ["04 JUILLET 20245", "04/07/20245", "31 FEVRIER 2024"])
def test_a_document_dated_a_day_that_does_not_exist_is_refused_not_dated_another_day(
    engine: Engine, tmp_path: Path, printed: str
) -> None:
    """« SEANCE DU BUREAU METROPOLITAIN DU 04 JUILLET 20245 »: the sitting was dated 28 March
    2024, the date of another act the text cites, with no word of it."""
    document = tmp_path / "extrait.txt"
    document.write_text(
        SAMPLE_EXTRACT.read_text(encoding="utf-8").replace("DU 04 JUILLET 2024", f"DU {printed}"),
        encoding="utf-8",
    )
    extract = parse_text(document.read_text(encoding="utf-8"), document)
    assert extract.sitting_date is None
    assert any(f.code == "unreadable_date" for f in extract.findings)
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([document])
    assert report.error_code == "impossible_sitting_date"
    assert printed.lower() in render(
        "import_failure", code=report.error_code, p=report.error_params
    )


def write_pdf(path: Path, content: bytes) -> Path:
    """A one-page PDF whose page draws `content` (compressed, as producers do)."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(out)
    return path


def test_a_small_pdf_holding_megabytes_of_text_is_refused_before_its_text_is_read(
    engine: Engine, tmp_path: Path
) -> None:
    """170 kB of PDF, 50 MB of text on its one page: the text was extracted whole (34 s,
    500 MB) before the size cap could refuse it, and then it was called « damaged »."""
    line = b"(Seance du Conseil du 4 juillet 2024 Presents M. Jean DUPONT) Tj T* "
    bomb = write_pdf(
        tmp_path / "pv.pdf",
        b"BT /F1 12 Tf 14 TL 50 700 Td " + line * (50_000_000 // len(line)) + b" ET",
    )
    assert bomb.stat().st_size < 300_000
    small = write_pdf(
        tmp_path / "petit.pdf",
        b"BT /F1 12 Tf 14 TL 50 700 Td " + line * 20_000 + b" ET",  # 1.4 MB of text
    )
    with db.session(engine) as session:
        importer = Importer(session)
        importer.max_text_bytes = 1_000_000
        reports = importer.import_files([bomb, small])
    assert [r.status for r in reports] == ["error", "error"]
    assert [r.error_code for r in reports] == ["too_large", "too_large"]
    # Under the cap, the same kind of page is read.
    assert read_document_text(small, 2_000_000).count("DUPONT") == 20_000


def test_a_folder_import_reads_only_its_own_regular_files(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder received from outside: a link to /etc/passwd was read as a document (only its
    content kept it out), and a named pipe called « pv.txt » blocked the import for good. A
    file name holding a line break split the report into a line that looked like another
    file's."""
    folder = tmp_path / "recu"
    folder.mkdir()
    (folder / "seance.txt").write_bytes(SAMPLE_EXTRACT.read_bytes())
    secret = tmp_path / "secret.txt"
    secret.write_text(SAMPLE_EXTRACT.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "lien.txt").symlink_to(secret)
    (folder / "interne.txt").symlink_to(folder / "seance.txt")  # stays inside: read
    os.mkfifo(folder / "tube.txt")
    (folder / "pv\n✓ faux.txt").write_text("rien", encoding="utf-8")
    url = engine.url.render_as_string(hide_password=False)
    status = cli.main(["import", "--db", url, str(folder)])
    out = capsys.readouterr().out
    assert status == 1
    lines = out.splitlines()
    assert f"✗ {folder / 'lien.txt'} : lien vers un fichier hors du dossier importé" in out
    assert f"✗ {folder / 'tube.txt'} : ce n'est pas un fichier ordinaire" in out
    assert f"✗ {folder}/pv\\n✓ faux.txt : " in out
    assert not any(line.startswith("✓ faux") for line in lines)
    # A link that stays inside is read (sorted first, it imports; its target is then known).
    assert f"✓ {folder / 'interne.txt'} : document de séance" in out
    assert f"= {folder / 'seance.txt'} : déjà importé" in out
    # Given by its own path, a link is the operator's choice.
    status = cli.main(["import", "--db", url, str(folder / "lien.txt")])
    assert "= " in capsys.readouterr().out


def test_a_folder_says_each_file_it_does_not_read(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A photo or a spreadsheet in the folder was skipped without a word: the secretariat
    believed every file read. Each is named with why; what a system or a version control
    leaves in a folder (« Thumbs.db », « .git/ ») is nobody's document and says nothing."""
    folder = tmp_path / "recu"
    (folder / "annexes").mkdir(parents=True)
    (folder / "annexes" / "seance.txt").write_bytes(SAMPLE_EXTRACT.read_bytes())
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "Thumbs.db").write_bytes(b"\0")
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("rien", encoding="utf-8")
    status = cli.main(
        ["import", "--db", engine.url.render_as_string(hide_password=False), str(folder)]
    )
    out = capsys.readouterr().out
    assert status == 0  # said and skipped: no failure of the import
    assert f"✓ {folder / 'annexes' / 'seance.txt'} : document de séance" in out
    for name in ("photo.png", "budget.xlsx"):
        assert f"– {folder / name} : type de fichier que l'import ne lit pas" in out
    assert "0 en erreur, 2 ignorés." in out
    assert "Thumbs.db" not in out
    assert ".git" not in out


def test_an_archive_is_told_to_be_unpacked_not_called_a_file_of_no_text(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The documents of a sitting often come as one .zip (a download of the « actes » page,
    the préfecture's return): given by its path it was « ce fichier n'est pas du texte
    (image, tableur, archive ?) : exportez-le en PDF », and in a folder « type de fichier que
    l'import ne lit pas », where what to do is unpack it and import the folder it gives."""
    import zipfile

    folder = tmp_path / "recu"
    folder.mkdir()
    with zipfile.ZipFile(folder / "actes.zip", "w") as archive:
        archive.write(SAMPLE_EXTRACT, "seance.txt")
    url = engine.url.render_as_string(hide_password=False)
    said = "archive zip : l'import ne l'ouvre pas ; décompressez-la, puis importez le dossier"
    assert cli.main(["import", "--db", url, str(folder / "actes.zip")]) == 1
    assert f"✗ {folder / 'actes.zip'} : {said}" in capsys.readouterr().out
    assert cli.main(["import", "--db", url, str(folder)]) == 0  # said and skipped
    out = capsys.readouterr().out
    assert f"– {folder / 'actes.zip'} : {said}" in out
    assert "0 en erreur, 1 ignoré." in out


@pytest.mark.parametrize("query", ["Degraix Berger", "Degraix, Berger", "Degraix et Berger"])
async def test_membre_naming_several_members_offers_each_never_nobody(
    degraix: Conversation, query: str
) -> None:
    """« /membre Degraix Berger » answered « aucun membre nommé … »: false, both sit."""
    replies = await degraix.send(f"/membre {query}")
    assert "aucun membre" not in text(replies)
    assert replies[-1].labels == ["M. Jean-Luc DEGRAIX", "Mme Françoise BERGER"]
    chosen = text(await degraix.press("Mme Françoise BERGER"))
    assert chosen.startswith("Mme Françoise BERGER")
    # A word that is nobody keeps the honest answer.
    assert "aucun membre nommé « Degraix Durandal »" in text(
        await degraix.send("/membre Degraix Durandal")
    )


@pytest.mark.timeout(10)  # a few milliseconds; a pattern gone quadratic hangs: red, not stuck
@pytest.mark.parametrize("unit", ["A", "A1", "Jean-", "M.A", "aA"])
def test_a_long_capitalised_token_is_read_in_linear_time(unit: str) -> None:
    """« AAAA… » (a reference code, a hash, a blob) of 2,500 characters in a document: the
    officer-name pattern cut it into words in every possible way, more than 20 s for one
    file. Counted in pattern steps rather than timed: the officers' patterns find no name in
    it, and the whole document is read (the time is in bench/parse_linear.py)."""
    text_ = "Séance du conseil municipal du 4 juillet 2024\n" + unit * (2500 // len(unit))
    with contextlib.suppress(DocumentError):
        parse_text(text_, Path("jeton.txt"))
    assert attendance._SECRETARY_NAMED.search(unit * 3000) is None
    assert attendance._SECRETARY_NAMED.search("M. Jean DUPONT a été désigné secrétaire")


def test_a_read_only_store_is_one_french_line_never_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store opened read-only (a file without write rights, a replica): the secretariat's
    commands printed SQLAlchemy's traceback, and `import` said « réessayez »."""
    url = f"sqlite:///{tmp_path / 'council.db'}"
    assert cli.main(["import", "--db", url, str(SAMPLE_EXTRACT)]) == 0
    read_only = f"sqlite:///file:{tmp_path / 'council.db'}?mode=ro&uri=true"
    capsys.readouterr()
    assert cli.main(["grant-secretariat", "Degraix", "--db", read_only]) == 1
    said = capsys.readouterr()
    assert "a refusé l'opération : la base est en lecture seule" in said.err
    assert "Traceback" not in said.err + said.out
    other = SAMPLE_EXTRACT.read_text(encoding="utf-8").replace("2024.00417", "2024.00418")
    (tmp_path / "autre.txt").write_text(other, encoding="utf-8")
    assert cli.main(["import", "--db", read_only, str(tmp_path / "autre.txt")]) == 1
    assert "la base de données est en lecture seule" in capsys.readouterr().out


@pytest.mark.parametrize(
    "name", ['=HYPERLINK("http://x";"clic")', "+1+cmd|' /C calc'!A0", "@SUM(A1)"]
)
def test_a_name_that_reads_as_a_formula_stays_text_in_the_csv_files(
    loaded_engine: Engine, tmp_path: Path, name: str
) -> None:
    """A member's name imported from a document, or Telegram's error text, went into the
    ranking and the convocation report as written: « =HYPERLINK(…) » is run by the
    spreadsheet that opens the file."""
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        member.last_name, member.first_name, member.civility = name, None, None
        session.add(member)
        session.commit()
        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        record = body_record(
            session=session,
            body_id=bureau.id or 0,
            start=date(2024, 1, 1),
            end=date(2024, 12, 31),
            represented_counts=False,
        )
    assert record is not None
    rows = list(csv.reader(io.StringIO(body_csv(record).decode("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert f"'{name}" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    report = ConvocationReport(
        sitting_id=1,
        lines=[ReportLine(name, DeliveryStatus.failed, *[None] * 6, "=cmd|' /C calc'!A0")],
    )
    stream = io.StringIO()
    write_csv(report, stream, ZoneInfo("Europe/Paris"))
    cells = [
        cell for row in csv.reader(io.StringIO(stream.getvalue()), delimiter=";") for cell in row
    ]
    assert f"'{name}" in cells
    assert "'=cmd|' /C calc'!A0" in cells


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b" \n\t\n\n"])
def test_an_agenda_file_without_an_item_is_refused_not_a_sitting_without_agenda(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    """« --agenda odj.txt » naming a file saved empty (or holding a byte-order mark, blank
    lines) created the sitting with no agenda, said « Séance créée » as if read: the members
    would be convened to a sitting of nothing, the secretary believing the items sent."""
    url = f"sqlite:///{tmp_path / 'council.db'}"
    assert cli.main(["import", "--db", url, str(SAMPLE_EXTRACT)]) == 0
    agenda = tmp_path / "odj.txt"
    agenda.write_bytes(content)
    create = ["sitting", "create", "--body", "Bureau Métropolitain", "--db", url, "--at"]
    capsys.readouterr()
    assert cli.main([*create, "2027-04-06 17:00", "--agenda", str(agenda)]) == 2
    assert f"{agenda} ne contient aucun point d'ordre du jour" in capsys.readouterr().err
    with db.session(db.make_engine(url)) as session:
        assert session.exec(select(Sitting).where(Sitting.held_on == date(2027, 4, 6))).all() == []


def test_an_agenda_file_that_is_not_text_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A picture or a .docx given as the agenda (« ordre.txt ») was decoded as cp1252 and its
    garbage became the agenda every member would be convened with; Notepad's « Unicode »
    (UTF-16) agenda was refused as garbage or read as one line of NULs."""
    url = f"sqlite:///{tmp_path / 'council.db'}"
    assert cli.main(["import", "--db", url, str(SAMPLE_EXTRACT)]) == 0
    picture = tmp_path / "ordre.txt"
    picture.write_bytes(zlib.compress(os.urandom(3000)) + b"\x89PNG\r\n\x1a\n" * 10)
    create = ["sitting", "create", "--body", "Bureau Métropolitain", "--db", url, "--at"]
    capsys.readouterr()
    assert cli.main([*create, "2027-04-06 17:00", "--agenda", str(picture)]) == 2
    assert "n'est pas un fichier texte" in capsys.readouterr().err
    unicode = tmp_path / "unicode.txt"
    unicode.write_text("Budget primitif\r\nTarifs de l'été\r\n", encoding="utf-16")
    assert cli.main([*create, "2027-04-07 17:00", "--agenda", str(unicode)]) == 0
    with db.session(db.make_engine(url)) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2027, 4, 7))).one()
        assert sitting.agenda == ["Budget primitif", "Tarifs de l'été"]
