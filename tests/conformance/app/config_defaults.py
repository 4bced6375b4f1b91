from flask import Flask, jsonify

app = Flask(__name__)

# The keys Flask 2.2 and 3.x share; see config-all-keys for the full list.
SHARED_KEYS = [
    "DEBUG",
    "TESTING",
    "PROPAGATE_EXCEPTIONS",
    "SECRET_KEY",
    "USE_X_SENDFILE",
    "SERVER_NAME",
    "APPLICATION_ROOT",
    "SESSION_COOKIE_NAME",
    "SESSION_COOKIE_DOMAIN",
    "SESSION_COOKIE_PATH",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_SAMESITE",
    "SESSION_REFRESH_EACH_REQUEST",
    "MAX_CONTENT_LENGTH",
    "SEND_FILE_MAX_AGE_DEFAULT",
    "TRAP_BAD_REQUEST_ERRORS",
    "TRAP_HTTP_EXCEPTIONS",
    "EXPLAIN_TEMPLATE_LOADING",
    "PREFERRED_URL_SCHEME",
    "TEMPLATES_AUTO_RELOAD",
    "MAX_COOKIE_SIZE",
]


@app.route("/")
def defaults():
    values = {key: app.config[key] for key in SHARED_KEYS}
    values["PERMANENT_SESSION_LIFETIME"] = int(
        app.config["PERMANENT_SESSION_LIFETIME"].total_seconds()
    )
    return jsonify(values)
