"""gunicorn settings for `make serve` and the load test (the command line carries the rest).

gunicorn's own log lines (start, workers, timeouts) are written as JSON objects like the
archive's, so one log stream has one format.
"""

import gc

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "archive.middleware.JsonFormatter"}},
    "handlers": {
        "error_console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        },
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        },
    },
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False},
    },
    "root": {"level": "INFO", "handlers": []},
}

# The app is loaded once in the master, which loads the facet index (archive.search.
# facet_index) before forking: the workers share its arrays copy-on-write instead of each
# holding its own, and no worker's first search waits for the load (a minute at a million
# meetings under load). Each worker then keeps the index in step through the change log.
preload_app = True


def when_ready(server):
    """After the app is loaded in the master, before the workers are forked."""
    from django.db import connections

    from archive.search.facet_index import facet_index

    try:
        # The workers share the index's arrays and word bitmaps with the master until they
        # change them: read the bitmaps (a background thread's work) before forking.
        facet_index().wait_for_words()
    except Exception:  # the workers load it on their first search instead
        server.log.exception("loading the facet index before forking the workers failed")
    finally:
        connections.close_all()  # a connection must not be shared across the fork
    # The loaded app and index are the workers' for good: moved out of the collector's
    # generations, a worker's full collection no longer walks them (tens of milliseconds at
    # random requests) nor writes to their pages, which the fork shares (Python's gc.freeze).
    gc.freeze()
