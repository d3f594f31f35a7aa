"""asyncio.streams: MicroPython's `Stream` over an object with a file descriptor (or a file
`open()` made), as `StreamReader` and `StreamWriter`: `asyncio.StreamReader(sys.stdin)`.

Reads wait in the loop until `select.poll` says the object is readable, then read from it;
writes gather in a buffer that `drain` writes out once the object is writable.
"""

from .core import get_running_loop


class IncompleteReadError(EOFError):
    """`readexactly` met the end of the stream first; `partial` holds what was read."""

    def __init__(self, partial, expected):
        super().__init__(
            "%d bytes read on a total of %r expected bytes" % (len(partial), expected)
        )
        self.partial = partial
        self.expected = expected


class Stream:
    """A stream the loop can wait on: reading and writing without blocking other tasks."""

    def __init__(self, s, e=None):
        self.s = s
        self.e = {} if e is None else e
        self.out_buf = b""

    def get_extra_info(self, name, default=None):
        return self.e.get(name, default)

    async def _readable(self):
        await get_running_loop()._wait_io(self.s, False)

    async def _writable(self):
        await get_running_loop()._wait_io(self.s, True)

    async def read(self, n=-1):
        """At most `n` bytes (everything to the end of the stream for -1)."""
        await self._readable()
        if n >= 0:
            return self.s.read(n)
        parts = []
        while True:
            chunk = self.s.read()
            if not chunk:
                break
            parts.append(chunk)
            await self._readable()
        return parts[0][:0].join(parts) if parts else self.s.read(0)

    async def readinto(self, buf):
        await self._readable()
        return self.s.readinto(buf)

    async def readexactly(self, n):
        """Exactly `n` bytes; `IncompleteReadError` if the stream ends first."""
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        data = None
        while data is None or len(data) < n:
            await self._readable()
            chunk = self.s.read(n if data is None else n - len(data))
            data = chunk if data is None else data + chunk
            if not chunk:
                break
        if len(data) < n:
            raise IncompleteReadError(data, n)
        return data

    async def readline(self):
        await self._readable()
        return self.s.readline()

    def write(self, buf):
        if not self.out_buf:
            self.out_buf = buf
        else:
            self.out_buf += buf

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    async def drain(self):
        """Writes out what `write` gathered."""
        while self.out_buf:
            await self._writable()
            written = self.s.write(self.out_buf)
            if written is None:
                written = len(self.out_buf)
            self.out_buf = self.out_buf[written:]
        flush = getattr(self.s, "flush", None)
        if flush is not None:
            flush()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def aclose(self):
        await self.wait_closed()

    async def awrite(self, buf, off=0, sz=-1):
        if off or sz != -1:
            buf = buf[off:] if sz == -1 else buf[off : off + sz]
        self.write(buf)
        await self.drain()

    async def awritestr(self, text):
        await self.awrite(text.encode())

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


StreamReader = Stream
StreamWriter = Stream
