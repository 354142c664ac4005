"""Torch runtime choices made once per process: device and thread count."""

from __future__ import annotations

import os
from functools import lru_cache

from ..errors import ConfigError


def resolve_device(requested: str | None) -> str:
    """The device to run on: the one asked for, else CUDA, then MPS, then CPU."""
    import torch

    if requested:
        if requested.startswith("cuda") and not torch.cuda.is_available():
            raise ConfigError(f"device {requested!r} was asked for but CUDA is not available")
        if requested == "mps" and not torch.backends.mps.is_available():
            raise ConfigError("device 'mps' was asked for but MPS is not available")
        return requested
    if torch.cuda.is_available():
        return "cuda"
    if torch.backends.mps.is_available():
        return "mps"
    return "cpu"


@lru_cache(maxsize=1)
def configure_threads() -> int:
    """Use the cores this process may run on; oversubscribing two cores costs more than it gains."""
    import torch

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    if "OMP_NUM_THREADS" not in os.environ:
        torch.set_num_threads(max(1, cores))
    return torch.get_num_threads()


def quiet_transformers() -> None:
    """No weight-loading progress bars or advisory warnings on the user's terminal."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
