"""Shared fixtures: the sample reports and one build of them, made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def built(tmp_path_factory, runner) -> Path:
    """output/ of `kg build seeds/`, built once for the tests that only read it."""
    out = tmp_path_factory.mktemp("build")
    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def require_tool(name: str, how: str) -> str:
    """The path of an external program the test needs: skip on a person's machine, fail in CI."""
    import os
    import shutil

    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed: {how}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run this test)")
        pytest.skip(message)
    return path
