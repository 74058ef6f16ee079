"""vetdicom on Dask: index, thumbnail and transcode archives larger than one machine.

    import vetdicom.dask
    from dask.distributed import Client
    client = Client("scheduler:8786")                     # or LocalCluster()
    df = vetdicom.dask.dataframe(paths, npartitions=200)  # lazy dask.dataframe.DataFrame
    df.groupby("PatientSpeciesDescription").size().compute()
    vetdicom.dask.thumbnails(paths, size=256, out_dir="/archive/thumbs").compute()

Only paths travel to the workers (each task holds a list of path strings); every worker opens
the files itself, so the archive must be visible at the same paths on every worker (NFS, a
mounted bucket, ...). Nothing of a File crosses a process boundary. See docs/scale-out.md.
"""

import importlib
import math
import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from ._table import DEFAULT_COLUMNS, INTEGER_COLUMNS

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

# dask is typed only in part: its objects are Any here (dask.dataframe.DataFrame, dask.bag.Bag).
DaskDataFrame = Any
DaskBag = Any


def _module(name: str) -> Any:
    return importlib.import_module(name)

__all__ = ["dataframe", "thumbnails", "transcode", "partition_paths"]

PathLike = Union[str, "os.PathLike[str]"]


def partition_paths(paths: Iterable[PathLike], npartitions: Optional[int] = None,
                    per_partition: int = 2000) -> List[List[str]]:
    """The paths as strings, split into `npartitions` contiguous chunks (None: about
    `per_partition` files each)."""
    items = [os.fspath(p) for p in paths]
    if not items:
        return []
    n = npartitions if npartitions else math.ceil(len(items) / per_partition)
    n = max(1, min(int(n), len(items)))
    size = math.ceil(len(items) / n)
    return [items[i:i + size] for i in range(0, len(items), size)]


def _frame_partition(paths: List[str], columns: Sequence[str]) -> "pandas.DataFrame":
    from ._table import dataframe as local_dataframe

    return local_dataframe(paths, columns=columns, progress=False)


def dataframe(paths: Iterable[PathLike], npartitions: Optional[int] = None,
              columns: Optional[Sequence[str]] = None) -> DaskDataFrame:
    """The frame of :func:`vetdicom.dataframe` (columns ``path``, the keywords, ``error``; one row
    per file, unreadable files as rows with an error), built lazily: one task per partition of
    paths (`npartitions`; None: about 2000 files each). Integer columns are nullable Int64; the
    others are text (dask stores object columns as strings by default)."""
    dd = _module("dask.dataframe")
    pd = _module("pandas")

    cols = list(columns) if columns is not None else list(DEFAULT_COLUMNS)
    chunks = partition_paths(paths, npartitions)
    meta = pd.DataFrame({c: pd.Series([], dtype="Int64" if c in INTEGER_COLUMNS else object)
                         for c in ["path"] + cols + ["error"]})
    if not chunks:
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_map(_frame_partition, chunks, columns=cols, meta=meta, enforce_metadata=False)


def _thumbnail(path: str, size: int, out_dir: Optional[str], fmt: str) -> Tuple[str, Any, Optional[str]]:
    from . import open as vd_open
    from ._errors import VetDICOMError

    try:
        with vd_open(path) as f:
            data = f.to_jpeg(0, size=size) if fmt == "jpeg" else f.to_png(0, size=size)
    except (VetDICOMError, OSError) as exc:
        return path, None, "%s: %s" % (type(exc).__name__, exc)
    if out_dir is None:
        return path, data, None
    name = os.path.basename(path) or "frame"
    target = os.path.join(out_dir, "%s-%08x.%s" % (name, hash(path) & 0xFFFFFFFF, "jpg" if fmt == "jpeg" else "png"))
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        return path, None, "%s: %s" % (type(exc).__name__, exc)
    return path, target, None


def thumbnails(paths: Iterable[PathLike], size: int = 256, out_dir: Optional[str] = None, fmt: str = "png",
               npartitions: Optional[int] = None) -> DaskBag:
    """A Dask bag of (path, thumbnail, error) for frame 0 of each file, rendered for display and fit
    in a `size` box: the PNG/JPEG bytes (fmt "png" or "jpeg"), or, with `out_dir` (a directory
    every worker can write), the path of the file written there. error is None, or the message
    of a file that could not be rendered (its thumbnail is then None)."""
    db = _module("dask.bag")

    if fmt not in ("png", "jpeg"):
        raise ValueError("fmt must be 'png' or 'jpeg', not %r" % (fmt,))
    items = [os.fspath(p) for p in paths]
    n = npartitions if npartitions else max(1, math.ceil(len(items) / 500))
    bag = db.from_sequence(items, npartitions=max(1, min(n, len(items) or 1)))
    return bag.map(_thumbnail, size=size, out_dir=out_dir, fmt=fmt)


def _transcode(path: str, out_dir: str, transfer_syntax: str, options: Dict[str, Any]) -> Tuple[str, Optional[str], Optional[str]]:
    import vetdicom

    target = os.path.join(out_dir, os.path.basename(path))
    try:
        getattr(vetdicom, "transcode")(path, target, transfer_syntax, **options)
    except Exception as exc:  # noqa: BLE001 - reported per file
        return path, None, "%s: %s" % (type(exc).__name__, exc)
    return path, target, None


def transcode(paths: Iterable[PathLike], out_dir: str, transfer_syntax: str, npartitions: Optional[int] = None,
              **options: Any) -> DaskBag:
    """A Dask bag of (path, written path, error): each file transcoded to `transfer_syntax` into
    `out_dir` with ``vetdicom.transcode`` (NotImplementedError when this vetdicom has none)."""
    db = _module("dask.bag")

    import vetdicom

    if not hasattr(vetdicom, "transcode"):
        raise NotImplementedError("this vetdicom has no vetdicom.transcode")
    items = [os.fspath(p) for p in paths]
    n = npartitions if npartitions else max(1, math.ceil(len(items) / 500))
    bag = db.from_sequence(items, npartitions=max(1, min(n, len(items) or 1)))
    return bag.map(_transcode, out_dir=out_dir, transfer_syntax=transfer_syntax, options=options)
