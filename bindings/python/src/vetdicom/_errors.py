"""Exceptions raised by vetdicom.

Every failing C call raises a subclass of :class:`VetDICOMError` chosen by its status code
(``vetdicom_status`` in vetdicom.h); the message is the library's detail message
(``vetdicom_last_error_message``), which names the tag, offset or codec involved. Message texts
are not API; status codes and exception classes are.

Some classes also derive from the matching built-in exception so ordinary Python code works:
``NotFoundError`` is a ``KeyError`` (``ds["Absent"]`` behaves like a mapping),
``VetDICOMIOError`` an ``OSError``, ``OutOfMemoryError`` a ``MemoryError``, ``ArgumentError``
a ``ValueError`` and ``OutOfRangeError`` an ``IndexError``.
"""

from typing import Dict, Optional, Type

# Status codes, as in include/vetdicom/vetdicom.h. Values never change.
OK = 0
ERR_NOT_DICOM = 1
ERR_TRUNCATED = 2
ERR_INVALID_DATA = 3
ERR_UNSUPPORTED_TRANSFER_SYNTAX = 4
ERR_CODEC = 5
ERR_LIMIT_EXCEEDED = 6
ERR_NOT_FOUND = 7
ERR_TYPE_MISMATCH = 8
ERR_NO_PIXEL_DATA = 9
ERR_IO = 10
ERR_OUT_OF_MEMORY = 11
ERR_UNSUPPORTED = 12
ERR_INVALID_VALUE = 13
ERR_NULL_ARGUMENT = 100
ERR_INVALID_ARGUMENT = 101
ERR_BUFFER_TOO_SMALL = 102
ERR_OUT_OF_RANGE = 103
ERR_UNKNOWN_OPTION = 104

__all__ = [
    "VetDICOMError",
    "NotDICOMError",
    "TruncatedError",
    "InvalidDataError",
    "UnsupportedTransferSyntaxError",
    "CodecError",
    "LimitExceededError",
    "NotFoundError",
    "TypeMismatchError",
    "NoPixelDataError",
    "VetDICOMIOError",
    "OutOfMemoryError",
    "UnsupportedError",
    "InvalidValueError",
    "ArgumentError",
    "BufferTooSmallError",
    "OutOfRangeError",
    "UnknownOptionError",
    "ClosedFileError",
    "LibraryNotFoundError",
    "error_for_status",
]


class VetDICOMError(Exception):
    """Base class of every error reported by libvetdicom.

    Attributes:
        status: the ``vetdicom_status`` code (int), or ``None`` for errors raised by the Python
            package itself (:class:`ClosedFileError`).
        message: the detail message (str).
    """

    default_status: Optional[int] = None

    def __init__(self, message: str = "", status: Optional[int] = None):
        if status is None:
            status = self.default_status
        self.status = status
        self.message = message
        Exception.__init__(self, message)

    def __str__(self) -> str:
        # Defined here so KeyError (which repr()s its argument) and OSError don't reformat it.
        return self.message

    def __repr__(self) -> str:
        return "%s(%r, status=%r)" % (type(self).__name__, self.message, self.status)

    def __reduce__(self):
        return (type(self), (self.message, self.status))


class NotDICOMError(VetDICOMError):
    """The input is not DICOM (PNG, gzip, empty, random bytes...)."""

    default_status = ERR_NOT_DICOM


class TruncatedError(VetDICOMError):
    """The data ends early; the message says where."""

    default_status = ERR_TRUNCATED


class InvalidDataError(VetDICOMError):
    """Malformed or inconsistent structure."""

    default_status = ERR_INVALID_DATA


class UnsupportedTransferSyntaxError(VetDICOMError):
    """The transfer syntax (named in the message) is not supported."""

    default_status = ERR_UNSUPPORTED_TRANSFER_SYNTAX


class CodecError(VetDICOMError):
    """A codec failed on the compressed bitstream."""

    default_status = ERR_CODEC


