"""A loopback TCP proxy that can cut a server off: the database outage of issue 12.

The bot connects to the proxy instead of the server (PostgreSQL at 127.0.0.1:5432, shared by
everyone on the machine and never stopped). `outage()` drops every open connection at once, as a
server restart or a broken link does, and stops listening, so new connections are refused
(ECONNREFUSED) until `restore()` listens again on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import AsyncIterator

CHUNK = 64 * 1024


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `target_host`:`target_port`, byte for byte."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target_host = target_host
        self.target_port = target_port
        self.port = 0
        self.connections = 0
        """Connections accepted and forwarded so far (a reconnect counts again)."""
        self.refused = 0
        """Connection attempts refused during outages (seen by probing; see `outage`)."""
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def up(self) -> bool:
        return self._server is not None

    async def start(self) -> None:
        """Listen on a free port (the first time) or on the same port again."""
        assert self._server is None
        self._server = await asyncio.start_server(
            self._accept, "127.0.0.1", self.port, reuse_address=True
        )
        if not self.port:
            self.port = self._server.sockets[0].getsockname()[1]

    async def outage(self) -> None:
        """Drop every open connection (RST, as a crashed server's peer sees it) and refuse new
        ones until `restore()`."""
        server, self._server = self._server, None
        if server is not None:
            server.close()  # no more accepts: a connect now gets ECONNREFUSED
        for writer in list(self._writers):
            _reset(writer)
        self._writers.clear()
        for pipe in list(self._pipes):
            pipe.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)
        if server is not None:
            await server.wait_closed()

    async def restore(self) -> None:
        """Accept connections again, on the same port."""
        await self.start()

    async def close(self) -> None:
        await self.outage()

    def refuses(self) -> bool:
        """Whether a connection to the proxy's port is refused right now (a probe)."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(("127.0.0.1", self.port))
            except ConnectionRefusedError:
                self.refused += 1
                return True
            return False

    async def _accept(
        self, client_reader: asyncio.StreamReader, client: asyncio.StreamWriter
    ) -> None:
        if self._server is None:  # accepted in the instant the outage began
            _reset(client)
            return
        try:
            server_reader, server = await asyncio.open_connection(
                self.target_host, self.target_port
            )
        except OSError:
            _reset(client)
            return
        if self._server is None:
            _reset(client)
            _reset(server)
            return
        self.connections += 1
        self._writers.update((client, server))
        pipes = (
            asyncio.create_task(_pipe(client_reader, server)),
            asyncio.create_task(_pipe(server_reader, client)),
        )
        self._pipes.update(pipes)
        try:
            # either side closing ends the pair (the other is closed in turn)
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pipe in pipes:
                pipe.cancel()
            await asyncio.gather(*pipes, return_exceptions=True)
            self._pipes.difference_update(pipes)
            for writer in (client, server):
                self._writers.discard(writer)
                writer.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        if writer.can_write_eof():
            writer.write_eof()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a RST (SO_LINGER 0), not a polite FIN: the peer's next read or write fails."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@contextlib.asynccontextmanager
async def tcp_proxy(target_host: str, target_port: int) -> AsyncIterator[TcpProxy]:
    """A started proxy, closed on exit."""
    proxy = TcpProxy(target_host, target_port)
    await proxy.start()
    try:
        yield proxy
    finally:
        await proxy.close()
