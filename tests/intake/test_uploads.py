"""Tests for geodata/uploads.py and dashboard/upload.py: what an upload may hold, and ingesting it."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontmap.intake.uploads import (
    MB,
    UploadLimits,
    check_text,
    ingest_uploads,
    stage_uploads,
)

ARTICLE = (
    "Taliban capture Kunduz city\n\n"
    "KABUL, Aug 8 (Reuters) - Taliban fighters captured the northern city of Kunduz on Sunday, "
    "officials said, the third provincial capital to fall in three days.\n"
)


def make_zip(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return a zip archive holding `members` (name -> content), names written as given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=compression)
    return buffer.getvalue()


def reasons(staged) -> dict[str, str]:
    return {r.name: r.reason for r in staged.rejected}


def test_plain_text_files_are_accepted_in_common_encodings():
    staged = stage_uploads(
        [
            ("utf8.txt", "Qala-e Naw fell — officials".encode("utf-8")),
            ("bom.txt", "\ufeffHerat".encode("utf-8")),
            ("cp1252.txt", "Taliban “captured” Ghazni – café".encode("cp1252")),
            ("utf16.txt", "Kandahar مرکز".encode("utf-16")),
        ],
        UploadLimits(),
    )
    assert staged.rejected == []
    assert staged.texts["cp1252.txt"] == "Taliban “captured” Ghazni – café"
    assert staged.texts["utf16.txt"] == "Kandahar مرکز"
    assert staged.texts["bom.txt"] == "Herat"


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"%PDF-1.7\n\x00\x01\x02binary stream", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(256)) * 4, "NUL"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "executable"),
        (b"plain start" + b"\x01\x02\x03\x04\x05\x06" * 20, "control characters"),
    ],
)
def test_binary_content_is_rejected_whatever_the_name(data, expected):
    staged = stage_uploads([("article.txt", data)], UploadLimits())
    assert staged.texts == {}
    assert "not a text file" in reasons(staged)["article.txt"]
    assert expected in reasons(staged)["article.txt"]


def test_check_text_keeps_tabs_and_newlines():
    assert check_text(b"a\tb\r\nc\fd") == "a\tb\r\nc\fd"


def test_wrong_kinds_empty_and_oversized_files_are_named():
    limits = UploadLimits(max_upload_bytes=1000)
    staged = stage_uploads(
        [
            ("photo.jpg", b"\xff\xd8\xff\xe0"),
            ("notes.docx", b"PK\x03\x04"),
            ("empty.txt", b""),
            ("blank.txt", b"  \n\n "),
            ("big.txt", b"a" * 1001),
            ("ok.txt", b"a" * 1000),
        ],
        limits,
    )
    got = reasons(staged)
    assert set(got) == {"photo.jpg", "notes.docx", "empty.txt", "blank.txt", "big.txt"}
    assert "only .txt files" in got["photo.jpg"]
    assert "only .txt files" in got["notes.docx"]
    assert got["empty.txt"] == "file is empty"
    assert got["blank.txt"] == "file is empty"
    assert "over the 1000 bytes limit per upload" in got["big.txt"]
    assert list(staged.texts) == ["ok.txt"]


def test_too_many_files_and_total_size_limits():
    limits = UploadLimits(max_files=2, max_total_bytes=25)
    staged = stage_uploads(
        [("a.txt", b"a" * 10), ("b.txt", b"b" * 20), ("c.txt", b"c" * 5)], limits
    )
    got = reasons(staged)
    assert "over the 25 bytes limit" in got["b.txt"]
    assert "too many files" in got["c.txt"]
    assert list(staged.texts) == ["a.txt"]


def test_zip_with_manifest_and_subfolders_is_flattened():
    manifest = "file,item,published,outlet,agency,title,url\nkunduz.txt,,2021-08-08,Reuters,,Kunduz,\n"
    archive = make_zip(
        {"batch/kunduz.txt": ARTICLE, "batch/manifest.csv": manifest, "batch/": b""}
    )
    staged = stage_uploads([("batch.zip", archive)], UploadLimits())
    assert staged.rejected == []
    assert staged.texts == {"kunduz.txt": ARTICLE}
    assert staged.manifest == manifest
    assert staged.sources["kunduz.txt"] == "batch.zip:batch/kunduz.txt"


@pytest.mark.parametrize(
    "member, expected",
    [
        ("../escape.txt", "'..'"),
        ("a/../../escape.txt", "'..'"),
        ("..\\windows.txt", "'..'"),
        ("/etc/passwd.txt", "absolute paths"),
        ("C:/Windows/evil.txt", "absolute paths"),
        ("C:\\evil.txt", "absolute paths"),
        ("inner.zip", "archives inside archives"),
        ("__MACOSX/._a.txt", "macOS"),
        (".hidden.txt", "hidden files"),
        ("tab\tname.txt", "control or invisible"),
    ],
)
def test_unsafe_member_names_are_rejected_by_name(member, expected):
    archive = make_zip({member: ARTICLE, "fine.txt": ARTICLE})
    staged = stage_uploads([("up.zip", archive)], UploadLimits())
    got = reasons(staged)
    assert expected in got[f"up.zip:{member}"]
    assert list(staged.texts) == ["fine.txt"]


def test_unsafe_upload_names_from_folder_drops_are_rejected():
    staged = stage_uploads(
        [("../../x.txt", b"text"), ("/root/y.txt", b"text"), ("folder/z.txt", b"text")],
        UploadLimits(),
    )
    assert set(reasons(staged)) == {"../../x.txt", "/root/y.txt"}
    assert list(staged.texts) == ["z.txt"]


def test_zip_bomb_by_ratio_is_refused():
    archive = make_zip({"bomb.txt": b"A" * (5 * MB), "fine.txt": ARTICLE})
    staged = stage_uploads([("bomb.zip", archive)], UploadLimits())
    reason = reasons(staged)["bomb.zip:bomb.txt"]
    assert "compression ratio" in reason and "zip bomb" in reason
    assert list(staged.texts) == ["fine.txt"]


def test_zip_bomb_by_total_size_is_refused_whole():
    stored = {f"part{i}.txt": b"word " * 4000 for i in range(5)}  # 20 KB each, stored uncompressed
    archive = make_zip(stored, compression=zipfile.ZIP_STORED)
    staged = stage_uploads([("many.zip", archive)], UploadLimits(max_uncompressed_bytes=50_000))
    assert "over the" in reasons(staged)["many.zip"] and "zip bomb" in reasons(staged)["many.zip"]
    assert staged.texts == {}


def test_too_many_entries_is_refused_whole():
    archive = make_zip({f"a{i}.txt": "x" for i in range(11)})
    staged = stage_uploads([("entries.zip", archive)], UploadLimits(max_zip_entries=10))
    assert "11 entries" in reasons(staged)["entries.zip"]
    assert staged.texts == {}


def test_member_that_lies_about_its_size_is_refused():
    """A central directory that declares a small size cannot make us inflate more than it says."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("liar.txt", b"B" * 200_000)
        archive.filelist[0].file_size = 100  # what the central directory will declare
    staged = stage_uploads([("liar.zip", buffer.getvalue())], UploadLimits())
    assert "liar.zip:liar.txt" in reasons(staged)
    assert staged.texts == {}


