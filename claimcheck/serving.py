"""The review app in a browser, through textual-serve: each browser tab runs `claimcheck review` in
its own process on this machine and shows its terminal.

On the loopback address only this machine can connect. Anywhere else a token guards every route:
the first page asks for it, and a correct one is kept in a cookie for the session.
"""

from __future__ import annotations

import hmac
import html

from aiohttp import web
from textual_serve.server import Server

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
COOKIE = "claimcheck_token"

_FORM = """<!doctype html><html><head><meta charset="utf-8"><title>claimcheck review</title></head>
<body style="font-family: sans-serif; max-width: 30em; margin: 4em auto">
<h1>claimcheck review</h1><p>{message}</p>
<form method="post" action="/login"><label>Token <input name="token" type="password" autofocus></label>
<button type="submit">Open</button></form></body></html>"""


class ReviewServer(Server):
    def __init__(self, command: str, host: str, port: int, token: str | None):
        super().__init__(command, host=host, port=port, title="claimcheck review")
        self.token = token

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        if self.token:
            app.router.add_post("/login", self._login)
            app.middlewares.append(self._guard)
        return app

    def _valid(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        if request.path == "/login" or self._valid(request.cookies.get(COOKIE)):
            return await handler(request)
        if request.path == "/":
            return _form("This review desk asks for its token.", status=401)
        raise web.HTTPForbidden(text="a token is needed")

    async def _login(self, request: web.Request) -> web.Response:
        given = (await request.post()).get("token")
        if not self._valid(given if isinstance(given, str) else None):
            return _form("Wrong token.", status=403)
        response = web.HTTPSeeOther("/")
        response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict")
        return response


def _form(message: str, status: int) -> web.Response:
    return web.Response(text=_FORM.format(message=html.escape(message)), status=status, content_type="text/html")
