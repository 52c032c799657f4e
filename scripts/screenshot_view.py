#!/usr/bin/env python3
"""Take the README's screenshot of the view: build seeds/ and photograph output/graph.html headless.

Uses Debian's Chromium (apt-get install chromium fonts-noto-cjk) with every network feature off, and
gives the page a few seconds of virtual time so the layout has settled when the picture is taken.

usage: python scripts/screenshot_view.py [--out docs/view.png] [--focus NAME --depth N]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--window-size=1400,820",
         "--virtual-time-budget=8000"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "view.png"))
    ap.add_argument("--focus", help="photograph `kg view --focus NAME` instead of the whole graph")
    ap.add_argument("--depth", default="1")
    args = ap.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed: apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        built = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", tmp, "--no-shapes"],
                               cwd=ROOT, capture_output=True, text=True)
        if built.returncode != 0:
            print(built.stderr, file=sys.stderr)
            return 1
        page = Path(tmp) / "graph.html"
        if args.focus:
            page = Path(tmp) / "focus.html"
            subprocess.run([sys.executable, "-m", "kg", "view", "--graph", str(Path(tmp) / "graph.trig"), "--focus",
                            args.focus, "--depth", args.depth, "--out", str(page)], cwd=ROOT, check=True,
                           capture_output=True)
        shot = subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp}/profile", f"--screenshot={args.out}", page.as_uri()],
                              capture_output=True, text=True, timeout=120)
        if shot.returncode != 0 or not Path(args.out).exists():
            print(shot.stderr[-2000:], file=sys.stderr)
            return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
