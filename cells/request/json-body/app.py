from flask import Flask, request

app = Flask(__name__)


@app.post("/api/notes")
def add_note():
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not data.get("text"):
        return {"error": 'Send JSON such as {"text": "Buy tea"}.'}, 400
    return {"saved": data["text"]}, 201


@app.post("/echo")
def echo():
    return {
        "mimetype": request.mimetype,
        "raw": request.get_data(as_text=True),
        "parsed": request.get_json(force=True, silent=True),
    }


if __name__ == "__main__":
    app.run()
