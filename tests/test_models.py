"""Finding models on this machine, failing fast when one is missing, and `briefing models`."""

import shutil
import socket
from pathlib import Path

import pytest

from briefing.errors import ModelError
from briefing.hub import resolve_model
from briefing.summarise.abstractive.models import local_models

MISSING_MESSAGE = (
    "model 'facebook/bart-large-cnn' is not in the local Hugging Face cache ({cache}); on a "
    "connected machine run `briefing models pull facebook/bart-large-cnn`, or pass "
    "--model /path/to/folder"
)


@pytest.fixture
def hub_cache(tmp_path, monkeypatch) -> Path:
    """An empty Hugging Face cache of our own, with offline mode not set."""
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    cache.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return cache


@pytest.fixture
def connections(monkeypatch) -> list:
    """Every socket connection attempted during the test (the network is watched, not faked)."""
    connections: list = []
    real_connect = socket.socket.connect

    def watched_connect(self, address):
        connections.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", watched_connect)
    return connections


def cache_model(cache: Path, repo_id: str, folder: Path) -> Path:
    """Lay a model folder out as huggingface_hub does: blobs, a snapshot of links, refs/main."""
    repo = cache / f"models--{repo_id.replace('/', '--')}"
    snapshot = repo / "snapshots" / ("a" * 40)
    snapshot.mkdir(parents=True)
    (repo / "blobs").mkdir()
    for n, file in enumerate(sorted(folder.iterdir())):
        blob = repo / "blobs" / f"{n:040d}"
        shutil.copy(file, blob)
        (snapshot / file.name).symlink_to(blob)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("a" * 40)
    return snapshot


def test_a_missing_model_fails_with_a_clear_message_and_no_network(hub_cache, connections):
    with pytest.raises(ModelError) as caught:
        resolve_model("facebook/bart-large-cnn")
    assert str(caught.value) == MISSING_MESSAGE.format(cache=hub_cache)
    assert connections == []


def test_make_with_a_missing_model_says_how_to_get_it(
    cli, hub_cache, connections, article_file, tmp_path
):
    result = cli(
        "make", str(article_file), "-o", str(tmp_path / "m"), "-e", "abstractive",
        "--model", "facebook/bart-large-cnn",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert connections == []
    assert " ".join(result.output.split()) == "error: " + MISSING_MESSAGE.format(cache=hub_cache)


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ("./no/such/folder", "model folder ./no/such/folder does not exist"),
        ("a/b/c", "model folder a/b/c does not exist"),
        ("bad id!", "'bad id!' is neither a model folder nor a Hugging Face id (owner/name)"),
    ],
)
def test_bad_model_names(hub_cache, model, message):
    with pytest.raises(ModelError, match="^" + __import__("re").escape(message) + "$"):
        resolve_model(model)


def test_a_folder_without_config_is_not_a_model(tmp_path):
    with pytest.raises(ModelError, match=r"has no config\.json"):
        resolve_model(str(tmp_path))


def test_the_abstractive_engine_needs_a_model(cli, article_file, tmp_path):
    result = cli("make", str(article_file), "-o", str(tmp_path / "m"), "-e", "abstractive")
    assert result.exit_code == 1
    assert "the abstractive engine needs a model: --model ID_OR_FOLDER" in result.output


@pytest.mark.slow
def test_a_cached_model_is_found_by_id_and_listed(
    hub_cache, connections, tiny_t5, tiny_bart, cli, tmp_path
):
    snapshot = cache_model(hub_cache, "acme/tiny-t5", tiny_t5)
    cache_model(hub_cache, "acme/tiny-bart", tiny_bart)
    assert resolve_model("acme/tiny-t5") == snapshot
    found = local_models()
    assert [(m.name, m.model_type) for m in found] == [
        ("acme/tiny-bart", "bart"),
        ("acme/tiny-t5", "t5"),
    ]
    result = cli("models")
    assert result.exit_code == 0
    assert result.output.startswith("engines: abstractive, extractive, lead, lexrank, textrank\n")
    assert "  acme/tiny-t5  (t5, " in result.output
    assert connections == []


def test_models_lists_engines_when_the_cache_is_empty(cli, hub_cache):
    result = cli("models")
    assert result.exit_code == 0
    assert (
        result.output.splitlines()[0] == "engines: abstractive, extractive, lead, lexrank, textrank"
    )
    assert "briefing models pull ID" in result.output


def test_models_pull_offline_fails_in_one_line(cli, hub_cache, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)  # as on a machine without a network
    result = cli("models", "pull", "facebook/bart-large-cnn")
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot download 'facebook/bart-large-cnn': ")
    assert result.output.count("\n") == 1
