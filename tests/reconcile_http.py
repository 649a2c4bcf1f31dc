"""The reconciliation service over HTTP, for the tests that send it real requests: a server
on a free port in a thread, and a request that returns the status, type and body."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from gazetteer import Gazetteer
from gazetteer.serve import make_server


def serving(gz: Gazetteer) -> Iterator[str]:
    """The service's base URL while it serves ``gz`` (a fixture's body: stops after)."""
    server = make_server(gz, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def fetch(url: str, data: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Status, content type and body of a GET (or a form POST when ``data`` is given)."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with urllib.request.urlopen(url, data=body, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()
