"""``vetdicom.dataframe``: one row of metadata per file, as a pandas DataFrame."""

import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Union

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

__all__ = ["dataframe", "DEFAULT_COLUMNS", "row"]

# The default columns: identification, image description and the veterinary patient.
DEFAULT_COLUMNS: List[str] = [
    "PatientName",
    "PatientID",
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "SOPInstanceUID",
    "SOPClassUID",
    "Modality",
    "StudyDate",
    "TransferSyntaxUID",
    "Rows",
    "Columns",
    "NumberOfFrames",
    "BitsAllocated",
    "PhotometricInterpretation",
    "PatientSpeciesDescription",
    "PatientBreedDescription",
    "PatientSex",
    "PatientSexNeutered",
    "PatientBirthDate",
    "ResponsiblePerson",
    "ResponsiblePersonRole",
    "ResponsibleOrganization",
    "BodyPartExamined",
    "InstitutionName",
    "Manufacturer",
]

# Columns with integer values (pandas nullable Int64 in the frame: None -> <NA>).
INTEGER_COLUMNS = frozenset(["Rows", "Columns", "NumberOfFrames", "BitsAllocated", "BitsStored", "HighBit",
                             "PixelRepresentation", "SamplesPerPixel", "PlanarConfiguration", "InstanceNumber",
                             "SeriesNumber", "AcquisitionNumber"])

PathLike = Union[str, "os.PathLike[str]"]


def _plain(value: Any) -> Any:
    """A value a DataFrame cell holds well: str/int/float/None; lists as backslash-joined text;
    sequences and bytes left out (None)."""
    if value is None or isinstance(value, (int, float)):
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        if value and not isinstance(value[0], (str, int, float)):
            return None
        return "\\".join(str(v) for v in value)
    return None


def row(path: PathLike, columns: Optional[Sequence[str]] = None) -> Dict[str, Any]:
    """The row of one file: {"path": ..., keyword: value, ..., "error": None or the message}."""
    from . import open as vd_open
    from ._errors import VetDICOMError

    cols = list(columns) if columns is not None else DEFAULT_COLUMNS
    out: Dict[str, Any] = {"path": os.fspath(path)}
    out.update({c: None for c in cols})
    out["error"] = None
    try:
        with vd_open(path) as f:
            ds = f.dataset
            for c in cols:
                if c == "TransferSyntaxUID":
                    out[c] = f.transfer_syntax_uid
                    continue
                v = ds.get(c)
                if v is None and c.startswith(("MediaStorage", "ImplementationVersion", "SourceApplication")):
                    v = f.meta.get(c)
                out[c] = _plain(v)
    except (VetDICOMError, OSError) as exc:
        out["error"] = "%s: %s" % (type(exc).__name__, exc)
    return out


def dataframe(paths: Iterable[PathLike], columns: Optional[Sequence[str]] = None,
              progress: Optional[bool] = None) -> "pandas.DataFrame":
    """One row per file: the column ``path``, one column per DICOM keyword (`columns`, default
    :data:`DEFAULT_COLUMNS`: identification, image description and the veterinary patient) and
    ``error`` (None, or the message of a file that could not be read: such a file gets a row,
    not an exception). Columns have dtype object except the integer ones of
    :data:`INTEGER_COLUMNS` (Rows, Columns, NumberOfFrames, ...: nullable ``Int64``). Values are str/int/float (multi-valued as backslash-joined text; dates
    as DICOM strings), None when absent. A tqdm progress bar is shown when `progress` is True,
    or when it is None and there are more than 1000 paths (tqdm installed)."""
    import pandas as pd

    path_list = list(paths)
    cols = list(columns) if columns is not None else list(DEFAULT_COLUMNS)
    it: Iterable[PathLike] = path_list
    if progress or (progress is None and len(path_list) > 1000):
        try:
            from tqdm import tqdm  # type: ignore[import-untyped]

            it = tqdm(path_list, unit="file", desc="vetdicom")
        except ImportError:  # pragma: no cover - tqdm is optional
            pass
    rows = [row(p, cols) for p in it]
    frame = pd.DataFrame(rows, columns=["path"] + cols + ["error"], dtype=object)
    for c in cols:
        if c in INTEGER_COLUMNS:
            frame[c] = pd.array([v if isinstance(v, int) else None for v in frame[c]], dtype="Int64")
    return frame
