"""The package is clean under `mypy --strict` (CI runs this through ctest/pytest)."""

import subprocess
import tempfile
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "vetdicom"


def test_mypy_strict():
    pytest.importorskip("mypy")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(Path(tempfile.gettempdir()) / "vetdicom-mypy-cache"), str(PACKAGE)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_py_typed_marker():
    assert (PACKAGE / "py.typed").is_file()
