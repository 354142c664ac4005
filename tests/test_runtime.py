"""Torch's environment, set before torch starts: defaults that a user's own values override."""

import pytest

from briefing.summarise import runtime


@pytest.mark.parametrize(
    ("variable", "default"),
    [("OMP_WAIT_POLICY", "PASSIVE"), ("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "64")],
)
def test_torch_starts_with_our_defaults_unless_the_user_set_one(monkeypatch, variable, default):
    monkeypatch.delenv(variable, raising=False)
    runtime.prepare_torch()
    assert runtime.os.environ[variable] == default
    monkeypatch.setenv(variable, "mine")
    runtime.prepare_torch()
    assert runtime.os.environ[variable] == "mine"
