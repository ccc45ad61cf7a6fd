"""Plain helpers shared by test folders: the repository's paths and running the project's commands.

Fixtures live in conftest.py and record builders in factories.py; test modules never import
from one another.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from urllib.parse import quote

from django import forms
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    """manage.py in a subprocess from the repository root, with `env` over the environment."""
    # DJANGO_ALLOW_ASYNC_UNSAFE is set for the browser tests (tests/browser/conftest.py), never
    # in deployment.
    dropped = {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_import(*args: str) -> tuple[str, str, int]:
    """call_command with stdout/stderr captured; returns (stdout, stderr, exit status)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_reports", *args, stdout=out, stderr=err)
        status = 0
    except CommandError as exc:
        err.write(str(exc))
        status = exc.returncode
    return out.getvalue(), err.getvalue(), status


def url_for(database: str) -> str:
    """A libpq URL for another database on the server the tests use."""
    settings = connection.settings_dict
    user = quote(settings["USER"] or "", safe="")
    password = f":{quote(settings['PASSWORD'], safe='')}" if settings["PASSWORD"] else ""
    host = quote(settings["HOST"] or "", safe="")
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    return f"postgresql://{user}{password}@{host}{port}/{database}"


def change_form_data(response) -> dict:
    """What the browser would send back from an admin change form, unchanged."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            key = form.add_prefix(name)
            value = form[name].value()
            if isinstance(field, forms.BooleanField):
                if value:
                    data[key] = "on"
            elif isinstance(field, forms.ModelMultipleChoiceField):
                data[key] = list(value or [])
            else:
                data[key] = "" if value is None else value
            if field.show_hidden_initial:
                data[form.add_initial_prefix(name)] = data.get(key, "")

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[formset.management_form.add_prefix(name)] = value
        for form in formset.forms:
            add(form)
    return data


@contextmanager
def gunicorn_serving(env: dict[str, str], port: int, log_path: Path, *, workers: int):
    """gunicorn serving the project as `make serve` does (static files collected, cache tables
    created), listening on 127.0.0.1:``port``, its output in ``log_path``; stopped on exit."""
    for command in (("collectstatic", "--noinput"), ("createcachetable",)):
        subprocess.run(
            [sys.executable, "manage.py", *command, "-v0"],
            cwd=REPO,
            env=env,
            check=True,
            timeout=120,
        )
    gunicorn = Path(sys.executable).parent / "gunicorn"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [str(gunicorn), "archive.wsgi", "--config", "scripts/gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--no-control-socket"],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    assert server.poll() is None, log_path.read_text()
                    assert time.monotonic() < deadline, "gunicorn did not start"
                    time.sleep(0.2)
            yield server
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(**settings: str) -> dict[str, str]:
    """The environment of a production-like server (DEBUG off, a secret key, the test's own
    database), with ``settings`` added; nothing of the test run's own Django settings leaks in."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.pop("TEST_DATABASE_NAME", None)
    env.update(
        DEBUG="0",
        SECRET_KEY="x7" * 30 + "-production-like-secret-key-for-the-test",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_PROXY_SSL_HEADER="1",
        DATABASE_URL=url_for(connection.settings_dict["NAME"]),
        **settings,
    )
    return env
