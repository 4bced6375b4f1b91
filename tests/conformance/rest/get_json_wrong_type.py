from flask import Flask, request

app = Flask("get_json_wrong_type")


@app.post("/plain")
def plain():
    return {"data": request.get_json()}