def test_encrypted_and_corrupt_archives_are_named():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("secret.txt")
        archive.writestr(info, ARTICLE)
    data = bytearray(buffer.getvalue())
    # set the "encrypted" flag in the central directory entry
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 0x1
    staged = stage_uploads(
        [("secret.zip", bytes(data)), ("broken.zip", b"PK\x03\x04 not really a zip")], UploadLimits()
    )
    got = reasons(staged)
    assert "encrypted" in got["secret.zip:secret.txt"]
    assert "not a readable zip archive" in got["broken.zip"]


def test_duplicate_names_and_second_manifest_are_rejected():
    archive = make_zip({"a/one.txt": "first", "b/one.txt": "second",
                        "manifest.csv": "file\n", "x/manifest.csv": "file\n"})
    staged = stage_uploads([("dup.zip", archive)], UploadLimits())
    got = reasons(staged)
    assert "also called 'one.txt'" in got["dup.zip:b/one.txt"]
    assert "second manifest" in got["dup.zip:x/manifest.csv"]
    assert staged.texts == {"one.txt": "first"}


def test_limits_from_environment():
    limits = UploadLimits.from_env({"FRONTMAP_UPLOAD_MAX_MB": "2", "FRONTMAP_UPLOAD_MAX_FILES": "3"})
    assert limits.max_upload_bytes == 2 * MB
    assert limits.max_member_bytes == 2 * MB
    big = UploadLimits.from_env({"FRONTMAP_UPLOAD_MAX_MB": "15"})
    assert big.max_total_bytes == big.max_uncompressed_bytes == 30 * MB
    assert limits.max_files == 3
    assert UploadLimits.from_env({}) == UploadLimits()
    with pytest.raises(ValueError, match="FRONTMAP_UPLOAD_MAX_MB"):
        UploadLimits.from_env({"FRONTMAP_UPLOAD_MAX_MB": "lots"})


