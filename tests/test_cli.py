import json
import subprocess
import sys

import pytest


def test_help_does_not_import_torch_or_transformers():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from briefing.cli import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "result = CliRunner().invoke(app, ['make', '--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "heavy = [m for m in ('torch', 'transformers', 'numpy', 'jinja2') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_make_writes_md_html_and_json(cli, fake_engine, article_file, tmp_path):
    out = tmp_path / "memos"
    result = cli(
        "make",
        str(article_file.parent),
        "-o",
        str(out),
        "--engine",
        "fake",
        "--format",
        "md,html,json",
        "--points",
        "2",
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    slug = "ministers-agree-new-flood-defence-plan"
    assert names == [f"{slug}.html", f"{slug}.json", f"{slug}.md"]
    data = json.loads((out / f"{slug}.json").read_text())
    assert len(data["key_points"]) == 2
    assert all(1 <= p["paragraph"] <= len(data["paragraphs"]) for p in data["key_points"])
    assert "1 memo written" in result.output
    assert "flood-plan.txt" in result.output


def test_one_bad_file_fails_alone_and_exit_code_is_1(cli, fake_engine, article_file, tmp_path):
    (article_file.parent / "empty.txt").write_text("")
    out = tmp_path / "memos"
    result = cli("make", str(article_file.parent), "-o", str(out), "--engine", "fake")
    assert result.exit_code == 1
    assert "empty.txt: is empty" in result.output
    assert "1 memo written" in result.output and "1 failed" in result.output
    assert (out / "ministers-agree-new-flood-defence-plan.md").is_file()


def test_duplicate_inputs_are_written_once_with_a_warning(cli, fake_engine, article_file, tmp_path):
    (article_file.parent / "copy.txt").write_bytes(article_file.read_bytes())
    result = cli("make", str(article_file.parent), "-o", str(tmp_path / "m"), "--engine", "fake")
    assert result.exit_code == 0
    assert "same content as" in result.output


def test_usage_errors_exit_2(cli, article_file, tmp_path):
    assert cli("make", str(tmp_path / "missing")).exit_code == 2
    assert cli("make", str(article_file), "--format", "docx").exit_code == 2
    assert cli("make", str(article_file), "--engine", "nope").exit_code == 2
    assert cli("make", str(article_file), "--points", "0").exit_code == 2
    assert cli("frobnicate").exit_code == 2


def test_unknown_engine_message_lists_the_engines(cli, article_file):
    result = cli("make", str(article_file), "--engine", "nope")
    assert "unknown engine 'nope'" in result.output
    assert "extractive" in result.output


def test_an_engine_warning_is_shown_on_the_article_line(cli, article_file, tmp_path):
    from briefing.records import Draft, EngineInfo, Summary
    from briefing.summarise import base

    class WarningEngine:
        info = EngineInfo(name="warned", model="none")

        def __init__(self, settings=None) -> None:
            pass

        def summarise(self, documents, points):
            return [
                Summary(
                    points=tuple(Draft(s.text, (i,)) for i, s in enumerate(doc.sentences[:points])),
                    warnings=("¶9 was longer than the model's input (64 tokens) and was cut",),
                )
                for doc in documents
            ]

    base.register("warned", WarningEngine)
    try:
        result = cli("make", str(article_file), "-o", str(tmp_path / "m"), "--engine", "warned")
    finally:
        base.ENGINES.pop("warned", None)
    assert result.exit_code == 0
    line = next(line for line in result.output.splitlines() if "✓" in line)
    assert line.endswith("! ¶9 was longer than the model's input (64 tokens) and was cut")
    assert "1 memo written" in result.output


def test_file_names_that_look_like_markup_are_printed_as_they_are(cli, fake_engine, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[red] and [bold]x.txt").write_text("")
    (folder / "[link=javascript:x]ok.txt").write_text(
        "A title\n\nThe council met on Monday and agreed the plan for the harbour wall.\n"
    )
    result = cli("make", str(folder), "-o", str(tmp_path / "out"), "--engine", "fake")
    assert result.exit_code == 1, result.output
    assert "[red] and [bold]x.txt: is empty" in result.output
    assert "[link=javascript:x]ok.txt →" in result.output


def test_a_broken_user_template_fails_each_memo_in_one_line(
    cli, fake_engine, article_file, tmp_path
):
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "memo.md.j2").write_text("{{ memo.nope }}")
    config = tmp_path / "briefing.toml"
    config.write_text(f'templates_dir = "{templates}"\nformats = "md"\n')
    result = cli(
        "make",
        str(article_file),
        "-o",
        str(tmp_path / "out"),
        "--engine",
        "fake",
        "--config",
        str(config),
    )
    assert result.exit_code == 1
    assert f"{article_file}: template" in result.output
    assert "nope" in result.output and "Traceback" not in result.output


def test_a_short_article_does_not_repeat_its_bottom_line_as_a_key_point(cli, fake_engine, tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("The council approved the new harbour wall on Monday after a short debate.\n")
    out = tmp_path / "out"
    result = cli("make", str(path), "-o", str(out), "--engine", "fake", "--format", "json")
    assert result.exit_code == 0, result.output
    [memo] = [json.loads(p.read_text()) for p in out.glob("*.json") if p.name[0] != "."]
    assert memo["bluf"].startswith("The council approved")
    assert memo["key_points"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--device", "bogus"], "device must be cpu, cuda, cuda:N or mps"),
        (["--points", "30"], "points must be between 1 and 20"),
    ],
)
def test_bad_options_are_usage_errors(cli, article_file, args, message):
    result = cli("make", str(article_file), *args)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_inspect_a_missing_file_is_a_usage_error(cli, tmp_path):
    result = cli("inspect", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "such file" in result.output  # the usage box may wrap the message


@pytest.mark.parametrize(
    "command",
    [["make", "{article}"], ["cache"], ["eval", "{data}"], ["inspect", "{article}"]],
    ids=["make", "cache", "eval", "inspect"],
)
def test_every_command_reads_the_same_config_option(cli, article_file, tmp_path, command):
    config = tmp_path / "briefing.toml"
    config.write_text("colour = 'blue'\n")
    data = tmp_path / "data.jsonl"
    data.write_text('{"article": "A.", "summary": "A."}\n')
    args = [a.format(article=article_file, data=data) for a in command]
    result = cli(*args, "--config", str(config))
    assert result.exit_code == 2
    assert "unknown setting(s) colour" in " ".join(result.output.split())


def test_a_digest_with_no_memo_fails_on_its_own_line(cli, fake_engine, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = cli("make", str(folder), "-o", str(out), "--engine", "fake", "--digest")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line] == [
        f"✗ {folder / 'empty.txt'}: is empty",
        "✗ digest: no memo was written, so there is nothing to digest",
        f"0 memos written to {out}, 2 failed",
    ]
