import json
import os
from pathlib import Path

import cmarkgfm
import pytest

from briefing.load import parse_text
from briefing.output.folder import OutputFolder
from briefing.output.render import escape_markdown, render, slugify
from briefing.pipeline import build_memo
from briefing.records import Draft, EngineInfo, Summary, paragraph_label
from briefing.resources import resource_dir
from briefing.segment import segment

from .conftest import ARTICLE


def _memo(text=ARTICLE, sha="a" * 64):
    doc = segment(parse_text(text, path=Path("in/a.txt"), sha256=sha))
    picks = (0, 3, 2)
    summary = Summary(
        points=tuple(Draft(doc.sentences[i].text, (i,)) for i in picks),
        background=(Draft("Councils had asked for support."),),
    )
    return build_memo(doc, summary, EngineInfo("fake", "none"), "2026-11-29T10:00:00+00:00")


def test_memo_puts_best_point_first_and_key_points_in_reading_order():
    memo = _memo()
    assert memo.bluf.text.startswith("Ministers agreed a £2bn plan")
    assert [p.paragraph for p in memo.key_points] == [2, 3]


def test_markdown_memo_has_every_section():
    md = render(_memo(), "md")
    assert md.startswith("# Ministers agree new flood defence plan\n")
    for part in (
        "## Bottom line",
        "## Key points",
        "## Background",
        "\\[¶2\\]",
        "\\[¶3\\]",
        "floods",
    ):
        assert part in md
    assert "engine `fake`" in md


def test_html_memo_is_a_complete_printable_document():
    html = render(_memo(), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert "@page" in html and "</html>" in html
    assert 'href="https://news.example.org/2026/flood-plan"' in html
    assert '<a class="ref" href="#p2"' in html and '<li id="p2">' in html


def test_json_has_the_stable_fields():
    data = json.loads(render(_memo(), "json"))
    assert data["title"] == "Ministers agree new flood defence plan"
    assert data["paragraphs"][0].startswith("Ministers agreed")
    assert data["key_points"][0]["paragraph"] == 2
    assert set(data["key_points"][0]) >= {"text", "paragraph"}
    assert data["engine"] == {"name": "fake", "model": "none"}
    assert data["input"] == {"path": "in/a.txt", "sha256": "a" * 64}
    assert data["bluf"].startswith("Ministers agreed")


def test_untrusted_text_is_escaped_in_html_and_markdown():
    evil = ARTICLE.replace(
        "Local councils welcomed the announcement.",
        "Local <script>alert(1)</script> councils [click](javascript:alert(1)) welcomed it.",
    )
    memo = _memo(evil)
    memo = memo.__class__(**{**memo.__dict__, "background": "<img src=x onerror=alert(1)>"})
    html = render(memo, "html")
    assert "<script>" not in html and "<img" not in html
    md = render(memo, "md")
    assert "\\<img" in md and "](javascript" not in md  # a backslash makes "<" plain text
    shown = cmarkgfm.github_flavored_markdown_to_html(md)
    assert "<img" not in shown and "<script" not in shown and "javascript:" not in shown
    # "&" is escaped only where it would start a character reference: the text reads as written
    assert escape_markdown("Duff & Phelps") == "Duff & Phelps"
    assert cmarkgfm.github_flavored_markdown_to_html(escape_markdown("&copy; &#60;")) == (
        "<p>&amp;copy; &amp;#60;</p>\n"
    )
    assert escape_markdown("# Heading") == "\\# Heading"
    assert escape_markdown("1. item") == "1\\. item"


def test_slugs_are_safe_file_names():
    assert slugify("Pakistan & Morocco: a new MoU") == "pakistan-morocco-a-new-mou"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("Élysée révèle") == "elysee-revele"
    assert slugify("!!!") == "article"
    assert len(slugify("word " * 50)) <= 60


def test_different_articles_with_the_same_title_get_different_files(tmp_path):
    first = OutputFolder(tmp_path).write(_memo(sha="a" * 64), ("md",), None).paths
    again = OutputFolder(tmp_path).write(_memo(sha="a" * 64), ("md",), None).paths
    other = OutputFolder(tmp_path).write(_memo(sha="b" * 64), ("md",), None).paths
    assert first == again
    assert other[0] != first[0] and other[0].name.endswith("-bbbbbbbb.md")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted(
        [first[0].name, other[0].name]
    )


def test_the_manifest_gets_a_line_only_when_a_name_gets_a_new_owner(tmp_path):
    from briefing.output.folder import MANIFEST

    OutputFolder(tmp_path).write(_memo(sha="a" * 64), ("md",), None)
    manifest = tmp_path / MANIFEST
    first = manifest.read_text()
    OutputFolder(tmp_path).write(_memo(sha="a" * 64), ("md",), None)
    assert manifest.read_text() == first
    written = OutputFolder(tmp_path).write(_memo(sha="b" * 64), ("md",), None)
    # Appended, never rewritten: the first owner's line is still the first line.
    lines = manifest.read_text().splitlines()
    assert manifest.read_text().startswith(first)
    assert [json.loads(line)["sha256"] for line in lines] == ["a" * 64, "b" * 64]
    assert json.loads(lines[1])["name"] == written.paths[0].stem


def test_a_manifest_line_cut_short_by_a_crash_is_skipped_and_the_next_one_kept(tmp_path):
    from briefing.output.folder import MANIFEST

    OutputFolder(tmp_path).write(_memo(sha="a" * 64), ("md",), None)
    with (tmp_path / MANIFEST).open("a") as handle:
        handle.write('{"name": "half-writ')  # the process died here
    other_title = ARTICLE.replace("Ministers agree new flood defence plan", "Rivers rise", 1)
    owned = OutputFolder(tmp_path).write(_memo(other_title, sha="b" * 64), ("md",), None)
    # A third article under that title must not take the name the second one owns.
    third = OutputFolder(tmp_path).write(_memo(other_title, sha="c" * 64), ("md",), None)
    assert owned.paths[0].stem == "rivers-rise"
    assert third.paths[0].stem == "rivers-rise-cccccccc"


def test_a_manifest_from_before_the_journal_still_keeps_names_apart(tmp_path):
    from briefing.output.folder import OLD_MANIFEST

    slug = OutputFolder(tmp_path).name_for(_memo().document.article.title, "a" * 64)
    (tmp_path / OLD_MANIFEST).write_text(json.dumps({slug: "a" * 64}))
    written = OutputFolder(tmp_path).write(_memo(sha="b" * 64), ("md",), None)
    assert written.paths[0].stem == f"{slug}-bbbbbbbb"


def test_templates_and_prompts_are_found():
    assert (resource_dir("templates") / "memo.html.j2").is_file()
    assert resource_dir("prompts").is_dir()


def test_an_article_never_takes_the_digest_file_name(tmp_path):
    assert (
        OutputFolder(tmp_path).name_for("Digest 2026-11-29", "c" * 64)
        == "digest-2026-11-29-cccccccc"
    )


def test_atomic_writes_make_missing_folders_and_leave_no_temporary_files(tmp_path):
    from briefing.output.files import write_atomic

    target = tmp_path / "new" / "deeper" / "memo.md"
    write_atomic(target, "first")
    write_atomic(target, "second")
    write_atomic(tmp_path / "new" / "memo.pdf", b"%PDF")
    assert target.read_text() == "second"
    assert (tmp_path / "new" / "memo.pdf").read_bytes() == b"%PDF"
    assert sorted(p.name for p in (tmp_path / "new").rglob("*")) == [
        "deeper",
        "memo.md",
        "memo.pdf",
    ]


def test_atomic_writes_give_files_the_usual_permissions(tmp_path):
    """As `open` would: 0o666 less the umask, for a memo other people read."""
    from briefing.output.files import write_atomic

    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "memo.md", "text")
        (tmp_path / "plain.md").write_text("text")
    finally:
        os.umask(mask)
    mode = (tmp_path / "memo.md").stat().st_mode & 0o777
    assert mode == (tmp_path / "plain.md").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "memo.md").read_text() == "text"


