"""`briefing make --cluster ray` on a two-node Ray cluster started on this machine.

One cluster serves the whole module (starting Ray costs seconds): a head node and a second node
with a resource of its own, each with one CPU, so that work must spread to both.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefing.config import Settings
from briefing.pipeline import make_memos
from tests.newsroom import write_articles

ray = pytest.importorskip("ray", reason="the cluster path needs `pip install 'briefing[ray]'`")

pytestmark = pytest.mark.cluster
RAY = str(Path(sys.executable).with_name("ray"))


def _free_port() -> str:
    """A port no one listens on now: this run's cluster never joins one that another run (or
    anyone else) started on this machine."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


PORT = _free_port()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The address of a two-node cluster: `ray start --head` and a second `ray start`, each
    kept in the foreground (`--block`) so that stopping them stops only what they started."""
    temp = tmp_path_factory.mktemp("ray")
    address = f"127.0.0.1:{PORT}"
    common = ["--num-cpus=1", "--disable-usage-stats", "--block"]
    # A throwaway cluster on the loopback address: no token to share between its nodes.
    env = {**os.environ, "RAY_ADDRESS": "", "RAY_AUTH_MODE": "disabled"}
    nodes: list[subprocess.Popen] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RAY_AUTH_MODE", "disabled")
        try:
            head = [RAY, "start", "--head", f"--port={PORT}", f"--temp-dir={temp}", *common]
            nodes.append(subprocess.Popen(head, env=env, stdout=subprocess.DEVNULL))
            _wait_for_port(PORT)
            second = [RAY, "start", f"--address={address}", '--resources={"second_node": 1}']
            nodes.append(subprocess.Popen([*second, *common], env=env, stdout=subprocess.DEVNULL))
            ray.init(address=address, logging_level="WARNING", log_to_driver=False)
            deadline = time.monotonic() + 120
            while sum(n["Alive"] for n in ray.nodes()) < 2 and time.monotonic() < deadline:
                time.sleep(0.5)
            yield address
        finally:
            ray.shutdown()
            for node in reversed(nodes):
                node.send_signal(signal.SIGTERM)
                node.wait(timeout=60)


def _wait_for_port(port: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", int(port))) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"the Ray head did not open port {port}")


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with the run's time taken out of it."""
    stamp = b"generated_at"
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            lines = path.read_bytes().splitlines(keepends=True)
            found[str(path.relative_to(folder))] = b"".join(
                line for line in lines if stamp not in line and b"Generated 20" not in line
            )
    return found


def _ray_outcomes(paths, settings):
    from briefing.cluster import make_memos_on_cluster

    return list(make_memos_on_cluster(paths, settings))


