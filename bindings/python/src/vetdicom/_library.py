"""Finding and loading libvetdicom.

Lookup order (the first that loads wins):

1. the path in the environment variable ``VETDICOM_LIBRARY`` (if set, nothing else is tried:
   a wrong path is an error, never silently replaced by another copy);
2. ``libvetdicom.so.1`` then ``libvetdicom.so`` in the package directory (beside this file);
3. the SONAME ``libvetdicom.so.1`` through the dynamic loader (``LD_LIBRARY_PATH``, ld.so.cache,
   the run path of the interpreter).
"""

import ctypes
import os
import threading
from typing import List, Optional, Union

from ._errors import LibraryNotFoundError

ENV_VAR = "VETDICOM_LIBRARY"
SONAME = "libvetdicom.so.1"
_LOCAL_NAMES = ("libvetdicom.so.1", "libvetdicom.so")

_lock = threading.Lock()
_library: Optional[ctypes.CDLL] = None


def _package_dir() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def _load_path(path: str) -> ctypes.CDLL:
    return ctypes.CDLL(path, mode=ctypes.RTLD_LOCAL)


def find_and_load() -> ctypes.CDLL:
    """Loads libvetdicom following the lookup order; raises LibraryNotFoundError with every
    attempt and its error when nothing loads."""
    tried: List[str] = []
    env = os.environ.get(ENV_VAR)
    if env:
        try:
            return _load_path(env)
        except OSError as exc:
            raise LibraryNotFoundError(
                "cannot load libvetdicom from %s=%r: %s\n"
                "Set %s to the path of a built libvetdicom.so (e.g. build/lib/libvetdicom.so.1), "
                "or unset it to search beside the package and by SONAME."
                % (ENV_VAR, env, exc, ENV_VAR)
            ) from None
    for name in _LOCAL_NAMES:
        path = os.path.join(_package_dir(), name)
        if os.path.exists(path):
            try:
                return _load_path(path)
            except OSError as exc:
                tried.append("%s: %s" % (path, exc))
        else:
            tried.append("%s: not present" % path)
    try:
        return _load_path(SONAME)
    except OSError as exc:
        tried.append("%s (dynamic loader): %s" % (SONAME, exc))
    raise LibraryNotFoundError(
        "libvetdicom was not found. Tried:\n  - "
        + "\n  - ".join(tried)
        + "\nBuild it (cmake -S . -B build && cmake --build build) and either set "
        + ENV_VAR
        + "=/path/to/libvetdicom.so.1, install it (cmake --install build; ldconfig), "
        "or add its directory to LD_LIBRARY_PATH."
    )


def library() -> ctypes.CDLL:
    """The loaded library (loaded once, on first use)."""
    global _library
    lib = _library
    if lib is None:
        with _lock:
            if _library is None:
                _library = find_and_load()
            lib = _library
    return lib


def fs_path(path: Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]) -> bytes:
    """A path argument for the C API: os.fsencode(os.fspath(path)). A path with a NUL character
    is a ValueError ("embedded null byte", as os.open raises), never a shorter path: C would stop
    reading it at the NUL and open or write another file ("out.dcm\\0.bak" -> "out.dcm")."""
    encoded = os.fsencode(path)
    if b"\0" in encoded:
        raise ValueError("embedded null byte")
    return encoded
