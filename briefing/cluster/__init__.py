"""`briefing make --cluster ray`: the same stages as on one machine, spread over a Ray cluster.

Nothing here imports Ray at import time: the local path never loads it. `docs/scale.md` says how
the work is split and what runs where.
"""

from __future__ import annotations

from .driver import ClusterError, list_inputs, make_memos_on_cluster
from .inputs import is_url

__all__ = ["ClusterError", "is_url", "list_inputs", "make_memos_on_cluster"]
