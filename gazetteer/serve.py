"""``gazetteer serve``: the reconciliation API over HTTP, for OpenRefine and other clients.

Routes (the same on ``/`` and ``/reconcile``):

- ``GET`` without parameters: the service manifest;
- ``GET`` or ``POST`` (form-encoded) with ``queries``: the candidates of each query;
- ``GET`` or ``POST`` with ``extend``: property values of reconciled entries, and ``GET
  /properties``: the properties there are (:mod:`gazetteer.extend`);
- ``GET /entity/CODE``: a page on the entry (the manifest's view), ``/preview/CODE`` its card;
- ``GET /suggest/entity``, ``/suggest/type``, ``/suggest/property`` with ``prefix`` (and
  ``cursor``): completions as a name is typed (:mod:`gazetteer.suggest`).

A ``callback`` parameter wraps JSON as JSONP, for older clients. Errors are JSON
``{"error": ...}`` with status 400 (a bad request) or 404; as JSONP they come with status 200,
since a browser runs no script that arrives with an error status and the page would never
read the message. Each connection is read in a thread
of its own, so a slow client holds up no other; the gazetteer answers one request at a time,
as its caches are not shared between threads.
"""

from __future__ import annotations

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from socketserver import BaseServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from .errors import GazetteerError
from .extend import extend, propose_properties, read_extend
from .gazetteer import Gazetteer
from .reconcile import manifest, read_json_object, read_queries, reconcile
from .suggest import entry_page, preview, suggest_entities, suggest_properties, suggest_types

#: Seconds a client may take to send its request before the connection is closed.
SOCKET_TIMEOUT = 30.0
#: A request body larger than this is refused (a batch of 50 queries is a few kilobytes).
MAX_BODY = 1 << 20
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")
_SERVICE_PATHS = frozenset({"/", "/reconcile", "/reconcile/"})
#: The form fields a POST may carry.
_ASKED = frozenset({"queries", "extend", "query", "callback"})


def make_server(gz: Gazetteer, host: str = "127.0.0.1", port: int = 8000) -> HTTPServer:
    """An HTTP server answering the reconciliation API for ``gz`` (port 0: any free one)."""

    class Handler(_ReconcileHandler):
        gazetteer = gz
        answering = threading.Lock()

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True  # (a client that never finishes must not keep us running)
    return server


def address(server: BaseServer) -> str:
    """``host:port`` where ``server`` listens."""
    where = server.server_address
    return f"{where[0]}:{where[1]}" if isinstance(where, tuple) else str(where)