def test_bad_arguments_name_themselves(tmp_path):
    with pytest.raises(TypeError, match=r"uploads\[0\]"):
        stage_uploads(["just-a-name.txt"], UploadLimits())
    with pytest.raises(ValueError, match="data_dir"):
        ingest_uploads([], None)


def test_nothing_accepted_builds_nothing(tmp_path):
    report = ingest_uploads([("bad.bin", b"\x00\x01")], tmp_path)
    assert report.accepted == [] and report.build is None and report.folder is None
    assert not report.ok
    assert [r.name for r in report.rejected] == ["bad.bin"]
    assert not (tmp_path / "uploads").exists()


def test_ingest_writes_a_fresh_folder_and_builds_into_the_store(tmp_path):
    from frontmap.built import load_built

    manifest = ("file,item,published,outlet,agency,title,url\n"
                "kunduz.txt,,2021-08-08,Reuters,,Taliban capture Kunduz city,\n")
    archive = make_zip({"kunduz.txt": ARTICLE, "manifest.csv": manifest, "../evil.txt": ARTICLE})
    report = ingest_uploads([("batch.zip", archive), ("photo.png", b"\x89PNG")], tmp_path)
    assert report.ok and report.manifest
    assert report.accepted == ["batch.zip:kunduz.txt"]
    assert {r.name for r in report.rejected} == {"batch.zip:../evil.txt", "photo.png"}
    assert report.folder.parent == tmp_path / "uploads"
    assert sorted(p.name for p in report.folder.iterdir()) == ["kunduz.txt", "manifest.csv"]
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()

    built = load_built(tmp_path)
    assert list(built.articles["file"]) == ["kunduz.txt"]
    assert str(built.articles["published"].iloc[0]) == "2021-08-08"  # from the uploaded manifest
    text = built.article_text(built.articles["article_id"].iloc[0])
    assert "captured the northern city of Kunduz" in text
    assert "taliban" in set(built.events["status"])

    # A second upload goes to its own folder; the same text is not stored twice.
    again = ingest_uploads([("kunduz.txt", ARTICLE.encode())], tmp_path)
    assert again.ok and again.folder != report.folder
    assert len(load_built(tmp_path).articles) == 1


# -- dashboard/upload.py: the callback's pure parts -------------------------------------------


def data_url(content: bytes, mime: str = "text/plain") -> str:
    return f"data:{mime};base64,{base64.b64encode(content).decode()}"


def test_decode_contents_refuses_bad_and_oversized_payloads():
    from dashboard.upload import decode_contents

    limits = UploadLimits(max_upload_bytes=100)
    uploads, rejected = decode_contents(
        [data_url(b"hello"), "data:text/plain;base64,@@@", "no comma", data_url(b"x" * 400)],
        ["a.txt", "b.txt", "c.txt", "d.txt"],
        limits,
    )
    assert uploads == [("a.txt", b"hello")]
    got = {r.name: r.reason for r in rejected}
    assert got["b.txt"] == "upload is not valid base64"
    assert "data URL" in got["c.txt"]
    assert "limit per upload" in got["d.txt"]


def test_handle_upload_reports_each_file_and_keeps_version_when_nothing_built(tmp_path):
    from dashboard.upload import handle_upload

    children, version = handle_upload(
        [data_url(b"\x00\x01\x02", "application/octet-stream")], ["x.txt"], tmp_path,
        UploadLimits(), version="v1",
    )
    assert version == "v1"
    text = str(children)
    assert "No file was accepted" in text and "x.txt: rejected" in text and "not a text file" in text