def test_same_files_as_the_local_path(cluster, tmp_path):
    inputs = write_articles(tmp_path / "in", 24)
    # A repeated article and a same-titled one: skipped and renamed as one machine does.
    shutil.copy(inputs[0], tmp_path / "in" / "repeat.txt")
    same_title = tmp_path / "in" / "zz-same-title.txt"
    same_title.write_text(inputs[1].read_text().replace("Tuesday", "Friday"), encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    # A feed: two records for two memos, and a broken line that fails alone.
    records = [
        json.dumps(
            {
                "title": p.read_text().splitlines()[0] + " (feed)",
                "text": p.read_text().split("\n\n", 1)[1],
            }
        )
        for p in inputs[2:4]
    ]
    (tmp_path / "in" / "feed.jsonl").write_text(
        f"{records[0]}\n{{not json\n{records[1]}\n", encoding="utf-8"
    )
    paths = sorted((tmp_path / "in").iterdir())
    formats = ("md", "html", "json")
    local = Settings(engine="extractive", formats=formats, output_dir=tmp_path / "local")
    remote = local.replace(output_dir=tmp_path / "ray")

    here = list(make_memos(paths, local))
    there = _ray_outcomes(paths, remote)

    assert _files(tmp_path / "ray") == _files(tmp_path / "local")
    assert len(_files(tmp_path / "local")) == 3 * 27 + 2  # 27 memos, the manifest, the lock

    def summary(outcomes, root):
        return sorted(
            (str(o.path), o.error, o.warning, tuple(str(f.relative_to(root)) for f in o.files))
            for o in outcomes
        )

    assert summary(there, tmp_path / "ray") == summary(here, tmp_path / "local")
    assert any(o.error and "empty.txt" in o.error for o in there)
    assert any(o.error and "feed.jsonl: line 2 is not valid JSON" in o.error for o in there)
    assert any(o.warning and o.warning.startswith("same content as") for o in there)


def test_both_nodes_do_work(cluster, tmp_path):
    from ray.util.state import list_nodes, list_tasks

    paths = write_articles(tmp_path / "in", 40)
    settings = Settings(engine="lead", formats=("md",), output_dir=tmp_path / "out", cache=False)
    outcomes = _ray_outcomes(paths, settings)
    assert all(o.ok for o in outcomes) and len(outcomes) == 40

    nodes = {n.node_id for n in list_nodes(filters=[("state", "=", "ALIVE")])}
    assert len(nodes) == 2
    deadline = time.monotonic() + 30  # task events reach the head a few seconds late
    while True:
        tasks = list_tasks(filters=[("state", "=", "FINISHED")], limit=10_000, detail=True)
        # Loading tasks, and the memo actors' calls (not their start, which has no node yet).
        ours = {t.node_id for t in tasks if "load_rows" in t.name or _memo_call(t.name)}
        if ours == nodes or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert ours == nodes


def _memo_call(name: str) -> bool:
    return "MemoWorker" in name and name.endswith(".submit")


def test_a_killed_memo_worker_loses_no_memo(cluster, tmp_path):
    from ray.util.state import list_actors

    paths = write_articles(tmp_path / "in", 30)
    settings = Settings(engine="extractive", formats=("md",), output_dir=tmp_path / "out")
    killed: list[int] = []

    def kill_first_memo_actor() -> None:
        deadline = time.monotonic() + 120
        while not killed and time.monotonic() < deadline:
            for actor in list_actors(filters=[("state", "=", "ALIVE")], detail=True):
                if "MemoWorker" in actor.class_name:  # Ray Data's MapWorker(...) around it
                    os.kill(actor.pid, signal.SIGKILL)
                    killed.append(actor.pid)
                    return
            time.sleep(0.2)

    killer = threading.Thread(target=kill_first_memo_actor)
    killer.start()
    outcomes = _ray_outcomes(paths, settings)
    killer.join()

    assert killed, "no memo actor was found to kill"
    assert sorted(str(o.path) for o in outcomes) == sorted(str(p) for p in paths)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert not [n for n in names if n.endswith(".tmp")]  # no write left half-done
    memos = [n for n in names if n.endswith(".md")]
    assert len(memos) == 30
    assert sorted(f.name for o in outcomes for f in o.files) == memos  # each written once


def test_cli_digest_and_exit_status_match_the_local_path(cluster, cli, tmp_path, monkeypatch):
    paths = write_articles(tmp_path / "in", 12)
    (tmp_path / "in" / "broken.html").write_bytes(b"\xff\xfe\x00<html>")  # fails alone
    common = ["-f", "md,json", "--engine", "lead", "--digest"]
    local = cli("make", str(tmp_path / "in"), "-o", str(tmp_path / "local"), *common)
    monkeypatch.setenv("RAY_ADDRESS", cluster)
    remote = cli(
        "make", str(tmp_path / "in"), "-o", str(tmp_path / "ray"), *common, "--cluster", "ray"
    )

    assert (remote.exit_code, local.exit_code) == (1, 1)  # the broken input fails the run
    assert _files(tmp_path / "ray") == _files(tmp_path / "local")
    assert any(name.startswith("digest-") for name in _files(tmp_path / "ray"))
    assert sorted(remote.output.splitlines()) == sorted(
        line.replace(str(tmp_path / "local"), str(tmp_path / "ray"))
        for line in local.output.splitlines()
    )
    assert len(paths) == 12


def test_an_engine_that_cannot_start_stops_the_run_as_locally(cluster, cli, tmp_path, monkeypatch):
    paths = write_articles(tmp_path / "in", 2)
    args = ["make", *map(str, paths), "--engine", "abstractive", "--model", "/nonexistent/model"]
    local = cli(*args, "-o", str(tmp_path / "local"))
    monkeypatch.setenv("RAY_ADDRESS", cluster)
    remote = cli(*args, "-o", str(tmp_path / "ray"), "--cluster", "ray")

    assert (remote.exit_code, local.exit_code) == (1, 1)
    assert remote.output.strip() == local.output.strip()
    assert local.output.strip() == "error: model folder /nonexistent/model does not exist"
