"""A scripted OpenAI-compatible chat server on loopback, for testing how `rag` treats replies.

Each POST /v1/chat/completions takes the next scripted step: {"content": str} (streamed
word by word when the client asks for a stream), {"status": int} (an HTTP error),
{"delay": seconds, ...} (answers late), or {"raw": str} (a malformed body). Requests are
recorded so tests can read the prompts that were sent.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeLLM:
    def __init__(self) -> None:
        self.script: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # /v1/models
                self._json(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                fake.requests.append(body)
                step = fake.script.pop(0) if fake.script else {"content": "The corpus does not say."}
                time.sleep(step.get("delay", 0))
                if "status" in step:
                    self._json(step["status"], {"error": {"message": "scripted failure", "type": "server_error"}})
                elif "raw" in step:
                    self._send(200, "application/json", step["raw"].encode())
                elif body.get("stream"):
                    self._stream(step["content"])
                else:
                    self._json(200, _completion(step["content"]))

            def _stream(self, content: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = content.split(" ")
                for i, w in enumerate(words):
                    piece = w if i == 0 else " " + w
                    self.wfile.write(f"data: {json.dumps(_chunk(piece))}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(f"data: {json.dumps(_chunk('', 'stop'))}\n\ndata: [DONE]\n\n".encode())

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                self._send(status, "application/json", json.dumps(payload).encode())

            def _send(self, status: int, ctype: str, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _chunk(content: str, finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "delta": {"content": content} if content else {}, "finish_reason": finish}],
    }


def _completion(content: str) -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
