"""The benchmark apps on real Flask, served by Werkzeug's development server (threaded)."""
import logging
import sys

from flask import Flask
from werkzeug.serving import run_simple

ROUTE_COUNT = 100
kind = sys.argv[1] if len(sys.argv) > 1 else "hello"
port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
app = Flask("bench")

if kind == "hello":

    @app.route("/")
    def hello():
        return "Hello, World!"

else:

    def make_view(i):
        def view(id):
            return f"route {i}: {id}"

        return view

    for i in range(ROUTE_COUNT):
        app.add_url_rule(f"/r{i}/<int:id>", f"route{i}", make_view(i))

# No access log, as the other servers keep none (the port logs only with KOLBA_BENCH_LOG=1).
logging.getLogger("werkzeug").setLevel(logging.ERROR)
print("ready", flush=True)
run_simple("127.0.0.1", port, app, threaded=True)
