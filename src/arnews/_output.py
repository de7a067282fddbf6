"""Where ``arnews parse`` writes: standard output, or ``-o FILE`` replaced atomically.

A regular file (new or existing) is written to a hidden temporary file in the same
directory (``.NAME.XXXXXXXX.part``) and renamed over *FILE* only when the run
ends as it should (:meth:`Output.commit`): a run that is interrupted, killed or
stopped by an error leaves the old *FILE* (or none) and never a partial one. The
new file keeps the old one's permissions (else ``0666`` minus the umask). A
symbolic link is followed: its target is replaced, the link stays. A path that
is not a regular file (``/dev/null``, a named pipe, ``/dev/stdout``) is written
in place.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from typing import IO, Final

__all__ = ["Output", "OutputError"]

FILE_BUFFER: Final = 1024 * 1024
"""Bytes buffered before a write to a file."""

_DEFAULT_MODE: Final = 0o666


class OutputError(Exception):
    """The output cannot be opened or written (one line for people)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """An open output; see the module docstring."""

    def __init__(
        self,
        stream: IO[bytes],
        name: str,
        *,
        owned: bool = True,
        temporary: str | None = None,
        target: str = "",
    ) -> None:
        self.stream = stream
        self._owned = owned
        self.name = name
        """How messages call it."""
        self._temporary = temporary
        self._target = target
        self.flush_each = temporary is None
        """Whether each record is flushed at once (a terminal, a pipe, a device)."""

    @classmethod
    def open(cls, path: str | None, stdout: IO[bytes]) -> Output:
        """Open *path* (``None`` or ``-``: *stdout*).

        :raises OutputError: a directory, a missing directory, or no permission.
        """
        if path is None or path == "-":
            return cls(stdout, "<stdout>", owned=False)
        target = os.path.realpath(path)
        try:
            info: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            info = None
        except OSError as error:
            raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path}: is a directory")
        try:
            if info is not None and not stat.S_ISREG(info.st_mode):
                return cls(open(target, "wb"), path)
            directory = os.path.dirname(target)
            if not os.path.isdir(directory):
                raise OutputError(f"{path}: no such directory: {directory}")
            fd, temporary = tempfile.mkstemp(
                prefix=f".{os.path.basename(target)}.", suffix=".part", dir=directory
            )
        except OSError as error:
            raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
        mode = stat.S_IMODE(info.st_mode) if info is not None else _DEFAULT_MODE & ~_umask()
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        stream = os.fdopen(fd, "wb", buffering=FILE_BUFFER)
        return cls(stream, path, temporary=temporary, target=target)

    def identity(self) -> tuple[int, int] | None:
        """``(st_dev, st_ino)`` of the file to replace, if it exists (a walk leaves it out)."""
        try:
            info = os.stat(self._target) if self._target else None
        except OSError:
            return None
        return None if info is None else (info.st_dev, info.st_ino)

    def write(self, data: bytes) -> None:
        """Write *data* (flushed at once for a stream).

        :raises OutputError: the write failed (a full disk, an I/O error).
        :raises BrokenPipeError: the reader of the pipe went away.
        """
        try:
            self.stream.write(data)
            if self.flush_each:
                self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write: {error.strerror or error}") from None

    def commit(self) -> None:
        """Finish: flush, and put the file in place.

        :raises OutputError: the last writes or the rename failed (the old file stays).
        """
        try:
            self.stream.flush()
            if self._temporary is not None:
                os.fsync(self.stream.fileno())
                self.stream.close()
                os.replace(self._temporary, self._target)
                self._temporary = None
            elif self._owned:
                self.stream.close()
        except BrokenPipeError:
            raise
        except OSError as error:
            self.discard()
            raise OutputError(f"{self.name}: cannot write: {error.strerror or error}") from None

    def discard(self) -> None:
        """Give up: remove the temporary file (the old file, if any, is left as it was)."""
        if self._temporary is None:
            return
        with contextlib.suppress(OSError):  # what it could not write is thrown away anyway
            self.stream.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temporary)
        self._temporary = None
