"""The output folder under faults and contention: one run at a time, whole memo sets or none,
nothing written outside it; Markdown inert under GitHub-flavoured renderers too."""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options

from briefing import make
from briefing.config import Settings
from briefing.errors import BriefingError
from briefing.load import parse_text
from briefing.output.folder import MANIFEST, OutputFolder
from briefing.output.render import escape_markdown, render
from briefing.pipeline import build_memo
from briefing.records import Draft, EngineInfo, Summary
from briefing.segment import segment

from .conftest import ARTICLE

SLUG = "ministers-agree-new-flood-defence-plan"


def run(inputs: Path, out: Path, **changes):
    settings = Settings(engine="fake", output_dir=out, formats=("md", "json"))
    return make([inputs], settings.replace(**changes)).outcomes


def test_a_second_run_into_a_folder_in_use_fails_with_a_clear_message(
    fake_engine, article_file, tmp_path
):
    out = tmp_path / "out"
    holder = OutputFolder(out).lock()
    try:
        with pytest.raises(BriefingError) as info:
            run(article_file, out)
        assert str(info.value) == (
            f"another briefing run (process {os.getpid()}) is writing memos to {out}; "
            "wait for it to finish, or write to another folder with -o"
        )
        assert not list(out.glob("*.md"))
    finally:
        holder.release()
    assert all(o.ok for o in run(article_file, out))  # free again once the first run ends
    assert (out / f"{SLUG}.md").is_file()


def test_the_cli_says_the_folder_is_in_use_and_exits_1(cli, fake_engine, article_file, tmp_path):
    out = tmp_path / "out"
    holder = OutputFolder(out).lock()
    try:
        result = cli("make", str(article_file), "-o", str(out), "--engine", "fake")
    finally:
        holder.release()
    assert result.exit_code == 1
    assert f"is writing memos to {out}; wait for it to finish" in result.output


def test_the_manifest_is_never_followed_through_a_symlink(fake_engine, article_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("precious\n")
    (out / MANIFEST).symlink_to(outside)
    [outcome] = run(article_file, out)
    assert outside.read_text() == "precious\n"
    assert outcome.error == (
        f"{article_file}: cannot write {out / MANIFEST}: it is a symbolic link; remove it"
    )


def test_temporary_files_a_killed_run_left_are_removed(fake_engine, article_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".{SLUG}.pdf.0123456789ab.tmp"
    stale.write_bytes(b"%PDF-1.7 half")
    mine = out / ".notes.tmp"  # not a name briefing makes: left alone
    mine.write_text("keep")
    run(article_file, out)
    assert not stale.exists() and mine.exists()


def test_a_full_disk_names_the_file_and_leaves_no_part_of_the_memo(
    fake_engine, article_file, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return Full(handle) if ".json." in os.readlink(f"/proc/self/fd/{fd}") else handle

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to know which file a descriptor writes")
    monkeypatch.setattr(os, "fdopen", fdopen)
    [outcome] = run(article_file, out, cache=False)
    assert outcome.error == (
        f"{article_file}: cannot write {out / SLUG}.json: No space left on device"
    )
    assert sorted(p.name for p in out.iterdir()) == [".briefing.lock"]  # no .md without .json


def memo_with(text: str, url: str | None):
    source = f"\n\nSource: {url}\n" if url else "\n"
    doc = segment(
        parse_text(ARTICLE.split("Source:")[0] + text + source, path=Path("a.txt"), sha256="a" * 64)
    )
    last = len(doc.sentences) - 1
    summary = Summary(points=(Draft(doc.sentences[0].text, (0,)), Draft(text, (last,))))
    return build_memo(doc, summary, EngineInfo("fake", "none"), "2026-11-29T10:00:00+00:00")


def links(markdown: str) -> list[str]:
    html = cmarkgfm.markdown_to_html_with_extensions(
        markdown,
        options=Options.CMARK_OPT_UNSAFE,
        extensions=["autolink", "table", "strikethrough"],
    )
    return re.findall(r'href="([^"]*)"', html)


HOSTILE = (
    "Write to leaks@evil.example or see www.evil.example, https://evil.example/login and "
    "ftp://evil.example/file, or mailto:boss@evil.example, the group said in a statement."
)


def test_bare_addresses_in_article_text_are_never_links_under_gfm():
    md = render(memo_with(HOSTILE, "https://news.example.org/2026/flood-plan"), "md")
    assert links(md) == ["https://news.example.org/2026/flood-plan"]  # the Source line only
    # The reader still sees every address as the article wrote it.
    html = cmarkgfm.github_flavored_markdown_to_html(md)
    for address in ("leaks@evil.example", "www.evil.example", "https://evil.example/login"):
        assert address in html


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,hello", "http://", "https://evil.example/`x`"]
)
def test_a_rejected_source_url_is_not_a_link_either(url):
    md = render(memo_with(HOSTILE, url), "md")
    assert links(md) == []


@pytest.mark.parametrize(
    "text",
    ["bob@evil.example", "see https://x.example", "www.x.example", "a_b@c.example.org."],
)
def test_escaped_text_reads_the_same_under_commonmark_and_gfm(text):
    escaped = escape_markdown(text)
    gfm = cmarkgfm.github_flavored_markdown_to_html(escaped)
    plain = cmarkgfm.markdown_to_html(escaped)
    assert "<a " not in gfm and "<a " not in plain
    assert re.sub(r"<[^>]+>", "", gfm).strip() == text


@pytest.mark.parametrize(
    "text",
    [
        "[click](javascript:alert(1))",
        "![pixel](https://evil.example/p.png)",
        "see [the plan] [1] and [1]: https://evil.example",
        "<https://evil.example> (a site)!",
        '(see [this](https://evil.example "t"))',
    ],
)
def test_links_and_images_stay_text_though_brackets_of_news_are_left_as_written(text):
    escaped = escape_markdown(text)
    for html in (
        cmarkgfm.github_flavored_markdown_to_html(escaped),
        cmarkgfm.markdown_to_html(escaped),
    ):
        assert "<a " not in html and "<img" not in html
    # parentheses and exclamation marks make no link without a "[": no backslashes for the
    # reader who copies a point from the Markdown
    plain = 'Spurs named (sporting director) Frank Arnesen on Friday. "We won!"'
    assert escape_markdown(plain) == plain


def test_the_json_memo_keeps_addresses_verbatim(fake_engine, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        ARTICLE.replace("Local councils welcomed", f"{HOSTILE} Local councils welcomed")
    )
    [outcome] = run(path, tmp_path / "out")
    data = json.loads(next(f for f in outcome.files if f.suffix == ".json").read_text())
    assert any("leaks@evil.example" in p for p in data["paragraphs"])
