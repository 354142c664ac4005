"""Inputs named by URL, read from a real S3 server (moto's, on this machine): listing a folder,
reading an object, the one-line errors, and `--cluster ray` memos equal to those of the same files
on disk. Only the last starts Ray."""

from __future__ import annotations

import html
import json
import socket
from pathlib import Path

import pytest
from moto.server import ThreadedMotoServer

from briefing.cluster.inputs import UrlPath, input_path, is_url, list_url, read_url
from briefing.config import Settings
from briefing.errors import InputError
from briefing.output.render import escape_markdown
from briefing.pipeline import make_memos
from briefing.prepare import load_and_segment
from tests.newsroom import write_articles


@pytest.fixture(scope="module")
def s3_endpoint():
    """An S3 server on a port no one else listens on, for the module."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, monkeypatch, tmp_path):
    """A fresh bucket `news-<n>`, reached as pyarrow reaches any S3: the endpoint and dummy keys
    in the environment (a local Ray started for a run passes them on to its workers)."""
    from pyarrow.fs import S3FileSystem

    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    name = f"news-{tmp_path.name.lower().replace('_', '-')[-40:]}".rstrip("-")
    store = S3FileSystem(
        endpoint_override=s3_endpoint.removeprefix("http://"),
        scheme="http",
        region="us-east-1",
        allow_bucket_creation=True,
    )
    store.create_dir(name)
    return store, name


def _put(store, key: str, data: bytes) -> None:
    with store.open_output_stream(key) as stream:
        stream.write(data)


def test_a_url_prints_as_given_through_records():
    url = UrlPath("s3://news/in/feed.jsonl")
    assert str(url) == "s3://news/in/feed.jsonl"
    assert str(url.with_name(f"{url.name}#2")) == "s3://news/in/feed.jsonl#2"
    assert str(input_path("file:///srv/news/a.txt")) == "file:///srv/news/a.txt"
    assert is_url("s3://news/a.txt") and not is_url("news/a.txt") and not is_url(Path("s3://x"))
    import pickle

    assert str(pickle.loads(pickle.dumps(url))) == str(url)


def test_a_folder_lists_its_article_files_sorted(bucket):
    store, name = bucket
    for key in ("b.md", "a.txt", "sub/c.html", ".hidden.txt", ".git/d.txt", "notes.csv"):
        _put(store, f"{name}/in/{key}", b"A title\n\nSome text.")
    listed = [str(p) for p in list_url(f"s3://{name}/in/")]
    assert listed == [f"s3://{name}/in/{key}" for key in ("a.txt", "b.md", "sub/c.html")]
    # A file, or what is not there, is the URL itself: its read says what is wrong.
    assert [str(p) for p in list_url(f"s3://{name}/in/a.txt")] == [f"s3://{name}/in/a.txt"]
    assert [str(p) for p in list_url("s3://no-such-bucket/in/")] == ["s3://no-such-bucket/in/"]


def test_reading_an_object_and_its_one_line_errors(bucket):
    store, name = bucket
    _put(store, f"{name}/in/a.txt", b"A title\n\nSome text.")
    assert read_url(f"s3://{name}/in/a.txt", 1000) == b"A title\n\nSome text."

    def error(url: str, max_bytes: int = 1000) -> str:
        with pytest.raises(InputError) as raised:
            read_url(url, max_bytes)
        assert "\n" not in str(raised.value)
        return str(raised.value)

    missing = f"s3://{name}/in/missing.txt"
    assert error(missing) == f"{missing}: no such file"
    assert error("s3://no-such-bucket/a.txt") == "s3://no-such-bucket/a.txt: no such file"
    assert error(f"s3://{name}/in/a.txt", 10) == (
        f"s3://{name}/in/a.txt: is 19 bytes, over the 10-byte limit"
    )
    assert error(f"s3://{name}/in/a.csv").startswith(f"s3://{name}/in/a.csv: unsupported file")


def test_the_loader_takes_bytes_read_elsewhere(tmp_path):
    [path] = write_articles(tmp_path, 1)
    url = UrlPath("s3://news/in/article-000.txt")
    [from_disk] = load_and_segment(path, 100_000)
    [from_bytes] = load_and_segment(url, 100_000, data=path.read_bytes())
    assert str(from_bytes.article.path) == str(url)
    assert from_bytes.article.sha256 == from_disk.article.sha256
    assert from_bytes.paragraphs == from_disk.paragraphs
    # The limits hold for bytes handed over as for a file read here.
    assert load_and_segment(url, 10, data=path.read_bytes()) == (
        f"s3://news/in/article-000.txt: is {path.stat().st_size:,} bytes, over the 10-byte limit"
    )
    assert load_and_segment(url, 100, data=b"  \n") == "s3://news/in/article-000.txt: is empty"


def test_a_url_without_a_cluster_is_a_one_line_error(cli, tmp_path):
    result = cli("make", "s3://news/in/", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.output.strip() == "error: URL inputs need --cluster ray: s3://news/in/"


@pytest.mark.cluster
def test_memos_from_s3_equal_those_from_the_same_files_on_disk(bucket, tmp_path, monkeypatch):
    pytest.importorskip("ray", reason="the cluster path needs `pip install 'briefing[ray]'`")
    from briefing.api import make

    store, name = bucket
    folder = tmp_path / "in"
    write_articles(folder, 6)
    texts = [p.read_text() for p in sorted(folder.iterdir())[:2]]
    records = [
        {"title": t.splitlines()[0] + " (feed)", "text": t.split("\n\n", 1)[1]} for t in texts
    ]
    feed = "\n".join(json.dumps(r) for r in records) + "\n{not json\n"
    (folder / "feed.jsonl").write_text(feed, encoding="utf-8")
    for path in sorted(folder.iterdir()):
        _put(store, f"{name}/in/{path.name}", path.read_bytes())
    formats = ("md", "html", "json")
    local = Settings(engine="lead", formats=formats, output_dir=tmp_path / "local")
    remote = local.replace(output_dir=tmp_path / "ray")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)  # a local Ray, started with these keys

    here = list(make_memos(sorted(folder.iterdir()), local))
    missing, no_bucket = f"s3://{name}/in/missing.txt", "s3://no-such-bucket/a.txt"
    there = make(
        [f"s3://{name}/in/", missing, no_bucket], remote, cluster="ray", keep_memos=False
    ).outcomes

    def files(root: Path, source: str) -> dict[str, bytes]:
        """The files, with the source folder (as each format writes it) read as `SOURCE/`."""
        found = {}
        for path in sorted(root.iterdir()):
            data = path.read_bytes()
            for written in {source, escape_markdown(source), html.escape(source)}:
                data = data.replace(written.encode(), b"SOURCE/")
            lines = data.splitlines(True)
            kept = [x for x in lines if b"generated_at" not in x and b"Generated 20" not in x]
            found[path.name] = b"".join(kept)
        return found

    memos = files(tmp_path / "ray", f"s3://{name}/in/")
    assert memos == files(tmp_path / "local", f"{folder}/")
    assert sum(n.endswith(".md") for n in memos) == 8  # 6 articles and 2 feed records
    assert any(b"SOURCE/article-000.txt" in data for data in memos.values())  # sources named
    local_errors = [o.error.replace(f"{folder}/", f"s3://{name}/in/") for o in here if o.error]
    errors = [o.error for o in there if o.error]
    assert errors == [*local_errors, f"{missing}: no such file", f"{no_bucket}: no such file"]
    assert len(local_errors) == 1 and "feed.jsonl" in local_errors[0]
