"""`--cluster` without a cluster: the errors a user sees, and a local path that never loads Ray."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_without_ray_a_one_line_error_says_how_to_install(cli, article_file, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed: `import ray` fails
    result = cli("make", str(article_file), "-o", str(tmp_path / "out"), "--cluster", "ray")
    assert result.exit_code == 1
    assert result.output.strip() == "error: --cluster ray needs Ray: pip install 'briefing[ray]'"
    assert not (tmp_path / "out").exists()


def test_an_unknown_cluster_is_a_usage_error(cli, article_file, tmp_path):
    result = cli("make", str(article_file), "-o", str(tmp_path / "out"), "--cluster", "dask")
    assert result.exit_code == 2
    assert "unknown cluster 'dask'; choose from ray" in result.output


@pytest.mark.parametrize(
    "code",
    [
        "from briefing.cli import app\nfrom typer.testing import CliRunner\n"
        "assert CliRunner().invoke(app, ['make', '--help']).exit_code == 0\n",
        "from briefing import Settings, make\nfrom pathlib import Path\nimport sys\n"
        "outcomes = make([Path(sys.argv[1])], Settings("
        "engine='lead', formats=('md',), output_dir=Path(sys.argv[2]))).outcomes\n"
        "assert all(o.ok for o in outcomes) and outcomes\n",
    ],
    ids=["help", "local-make"],
)
def test_the_local_path_never_imports_ray(code, article_file, tmp_path):
    script = code + "import sys\nprint('ray' in sys.modules)\n"
    run = [sys.executable, "-c", script, str(article_file), str(tmp_path / "out")]
    out = subprocess.run(run, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
