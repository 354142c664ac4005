import pytest

from .eval_memos import MissingEvalData, writers_dev


@pytest.fixture(scope="session")
def writers_dev_rows() -> list[dict]:
    try:
        return writers_dev()
    except MissingEvalData as exc:
        # `make check-eval` is for machines with the data (CI): without it, that is the failure.
        pytest.fail(str(exc), pytrace=False)