class LimitExceededError(VetDICOMError):
    """A limit (named in the message; see the keyword arguments of ``vetdicom.open``) was exceeded."""

    default_status = ERR_LIMIT_EXCEEDED


class NotFoundError(VetDICOMError, KeyError):
    """No such element, item or keyword. Also a ``KeyError``."""

    default_status = ERR_NOT_FOUND


class TypeMismatchError(VetDICOMError):
    """The value cannot be read as the requested type."""

    default_status = ERR_TYPE_MISMATCH


class NoPixelDataError(VetDICOMError):
    """The data set has no pixel data."""

    default_status = ERR_NO_PIXEL_DATA


class VetDICOMIOError(VetDICOMError, OSError):
    """Opening or reading a file failed. Also an ``OSError``."""

    default_status = ERR_IO

    def __init__(self, message: str = "", status: Optional[int] = None):
        VetDICOMError.__init__(self, message, status)

    def __str__(self) -> str:
        return self.message


class OutOfMemoryError(VetDICOMError, MemoryError):
    """The library could not allocate memory. Also a ``MemoryError``."""

    default_status = ERR_OUT_OF_MEMORY


class UnsupportedError(VetDICOMError):
    """The operation is not supported (e.g. saving to a transfer syntax that needs a codec)."""

    default_status = ERR_UNSUPPORTED


class InvalidValueError(VetDICOMError, ValueError):
    """A value does not fit its element (VR length, characters, format, VM); the message names
    the element. Also a ``ValueError``."""

    default_status = ERR_INVALID_VALUE


class ArgumentError(VetDICOMError, ValueError):
    """A caller error (status 100 and above): bad argument, key, option or index."""

    default_status = ERR_INVALID_ARGUMENT


class BufferTooSmallError(ArgumentError):
    """An output buffer was too small (the package sizes buffers itself; seen only on a bug)."""

    default_status = ERR_BUFFER_TOO_SMALL


class OutOfRangeError(ArgumentError, IndexError):
    """A frame, item or value index is too large. Also an ``IndexError``."""

    default_status = ERR_OUT_OF_RANGE


class UnknownOptionError(ArgumentError):
    """The loaded library does not know this option (keyword argument) name."""

    default_status = ERR_UNKNOWN_OPTION


class ClosedFileError(ArgumentError):
    """The file (or a data set or element that came from it) was used after ``close()``.

    Raised by the Python package itself; ``status`` is ``None``.
    """

    default_status = None


class LibraryNotFoundError(OSError):
    """libvetdicom could not be loaded; the message says where it was looked for and what to do."""


_BY_STATUS: Dict[int, Type[VetDICOMError]] = {
    ERR_NOT_DICOM: NotDICOMError,
    ERR_TRUNCATED: TruncatedError,
    ERR_INVALID_DATA: InvalidDataError,
    ERR_UNSUPPORTED_TRANSFER_SYNTAX: UnsupportedTransferSyntaxError,
    ERR_CODEC: CodecError,
    ERR_LIMIT_EXCEEDED: LimitExceededError,
    ERR_NOT_FOUND: NotFoundError,
    ERR_TYPE_MISMATCH: TypeMismatchError,
    ERR_NO_PIXEL_DATA: NoPixelDataError,
    ERR_IO: VetDICOMIOError,
    ERR_OUT_OF_MEMORY: OutOfMemoryError,
    ERR_UNSUPPORTED: UnsupportedError,
    ERR_INVALID_VALUE: InvalidValueError,
    ERR_NULL_ARGUMENT: ArgumentError,
    ERR_INVALID_ARGUMENT: ArgumentError,
    ERR_BUFFER_TOO_SMALL: BufferTooSmallError,
    ERR_OUT_OF_RANGE: OutOfRangeError,
    ERR_UNKNOWN_OPTION: UnknownOptionError,
}


def error_for_status(status: int, message: str) -> VetDICOMError:
    """The exception instance for a non-zero status (unknown codes: ArgumentError for 100 and
    above, else VetDICOMError)."""
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = ArgumentError if status >= 100 else VetDICOMError
    return cls(message, status)
