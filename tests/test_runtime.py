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


def test_freed_memory_can_be_given_back_on_glibc(monkeypatch):
    runtime._malloc_trim.cache_clear()
    if runtime.sys.platform.startswith("linux"):  # this project's machines: glibc
        assert runtime._malloc_trim() is not None
    runtime.release_free_memory()  # callable everywhere; a no-op where there is no malloc_trim
    monkeypatch.setattr(runtime.sys, "platform", "darwin")
    runtime._malloc_trim.cache_clear()
    assert runtime._malloc_trim() is None
    runtime.release_free_memory()
    runtime._malloc_trim.cache_clear()


def test_loader_workers_run_behind_the_engine(tmp_path):
    from briefing import prepare

    with prepare.loader_pool("spawn", 1) as pool:
        worker = pool.apply(runtime.os.nice, (0,))
    assert worker == min(runtime.os.nice(0) + runtime.LOADER_NICENESS, 19)


def test_what_lives_for_the_run_is_kept_out_of_the_collectors_walks(monkeypatch):
    import gc

    monkeypatch.setattr(runtime, "_FROZEN", set())
    kept = [[n] for n in range(3)]  # alive now, and for as long as the run
    assert any(o is kept for o in gc.get_objects())
    try:
        runtime.freeze_long_lived("tables")
        assert not any(o is kept for o in gc.get_objects())  # what a collection walks
        made_later = [[4]]
        runtime.freeze_long_lived("tables")  # once for each thing, however often asked
        assert any(o is made_later for o in gc.get_objects())
        runtime.freeze_long_lived("engine")
        assert not any(o is made_later for o in gc.get_objects())
    finally:
        gc.unfreeze()
