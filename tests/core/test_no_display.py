"""Without a display, `quizapp` says how to run it in one line instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_no_display_gives_one_clear_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["QUIZAPP_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--db", str(tmp_path / "b.db")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0] and "xvfb-run" in lines[0]
    assert not (tmp_path / "b.db").exists()  # nothing was opened or written
