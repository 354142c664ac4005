"""Process settings (`tuning`, made by the CLI) and the runtime choices the library makes."""

import pytest

from briefing import tuning
from briefing.encoder import runtime


@pytest.mark.parametrize(
    ("variable", "default"),
    [("OMP_WAIT_POLICY", "PASSIVE"), ("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "64")],
)
def test_torch_starts_with_our_defaults_unless_the_user_set_one(monkeypatch, variable, default):
    monkeypatch.delenv(variable, raising=False)
    tuning.prepare_torch()
    assert tuning.os.environ[variable] == default
    monkeypatch.setenv(variable, "mine")
    tuning.prepare_torch()
    assert tuning.os.environ[variable] == "mine"


def test_openmp_threads_spin_briefly_then_sleep_unless_the_user_chose(monkeypatch):
    for variable in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT"):
        monkeypatch.delenv(variable, raising=False)
    tuning.prepare_torch()
    assert tuning.os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    assert tuning.os.environ["GOMP_SPINCOUNT"] == "1000"

    monkeypatch.delenv("OMP_WAIT_POLICY")
    monkeypatch.setenv("GOMP_SPINCOUNT", "50")
    tuning.prepare_torch()
    assert tuning.os.environ["GOMP_SPINCOUNT"] == "50"

    # A user who asks for spinning gets libgomp's own spin, not ours.
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    monkeypatch.delenv("GOMP_SPINCOUNT")
    tuning.prepare_torch()
    assert "GOMP_SPINCOUNT" not in tuning.os.environ


def test_freed_memory_can_be_given_back_on_glibc(monkeypatch):
    runtime._glibc.cache_clear()
    if runtime.sys.platform.startswith("linux"):  # this project's machines: glibc
        assert runtime._glibc() is not None
    runtime.release_free_memory()  # callable everywhere; a no-op where there is no malloc_trim
    monkeypatch.setattr(runtime.sys, "platform", "darwin")
    runtime._glibc.cache_clear()
    assert runtime._glibc() is None
    runtime.release_free_memory()
    runtime._glibc.cache_clear()


def test_glibc_thresholds_are_fixed_once_per_process(monkeypatch):
    calls = []

    class FakeLibc:
        def mallopt(self, parameter, value):
            calls.append((parameter, value))
            return 1

    monkeypatch.setattr(runtime, "_glibc", lambda: FakeLibc())
    tuning.keep_freed_memory_between_batches.cache_clear()
    tuning.keep_freed_memory_between_batches()
    tuning.keep_freed_memory_between_batches()
    assert calls == [(-3, 32 * 1024 * 1024), (-1, 256 * 1024 * 1024)]  # M_MMAP_, M_TRIM_THRESHOLD

    monkeypatch.setattr(runtime, "_glibc", lambda: None)  # macOS, musl: nothing to set
    tuning.keep_freed_memory_between_batches.cache_clear()
    tuning.keep_freed_memory_between_batches()
    tuning.keep_freed_memory_between_batches.cache_clear()


def test_loader_workers_run_behind_the_engine(tmp_path):
    from briefing import prepare

    with prepare.loader_pool("spawn", 1) as pool:
        worker = pool.submit(runtime.os.nice, 0).result()
    assert worker == min(runtime.os.nice(0) + runtime.LOADER_NICENESS, 19)


def test_what_lives_for_the_run_is_kept_out_of_the_collectors_walks(monkeypatch):
    import gc

    monkeypatch.setattr(runtime, "_FROZEN", set())
    kept = [[n] for n in range(3)]
    runtime.freeze_long_lived("tables")  # a program's process: its collector is left alone
    assert any(o is kept for o in gc.get_objects())
    monkeypatch.setattr(
        runtime, "_OWNED", True
    )  # briefing's own process (`own_process`)  # alive now, and for as long as the run
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


def test_lanes_run_side_by_side_each_on_one_core_and_torch_gets_its_threads_back():
    import threading

    import torch

    before = torch.get_num_threads()
    both_running = threading.Barrier(2, timeout=10)  # broken, and raised, if lanes take turns
    seen = []

    def work(job):
        if job < 2:
            both_running.wait()
        seen.append((job, threading.get_ident(), torch.get_num_threads()))
        assert torch.is_inference_mode_enabled()

    runtime.run_in_lanes(list(range(6)), work, lanes=2)
    assert sorted(job for job, _, _ in seen) == list(range(6))
    assert len({thread for _, thread, _ in seen}) == 2
    assert {threads for _, _, threads in seen} == {1}
    assert torch.get_num_threads() == before


def test_an_error_in_a_lane_is_raised_and_torch_gets_its_threads_back():
    import torch

    before = torch.get_num_threads()

    def work(job):
        if job == 3:
            raise ValueError("batch 3 broke")

    with pytest.raises(ValueError, match="batch 3 broke"):
        runtime.run_in_lanes(list(range(6)), work, lanes=2)
    assert torch.get_num_threads() == before


def test_one_lane_runs_in_the_calling_thread():
    import threading

    import torch

    seen = []
    runtime.run_in_lanes(
        [1, 2],
        lambda job: seen.append((job, threading.get_ident(), torch.is_inference_mode_enabled())),
        lanes=1,
    )
    assert seen == [(1, threading.get_ident(), True), (2, threading.get_ident(), True)]


def test_the_command_sets_torch_threads_to_the_usable_cores_unless_the_user_chose(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr(tuning, "keep_freed_memory_between_batches", lambda: None)
    monkeypatch.setattr(tuning, "collect_less_often", lambda: None)
    monkeypatch.setattr(runtime, "_OWNED", False)
    for variable in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "ONEDNN_PRIMITIVE_CACHE_CAPACITY"):
        monkeypatch.setenv(variable, "mine")  # put back after the test, as monkeypatch found it
    monkeypatch.setenv(tuning.ISA_VARIABLE, "mine")
    tuning.tune_process()
    assert tuning.os.environ["OMP_NUM_THREADS"] == str(runtime.usable_cores())
    assert runtime._OWNED
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    tuning.tune_process()
    assert tuning.os.environ["OMP_NUM_THREADS"] == "1"


def test_the_command_walks_young_objects_less_often_unless_a_threshold_was_chosen():
    import gc

    before = gc.get_threshold()
    try:
        gc.set_threshold(tuning.PYTHON_DEFAULT_YOUNG, 10, 10)
        tuning.collect_less_often()
        assert gc.get_threshold() == (tuning.YOUNG_COLLECTION_EVERY, 10, 10)
        gc.set_threshold(2_000, 5, 5)  # someone's own choice stays
        tuning.collect_less_often()
        assert gc.get_threshold() == (2_000, 5, 5)
    finally:
        gc.set_threshold(*before)
