#!/usr/bin/env python3
"""Keep the README's example outputs true: rerun every command shown in it and paste what it prints.

A block in README.md looks like

    <!-- run: kg query shared-meetings -->
    ```text
    …output…
    ```

Every such command is run through the CLI, in order, in a scratch folder holding copies of seeds/ and the gold folders of tests/
(so the README's first block, a `kg build`, makes the graph the later queries read), and its block is
replaced by what it prints. `--check` exits 1 when the README is out of date, which the tests use.

usage: python scripts/update_readme.py [--check]
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n```text\n)(?P<out>.*?)(```)", re.S)


@contextlib.contextmanager
def working_directory(path: str):
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def render(readme: str) -> str:
    """Run each block's command in a scratch folder holding copies of seeds/ and the gold folders of tests/, as in a clone."""
    from kg.cli import main

    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp, working_directory(tmp):
        shutil.copytree(ROOT / "seeds", "seeds")
        for folder in ("gold", "heldout", "heldout2", "heldout3", "heldout4"):
            shutil.copytree(ROOT / "tests" / folder, Path("tests") / folder)

        def run(m: re.Match) -> str:
            args = shlex.split(m.group("cmd"))
            if args[0] != "kg":
                raise SystemExit(f"not a kg command: {m.group('cmd')}")
            return m.group(1) + runner.invoke(main, args[1:]).output + m.group(4)

        return BLOCK.sub(run, readme)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md examples are out of date: run python scripts/update_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
