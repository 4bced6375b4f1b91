from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify(
        remote_addr=request.remote_addr,
        user_agent=request.user_agent.string,
        user_agent_str=str(request.user_agent),
    )