def test_an_atomic_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from briefing.output import files as files_module

    target = tmp_path / "memo.md"
    files_module.write_atomic(target, "old")

    def refuse(*args):
        raise OSError("disk full")

    monkeypatch.setattr(files_module.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        files_module.write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.md"]


def test_templates_are_read_once_per_process(tmp_path, monkeypatch):
    """Templates do not change during a run; checking their files before every memo cost a stat
    call per template per memo."""
    import jinja2.loaders

    calls = []
    real = jinja2.loaders.os.path.getmtime
    monkeypatch.setattr(jinja2.loaders.os.path, "getmtime", lambda p: calls.append(p) or real(p))
    for _ in range(3):
        render(_memo(), "md")
    assert len(calls) <= 1  # at most the first read of the template, never a check per memo


def test_the_manifest_journal_is_started_in_a_folder_that_does_not_exist_yet(tmp_path):
    from briefing.output.folder import MANIFEST, _append_line

    journal = tmp_path / "not" / "yet" / MANIFEST
    _append_line(journal, '{"name": "a", "sha256": "1"}')
    _append_line(journal, '{"name": "b", "sha256": "2"}')
    assert journal.read_text().splitlines() == [
        '{"name": "a", "sha256": "1"}',
        '{"name": "b", "sha256": "2"}',
    ]


def test_a_point_joined_from_two_paragraphs_cites_both():
    doc = segment(parse_text(ARTICLE, path=Path("in/a.txt"), sha256="b" * 64))
    second = next(i for i, s in enumerate(doc.sentences) if s.paragraph == 2)
    third = next(i for i, s in enumerate(doc.sentences) if s.paragraph == 3)
    text = f"{doc.sentences[second].text} {doc.sentences[third].text}"
    summary = Summary(points=(Draft(doc.sentences[0].text, (0,)), Draft(text, (second, third))))
    memo = build_memo(doc, summary, EngineInfo("fake", "none"), "2026-11-29T10:00:00+00:00")
    (joined,) = memo.key_points
    assert (joined.paragraph, joined.paragraphs) == (2, (2, 3))
    assert f"{escape_markdown(text)} \\[¶2–3\\]" in render(memo, "md")
    html = render(memo, "html")
    assert '<a class="ref" href="#p2" title="¶2–3 of the article">[¶2–3]</a>' in html
    data = json.loads(render(memo, "json"))
    assert data["key_points"][0]["paragraphs"] == [2, 3]
    assert data["bluf_point"]["paragraphs"] == [1]


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [((4,), "4"), ((2, 3), "2–3"), ((3, 5), "3, 5"), ((5, 1, 2, 3), "1–3, 5")],
)
def test_paragraphs_are_cited_as_runs(paragraphs, label):
    assert paragraph_label(paragraphs) == label


