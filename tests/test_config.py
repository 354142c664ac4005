import pytest

from briefing.config import Settings, load_settings
from briefing.errors import ConfigError


def test_file_values_override_defaults_and_cli_overrides_file(tmp_path):
    path = tmp_path / "briefing.toml"
    path.write_text('points = 3\nformats = "md,json"\noutput_dir = "memos"\n')
    settings = load_settings(path)
    assert settings.points == 3
    assert settings.formats == ("md", "json")
    assert settings.output_dir == tmp_path / "memos"
    assert settings.replace(points=7, engine=None).points == 7


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pionts = 3\n", "unknown setting(s) pionts"),
        ("points = 0\n", "points must be between 1 and 20"),
        ('formats = "md,docx"\n', "unknown format docx"),
        ("points = \n", "briefing.toml"),
        ("formats = 5\n", "briefing.toml"),
        ("output_dir = 5\n", "briefing.toml"),
        ('cache = "no"\n', "cache must be true or false"),
        ("points = 30\n", "briefing.toml: points must be between 1 and 20"),
        ("points = 3.5\n", "briefing.toml: points must be a whole number, not 3.5"),
        ("points = true\n", "briefing.toml: points must be a whole number, not True"),
        ("encoder = 5\n", "briefing.toml: encoder must be a string, not 5"),
        ("prompt = 5\n", "briefing.toml: prompt must be a string, not 5"),
        ("engine = 7\n", "briefing.toml: engine must be a string, not 7"),
        ("max_input_bytes = 1e6\n", "briefing.toml: max_input_bytes must be a whole number"),
        ("max_sentences = 0\n", "briefing.toml: max_sentences must be a positive whole number"),
        ("num_beams = true\n", "briefing.toml: num_beams must be a positive whole number"),
        ('debug = "yes"\n', "briefing.toml: debug must be true or false"),
    ],
)
def test_bad_settings_are_errors(tmp_path, text, message):
    path = tmp_path / "briefing.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings(path)


def test_defaults():
    assert Settings().formats == ("md", "html")
    assert Settings().engine == "extractive"


def test_a_settings_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "briefing.toml"
    path.write_bytes(b'engine = "caf\xe9"\n')
    with pytest.raises(ConfigError, match=r"briefing\.toml"):
        load_settings(path)