def test_handle_upload_bumps_the_data_version_after_a_build(tmp_path):
    from dashboard.upload import data_version, handle_upload

    before = data_version(tmp_path)
    children, version = handle_upload(data_url(ARTICLE.encode()), "kunduz.txt", tmp_path,
                                      UploadLimits(), version=None)
    assert "kunduz.txt: added" in str(children)
    assert version and version != before and version == data_version(tmp_path)


def test_upload_section_and_callback_registration(tmp_path):
    import dash

    from dashboard import upload_ids as ids
    from dashboard.upload import register_upload_callbacks, upload_section

    app = dash.Dash(__name__)
    app.layout = upload_section(UploadLimits(max_upload_bytes=5 * MB))
    register_upload_callbacks(app, tmp_path, UploadLimits(max_total_bytes=30 * MB))
    found = {getattr(c, "id", None) for c in _walk(app.layout)}
    assert {ids.UPLOAD, ids.UPLOAD_RESULT, ids.DATA_VERSION} <= found
    upload = next(c for c in _walk(app.layout) if getattr(c, "id", None) == ids.UPLOAD)
    assert upload.multiple is True and upload.max_size == 5 * MB
    assert app.server.config["MAX_CONTENT_LENGTH"] == UploadLimits(max_total_bytes=30 * MB).max_request_bytes
    outputs = " ".join(str(key) for key in app.callback_map)
    assert f"{ids.UPLOAD_RESULT}.children" in outputs and f"{ids.DATA_VERSION}.data" in outputs


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    if isinstance(children, (list, tuple)):
        for child in children:
            if hasattr(child, "to_plotly_json"):
                yield from _walk(child)
    elif hasattr(children, "to_plotly_json"):
        yield from _walk(children)


def test_data_version_changes_when_an_upload_lands_and_only_then(tmp_path):
    from dashboard.upload import data_version

    before = data_version(tmp_path)
    assert data_version(tmp_path) == before
    ingest_uploads([("kunduz.txt", ARTICLE.encode())], tmp_path)
    after = data_version(tmp_path)
    assert after != before and data_version(tmp_path) == after


# -- hostile archives: whatever the bytes, staging names a reason and never raises --------------

VALID_ZIP = make_zip({"a.txt": ARTICLE, "sub/b.txt": ARTICLE + "more", "manifest.csv": "file\na.txt\n"})