# bbc_news: a pundit's column, in the first person from its opening on
COLUMN = """Mourinho plots impressive course

Chelsea's win at Fulham proves that they now have everything in place to mount serious challenges on all fronts this season.

They have got strength in depth, great players and an outstanding manager in Jose Mourinho. As I said, winning the major honours is the hardest task of all. I've also found him to be very realistic whenever I've heard him.

In the early games he was slaughtered for defensive tactics, and yet he was winning games. I also thought the criticism was very harsh. I felt they would never have a better chance than last season.

Chelsea have no such problems at present, which is why I would still place my money on them to edge out Arsenal as champions this season.
"""

# a report that quotes its people, then readers' comments after it
REPORT_WITH_COMMENTS = """Kilroy launches new party

Robert Kilroy-Silk has launched a new political party, saying he wants to change the face of British politics.

The former chat show host told reporters in London that the party would stand in the next general election. "I shall be leading a vigorous campaign for the causes I believe in," he said.

A spokesman for UKIP called on his ally to quit the London Assembly. The party's leader said he was glad to see the back of him.

Officials also argued that he had not been straightforward in attacking the party he once wanted to lead. The new party will hold its first conference in the spring.

Veritas? It is the old party in an expensive suit.

In my opinion this is just a publicity stunt. I think his views on immigration are shared by many. I would be interested to see him stand against the minister. I doubt it will last.
"""


def _document(text: str):
    return segment(parse_text(text, path=Path("in/c.txt"), sha256="c" * 64))


def test_a_column_in_the_first_person_is_marked_as_the_writers_opinion():
    from briefing.summarise.standalone import written_as_opinion

    assert written_as_opinion(_document(COLUMN))
    assert not written_as_opinion(_document(REPORT_WITH_COMMENTS))
    assert not written_as_opinion(_document(ARTICLE))


def test_the_opinion_is_printed_in_the_memos_header_and_json():
    document = _document(COLUMN)
    summary = Summary(points=(Draft(document.sentences[0].text, (0,)),))
    memo = build_memo(document, summary, EngineInfo("fake", "none"), "2026-12-05T00:00:00+00:00")
    assert memo.opinion
    assert "**KIND:** Opinion: the writer's own view, in the first person" in render(memo, "md")
    assert '<td class="opinion">Opinion: the writer’s own view' in render(memo, "html")
    assert json.loads(render(memo, "json"))["opinion"] is True
    assert "KIND" not in render(_memo(), "md")


def test_the_background_cites_the_paragraphs_of_the_sentences_it_still_holds():
    from briefing.output.fit import memo_cuts
    from briefing.output.render import Page

    doc = segment(parse_text(ARTICLE, path=Path("in/a.txt"), sha256="d" * 64))
    third = [i for i, s in enumerate(doc.sentences) if s.paragraph == 3]
    fourth = [i for i, s in enumerate(doc.sentences) if s.paragraph == 4]
    summary = Summary(
        points=(Draft(doc.sentences[0].text, (0,)),),
        background=(
            Draft(doc.sentences[third[0]].text, (third[0],)),
            Draft(doc.sentences[fourth[0]].text, (fourth[0],)),
        ),
    )
    memo = build_memo(doc, summary, EngineInfo("fake", "none"), "2026-12-05T00:00:00+00:00")
    assert render(memo, "md").count("\\[¶3–4\\]") == 1
    assert '<span class="ref">[¶3–4]</span></p>' in render(memo, "html")
    cuts = memo_cuts(memo, Page())
    next(cuts)
    shortened, _ = next(cuts)  # the background cut to its first sentence
    assert shortened.background == doc.sentences[third[0]].text
    assert json.loads(render(shortened, "json"))["background_paragraphs"] == [3]
