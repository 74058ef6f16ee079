"""vetdicom.check(path): what is wrong with a DICOM file (vetdicom_file_check)."""

from ctypes import POINTER, byref, c_char_p, c_int32, c_size_t, c_void_p, create_string_buffer
from typing import Any, List

from . import _library
from ._errors import ERR_BUFFER_TOO_SMALL, error_for_status

_fn = None


def _bind() -> Any:
    global _fn
    if _fn is None:
        lib = _library.library()
        f = lib.vetdicom_file_check
        f.restype = c_int32
        f.argtypes = [c_char_p, c_void_p, c_char_p, c_size_t, POINTER(c_size_t)]
        _fn = f
    return _fn


def check(path: Any, **options: Any) -> List[str]:
    """Lists the problems of the file at `path`, all of them rather than the first (truncation,
    values cut short, odd lengths, VRs that differ from the dictionary, sequences deeper than
    max_depth, missing Type 1 pixel attributes, offset tables that disagree, frames that do not
    decode). Each string starts with "error: " or "warning: "; [] for a file without problems.
    A file that cannot be opened gives one "error: cannot open: ..." entry. Keyword options are
    those of vetdicom.open (limits)."""
    from . import _Options  # the options handle of the package

    fn = _bind()
    opts = _Options(options) if options else None
    try:
        p = _library.fs_path(path)
        length = c_size_t(0)
        handle = opts.handle if opts is not None else None
        size = 4096
        while True:
            buf = create_string_buffer(size)
            status = fn(p, handle, buf, size, byref(length))
            if status == 0:
                text = buf.raw[:length.value].decode("utf-8", "replace")
                return [line for line in text.split("\n") if line]
            if status != ERR_BUFFER_TOO_SMALL:
                from . import _lowlevel

                msg = _lowlevel.fn("vetdicom_last_error_message")()
                raise error_for_status(status, msg.decode("utf-8", "replace") if isinstance(msg, bytes) else str(msg))
            size = length.value + 1
    finally:
        if opts is not None:
            opts.destroy()
