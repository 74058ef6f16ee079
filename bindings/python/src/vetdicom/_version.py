"""The package version: VETDICOM_VERSION_MAJOR.MINOR.PATCH of include/vetdicom/vetdicom.h (the one
place the version is set; scripts/build-wheel.sh rewrites this file from the header and
tests/test_library.py checks that they agree). pyproject.toml reads it (dynamic version)."""

__version__ = "1.0.0"
