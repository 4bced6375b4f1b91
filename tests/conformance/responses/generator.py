from flask import Flask, Response, stream_with_context, request

app = Flask(__name__)


@app.route("/stream")
def stream():
    def generate():
        for n in range(3):
            yield f"chunk {n}\n"

    return generate()


@app.route("/response-stream")
def response_stream():
    def generate():
        yield "a,b\n"
        yield "1,2\n"

    return Response(generate(), mimetype="text/csv")


@app.route("/with-context")
def with_context():
    def generate():
        yield "path="
        yield request.path

    return stream_with_context(generate())
