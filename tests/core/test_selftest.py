"""The self-test behind ``quizapp --self-test`` (the bundle's smoke test)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from quizapp import paths
from quizapp.selftest import run_self_test


def test_self_test_passes_in_a_throwaway_home_and_leaves_the_user_home_alone(
    quizapp_home: Path,
) -> None:
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    report = out.getvalue()
    assert "recorded an answer" in report and "made and checked a backup" in report
    assert "made and checked a PNG, JPEG, WebP and SVG image" in report
    # And the generator ran on the built-in article: the bundle's build fails without
    # the data files its libraries read (packaging/quizapp.spec)
    assert "questions from a short article" in report
    assert report.rstrip().endswith("self-test passed")
    # The user's own home is untouched and the variable is back as it was
    assert os.environ[paths.HOME_ENV] == str(quizapp_home)
    assert not quizapp_home.exists()