class _ReconcileHandler(BaseHTTPRequestHandler):
    """Each request in a thread of its own, so that a slow or silent client holds up no other;
    the gazetteer answers one at a time (:attr:`answering`)."""

    gazetteer: Gazetteer
    answering: threading.Lock
    server_version = "placematch"
    timeout = SOCKET_TIMEOUT

    def do_GET(self) -> None:
        try:
            with self.answering:
                self._get()
        finally:
            self._write_reply()  # (outside the lock: a client slow to read holds up no other)

    def do_HEAD(self) -> None:
        """The headers a GET would send, without its body."""
        self._head_only = True
        try:
            self.do_GET()
        finally:
            self._head_only = False

    def do_OPTIONS(self) -> None:
        """A browser's CORS preflight before a POST: any origin may ask."""
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)  # (queries= is an empty batch)
        for route, page_of in (("/entity/", entry_page), ("/preview/", preview)):
            if url.path.startswith(route):
                page = page_of(self.gazetteer, unquote(url.path[len(route) :]))
                if page is None:
                    self._send_json({"error": "no entry with this code"}, HTTPStatus.NOT_FOUND)
                else:
                    self._send(page.encode("utf-8"), "text/html; charset=utf-8", HTTPStatus.OK)
                return
        if url.path.startswith("/suggest/"):
            self._suggest(url.path[len("/suggest/") :], params)
            return
        if url.path == "/properties":  # what an extension may ask for
            callback = self._callback(params)
            limit = self._whole(params, "limit", None)
            if callback is None or limit == -1:
                return
            type_id = (params.get("type") or [""])[0]
            payload = propose_properties(self.gazetteer, type_id, limit or None)
            self._send_json(payload, HTTPStatus.OK, callback)
            return
        self._service(url.path, params)

    def _suggest(self, kind: str, params: dict[str, list[str]]) -> None:
        prefix = (params.get("prefix") or [""])[0]
        callback = self._callback(params)
        cursor = self._whole(params, "cursor", 0)
        if callback is None or cursor is None or cursor < 0:
            return
        if kind == "entity":
            payload = suggest_entities(self.gazetteer, prefix, cursor)
        elif kind == "type":
            payload = suggest_types(self.gazetteer, prefix, cursor)
        elif kind == "property":
            payload = suggest_properties(self.gazetteer, prefix, cursor)
        else:
            self._send_json({"error": f"no suggest service {kind!r}"}, HTTPStatus.NOT_FOUND)
            return
        self._send_json(payload, HTTPStatus.OK, callback)

    def _whole(self, params: dict[str, list[str]], name: str, default: int | None) -> int | None:
        """The parameter ``name`` as a whole number (``default`` when absent or blank); -1,
        with the error sent, when it is not one (a ``limit`` must be positive too)."""
        text = (params.get(name) or [""])[0].strip()
        if not text:
            return default
        if not text.isdigit() or (name == "limit" and int(text) == 0):
            kind = "a positive" if name == "limit" else "a"
            error = {"error": f"'{name}' must be {kind} whole number, not {text!r}"}
            self._send_json(error, HTTPStatus.BAD_REQUEST)
            return -1
        return int(text)

    def do_POST(self) -> None:
        try:
            self._post()
        finally:
            self._write_reply()  # (outside the lock: a client slow to read holds up no other)

    def _post(self) -> None:
        url = urlsplit(self.path)
        length_text = self.headers.get("Content-Length") or "0"
        if not length_text.isdigit():
            self._send_json({"error": "bad Content-Length"}, HTTPStatus.BAD_REQUEST)
            return
        length = int(length_text)
        if length > MAX_BODY:
            self._send_json(
                {"error": "request body too large"}, HTTPStatus.REQUEST_ENTITY_TOO_LARGE
            )
            return
        try:
            raw = self.rfile.read(length)
        except OSError:  # (the client fell silent past SOCKET_TIMEOUT, or went away)
            self.close_connection = True
            return
        if len(raw) < length:  # the client went away before its request was whole
            self.close_connection = True
            return
        body = raw.decode("utf-8", "replace")
        params = parse_qs(url.query, keep_blank_values=True)
        form = parse_qs(body, keep_blank_values=True)
        if body.strip() and not (form.keys() | params.keys()) & _ASKED:  # (JSON, with an =)
            error = {"error": "the request must carry queries=, extend= or query= (a form)"}
            self._send_json(error, HTTPStatus.BAD_REQUEST)
            return
        params.update(form)
        with self.answering:
            self._service(url.path, params)

    def _service(self, path: str, params: dict[str, list[str]]) -> None:
        if path not in _SERVICE_PATHS:
            self._send_json({"error": f"no such path: {path}"}, HTTPStatus.NOT_FOUND)
            return
        callback = self._callback(params)
        if callback is None:
            return
        try:
            if "extend" in params:
                payload: Any = extend(self.gazetteer, read_extend(params["extend"][0]))
            elif "queries" in params:
                payload = reconcile(self.gazetteer, read_queries(params["queries"][0]))
            elif "query" in params:  # one query, as a text or a JSON object
                text = params["query"][0]
                shape = "with a 'query' text"
                one = read_json_object(text, "query", shape) if text.lstrip()[:1] == "{" else text
                payload = reconcile(self.gazetteer, {"q": one})["q"]
            else:
                payload = manifest(self.gazetteer, self._base_url())
        except GazetteerError as error:  # a request that cannot be read (ReconcileError...)
            self._send_json({"error": str(error)}, HTTPStatus.BAD_REQUEST, callback)
            return
        except Exception as error:  # a message for the client, not a traceback
            message = f"cannot answer: {type(error).__name__}: {error}"
            self._send_json({"error": message}, HTTPStatus.INTERNAL_SERVER_ERROR, callback)
            return
        self._send_json(payload, HTTPStatus.OK, callback)

    def _callback(self, params: dict[str, list[str]]) -> str | None:
        """The JSONP ``callback`` asked for ("" for none); None, with the error sent, when it
        is not a JavaScript name."""
        callback = (params.get("callback") or [""])[0]
        if callback and not _CALLBACK.match(callback):
            error = {"error": "'callback' must be a JavaScript name"}
            self._send_json(error, HTTPStatus.BAD_REQUEST)
            return None
        return callback

    def _base_url(self) -> str:
        return f"http://{self.headers.get('Host') or address(self.server)}"

    def _send_json(self, payload: Any, status: HTTPStatus, callback: str = "") -> None:
        text = json.dumps(payload, ensure_ascii=False)
        if callback:  # (U+2028 and U+2029 end a line in older JavaScript, not in JSON)
            text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
            # (an error too is a 200: a script sent with an error status is never run)
            self._send(f"{callback}({text});".encode(), "application/javascript", HTTPStatus.OK)
        else:
            self._send(text.encode("utf-8"), "application/json; charset=utf-8", status)

    _reply: tuple[bytes, str, HTTPStatus] | None = None
    _head_only = False  #: a HEAD request: the reply's headers, not its body

    def _send(self, body: bytes, content_type: str, status: HTTPStatus) -> None:
        """Keep the reply, for :meth:`_write_reply` to send once the gazetteer is free."""
        self._reply = (body, content_type, status)

    def _write_reply(self) -> None:
        reply, self._reply = self._reply, None
        if reply is None:
            return
        body, content_type, status = reply
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            if not self._head_only:
                self.wfile.write(body)
        except OSError:  # the client did not wait, or stopped reading past SOCKET_TIMEOUT
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged one by one (a batch of thousands would flood the terminal)."""