@settings(max_examples=500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(flips=st.lists(st.tuples(st.integers(0, len(VALID_ZIP) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.integers(0, len(VALID_ZIP)))
def test_corrupted_archives_never_raise(flips, cut):
    data = bytearray(VALID_ZIP)
    for position, value in flips:
        data[position] = value
    staged = stage_uploads([("broken.zip", bytes(data[:cut]) if cut > 20 else bytes(data))], UploadLimits())
    for rejected in staged.rejected:
        assert rejected.name.startswith("broken.zip") and rejected.reason
    assert set(staged.texts) <= {"a.txt", "b.txt"}


@settings(max_examples=200, deadline=None, database=None)
@given(data=st.binary(max_size=2000), name=st.sampled_from(["x.zip", "x.txt", "manifest.csv", "x"]))
def test_arbitrary_bytes_never_raise(data, name):
    staged = stage_uploads([(name, data)], UploadLimits())
    assert len(staged.rejected) + len(staged.texts) + (staged.manifest is not None) >= 1


@pytest.mark.browser
def test_upload_through_a_real_browser(tmp_path):
    """dcc.Upload in headless Chromium: files go up as data URLs, each gets its line, the data
    version store changes, and the same file can be sent again."""
    import dash
    from dash import html
    from selenium.webdriver.common.by import By

    from browser.chrome import chrome, chromium_available, serve, wait_for
    from dashboard import upload_ids as ids
    from dashboard.upload import register_upload_callbacks, upload_section

    if not chromium_available():
        pytest.fail("browser tests need /usr/bin/chromium and /usr/bin/chromedriver")
    good = tmp_path / "kunduz.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "evil.txt"
    bad.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(300))
    data = tmp_path / "data"
    app = dash.Dash(__name__)
    app.layout = html.Div([upload_section(), html.Pre(id="version-shown")])
    register_upload_callbacks(app, data)
    app.clientside_callback("function (v) { return JSON.stringify(v); }",
                            dash.Output("version-shown", "children"), dash.Input(ids.DATA_VERSION, "data"))
    with serve(app) as url, chrome() as driver:
        driver.get(url)
        wait_for(driver, f"return document.querySelector('#{ids.UPLOAD} input[type=file]') !== null", 30)
        field = driver.find_element(By.CSS_SELECTOR, f"#{ids.UPLOAD} input[type=file]")
        field.send_keys(f"{good}\n{bad}")
        wait_for(driver, f"return document.getElementById('{ids.UPLOAD_RESULT}').textContent.includes('evil.txt')", 60)
        result = driver.find_element(By.ID, ids.UPLOAD_RESULT).text
        assert "kunduz.txt: added" in result
        assert "evil.txt: rejected" in result and "not a text file" in result
        first = wait_for(driver, "var t = document.getElementById('version-shown').textContent;"
                                 " return t && t !== 'null' ? t : false;")
        assert (data / "frontmap.sqlite").exists()

        # The upload's contents were cleared, so choosing the same file again uploads it again
        # (the file dialog empties the input when it opens; here we do that by hand).
        field = driver.find_element(By.CSS_SELECTOR, f"#{ids.UPLOAD} input[type=file]")
        driver.execute_script("arguments[0].value = '';", field)
        field.send_keys(str(good))
        wait_for(driver, f"return !document.getElementById('{ids.UPLOAD_RESULT}').textContent.includes('evil.txt')", 60)
        again = driver.find_element(By.ID, ids.UPLOAD_RESULT).text
        assert "kunduz.txt: already stored, nothing new" in again  # not "added"
        assert "Read 1 article: 1 already stored." in again
        second = driver.execute_script("return document.getElementById('version-shown').textContent")
        assert second != first  # the re-build rewrote the CSVs, so the version moved on


def test_uploads_can_be_switched_off():
    from dashboard.upload import uploads_enabled

    assert uploads_enabled({}) and uploads_enabled({"FRONTMAP_UPLOADS": "on"})
    assert not uploads_enabled({"FRONTMAP_UPLOADS": "off"})
    assert not uploads_enabled({"FRONTMAP_UPLOADS": " 0 "})
    with pytest.raises(ValueError, match="FRONTMAP_UPLOADS"):
        uploads_enabled({"FRONTMAP_UPLOADS": "maybe"})


def test_unpacked_text_of_one_request_is_capped_across_archives():
    part = b"word " * 4000  # 20 KB of text
    first = make_zip({"a.txt": part, "b.txt": part}, compression=zipfile.ZIP_STORED)
    second = make_zip({"c.txt": part, "d.txt": part}, compression=zipfile.ZIP_STORED)
    staged = stage_uploads([("one.zip", first), ("two.zip", second), ("e.txt", part)],
                           UploadLimits(max_uncompressed_bytes=70_000))
    assert sorted(staged.texts) == ["a.txt", "b.txt", "c.txt"]
    got = reasons(staged)
    assert "unpacks to more than" in got["two.zip:d.txt"] and "unpacks to more than" in got["e.txt"]


def test_a_manifest_alone_is_rejected_with_a_reason(tmp_path):
    report = ingest_uploads([("manifest.csv", b"file,published\na.txt,2021-08-08\n")], tmp_path)
    assert not report.ok and report.build is None
    assert [(r.name, r.reason) for r in report.rejected] == [
        ("manifest.csv", "a manifest needs the .txt files it describes in the same upload")]


def test_a_symbolic_link_in_an_archive_is_refused_with_its_reason():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("passwords.txt")
        link.create_system = 3  # made on Unix: the mode bits below count
        link.external_attr = (0o120777 << 16)  # a symbolic link; its content is the target's path
        archive.writestr(link, "/etc/passwd")
        plain = zipfile.ZipInfo("kunduz.txt")
        plain.create_system = 3
        plain.external_attr = (0o100644 << 16)
        archive.writestr(plain, ARTICLE)
    staged = stage_uploads([("bundle.zip", buffer.getvalue())], UploadLimits())
    assert "symbolic links are not accepted" in reasons(staged)["bundle.zip:passwords.txt"]
    assert list(staged.texts) == ["kunduz.txt"]
