"""Send a conformance request script through real Flask's test client.

Usage: /usr/bin/python3 run_flask.py APP.py SCRIPT.json [--raw]
       (SCRIPT may be "-" to read the script from stdin)

Prints one JSON document on stdout: {"flask": version, "results": [...]}, one
normalized result per request, in the format that run-port.ts produces for the
port (see docs/conformance.md). With --raw each result also carries the raw
status line, headers and body (base64), so the TypeScript normalizer can be
checked against this one.
"""

import base64
import contextlib
import email.utils
import hashlib
import importlib.util
import inspect
import io
import json
import os
import re
import sys
import time
import zlib

# Headers compared for every pair; a script adds more through "headers".
DEFAULT_HEADERS = [
    "content-type",
    "content-length",
    "location",
    "allow",
    "vary",
    "www-authenticate",
]
DATE_HEADERS = {"date", "last-modified"}
OFFSET_DATE_HEADERS = {"expires"}
USER_AGENT = "kolba-conformance/1"
RELATIVE_WINDOW = 400 * 24 * 3600
SESSION_RE = re.compile(r"^\.?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
ETAG_RE = re.compile(r'^(W/)?"[^"]*"$')
SAFE_FORM = re.compile(r"[A-Za-z0-9\-._~]")


def load_app(path):
    path = os.path.abspath(path)
    name = os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    # Flask finds root_path (templates/, static/) through sys.modules[__name__].
    sys.modules[name] = module
    # As `python app.py` and `flask run` do: the app's own modules (`from auth import bp`) import.
    sys.path.insert(0, os.path.dirname(path))
    spec.loader.exec_module(module)
    return module.app


def form_encode(fields):
    """Percent-encode like the port side does, so both send the same bytes."""

    def enc(text):
        out = []
        for ch in text:
            if ch == " ":
                out.append("+")
            elif SAFE_FORM.match(ch):
                out.append(ch)
            else:
                out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
        return "".join(out)

    return "&".join(f"{enc(k)}={enc(v)}" for k, v in fields)


def field_pairs(mapping):
    pairs = []
    for key, value in (mapping or {}).items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, str(item)))
    return pairs


def parse_request(spec):
    if isinstance(spec, str):
        method, _, path = spec.partition(" ")
        return {"method": method.upper(), "path": path or "/"}
    out = dict(spec)
    out["method"] = out.get("method", "GET").upper()
    out.setdefault("path", "/")
    return out


def request_label(req):
    return f"{req['method']} {req['path']}"


PREVIOUS_RE = re.compile(r"\{prev:([A-Za-z0-9-]+)\}")


def fill_previous(value, previous):
    """Replace {prev:etag}-style placeholders with the previous response's header."""
    return PREVIOUS_RE.sub(lambda m: previous.get(m.group(1).lower(), ""), value)


def build_open_kwargs(req, previous):
    headers = {k: fill_previous(v, previous) for k, v in (req.get("headers") or {}).items()}
    # Flask's client would send "werkzeug/<version>": fix it so both sides agree.
    if not any(k.lower() == "user-agent" for k in headers):
        headers["User-Agent"] = USER_AGENT
    kwargs = {"method": req["method"]}
    if req.get("base"):
        kwargs["base_url"] = req["base"]
    content_type = req.get("contentType")
    if "json" in req:
        kwargs["data"] = json.dumps(
            req["json"], separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")
        content_type = content_type or "application/json"
    elif req.get("files") is not None:
        data = {}
        for key, value in field_pairs(req.get("form")):
            data.setdefault(key, []).append(value)
        for key, value in req["files"].items():
            for item in value if isinstance(value, list) else [value]:
                data.setdefault(key, []).append(
                    (
                        io.BytesIO(item.get("content", "").encode("utf-8")),
                        item.get("filename", ""),
                        item.get("contentType", "application/octet-stream"),
                    )
                )
        kwargs["data"] = data
        # Multipart even with no file in it, as the port side's FormData always is.
        content_type = "multipart/form-data"
    elif req.get("form") is not None:
        kwargs["data"] = form_encode(field_pairs(req["form"])).encode("utf-8")
        content_type = content_type or "application/x-www-form-urlencoded"
    elif req.get("body") is not None:
        kwargs["data"] = req["body"].encode("utf-8")
    if content_type:
        kwargs["content_type"] = content_type
    kwargs["headers"] = headers
    return kwargs


def set_client_cookie(client, key, value):
    params = inspect.signature(client.set_cookie).parameters
    if "server_name" in params:
        client.set_cookie("localhost", key, value)
    else:
        client.set_cookie(key, value, domain="localhost")


def jar_cookies(client):
    jar = getattr(client, "cookie_jar", None)
    if jar is not None:
        return {c.name: c.value for c in jar}
    cookies = getattr(client, "_cookies", None) or {}
    return {c.key: c.value for c in cookies.values()}


# Normalization. Keep in step with normalize.ts (the unit test checks both agree).


def untag(value):
    if isinstance(value, list):
        return [untag(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1:
            [(key, inner)] = value.items()
            if key == " t":
                return {"$tuple": [untag(v) for v in inner]}
            if key == " di":
                return {k: untag(v) for k, v in inner.items()}
            if key == " b":
                return {"$bytes": inner}
            if key == " m":
                return {"$markup": inner}
            if key == " u":
                return {"$uuid": inner}
            if key == " d":
                return {"$date": inner}
        return {k: untag(v) for k, v in value.items()}
    return value


def session_payload(value):
    """The tagged JSON text a session cookie carries, byte for byte (after zlib, if used)."""
    compressed = value.startswith(".")
    payload = (value[1:] if compressed else value).split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    return (zlib.decompress(raw) if compressed else raw).decode("utf-8")


def decode_session(value):
    """The data inside a Flask session cookie, or None if it is not one."""
    if not SESSION_RE.match(value or ""):
        return None
    compressed = value.startswith(".")
    payload = value[1:] if compressed else value
    payload = payload.split(".")[0]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        if compressed:
            raw = zlib.decompress(raw)
        data = json.loads(raw.decode("utf-8"))
    except Exception:
        return None
    if not isinstance(data, dict):
        return None
    return untag(data)


HTTP_DATE_RE = re.compile(
    r"^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$"
)


def parse_http_date(text):
    if not HTTP_DATE_RE.match(text):
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    return parsed.timestamp()


def normalize_offset_date(text, request_time):
    stamp = parse_http_date(text)
    if stamp is None:
        return f"malformed: {text}"
    offset = stamp - request_time
    if abs(offset) > RELATIVE_WINDOW:
        return text
    rounded = int(round(offset / 10.0)) * 10
    return f"now{'+' if rounded >= 0 else '-'}{abs(rounded)}s"


def normalize_date(text):
    return "<http-date>" if parse_http_date(text) is not None else f"malformed: {text}"


def parse_set_cookie(header, request_time):
    parts = header.split(";")
    name, _, value = parts[0].strip().partition("=")
    attributes = {}
    for part in parts[1:]:
        key, sep, val = part.strip().partition("=")
        key = key.strip().lower()
        if not key:
            continue
        if key == "expires":
            attributes[key] = normalize_offset_date(val.strip(), request_time)
        else:
            attributes[key] = val.strip() if sep else True
    cookie = {"name": name.strip(), "value": value, "attributes": attributes}
    session = decode_session(value)
    if session is not None:
        cookie["value"] = "<session>"
        cookie["payload"] = session_payload(value)
        cookie["session"] = session
    return cookie


def normalize_header(name, value, request_time):
    if name == "allow":
        return ", ".join(sorted(v.strip() for v in value.split(",") if v.strip()))
    if name in DATE_HEADERS:
        return normalize_date(value)
    if name in OFFSET_DATE_HEADERS:
        return normalize_offset_date(value, request_time)
    if name == "etag":
        return "<etag>" if ETAG_RE.match(value) else f"malformed: {value}"
    return value


TEXT_TYPES = re.compile(
    r"^(text/|application/(json|javascript|xml|xhtml\+xml|x-www-form-urlencoded)|[^;]*\+(json|xml))"
)


def normalize_body(raw, content_type):
    mimetype = (content_type or "").split(";")[0].strip().lower()
    is_json = mimetype == "application/json" or mimetype.endswith("+json")
    textual = not raw or TEXT_TYPES.match(mimetype) or "charset=" in (content_type or "")
    if textual:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            textual = False
    if not textual:
        return {
            "kind": "binary",
            "length": len(raw),
            "sha256": hashlib.sha256(raw).hexdigest(),
        }
    if is_json:
        try:
            return {"kind": "json", "text": text, "data": json.loads(text)}
        except ValueError:
            pass
    return {"kind": "text", "text": text}


def normalize_response(status_line, header_list, raw, request_time, wanted):
    code, _, reason = status_line.partition(" ")
    headers = {}
    set_cookies = []
    for name, value in header_list:
        lower = name.lower()
        if lower == "set-cookie":
            set_cookies.append(parse_set_cookie(value, request_time))
        elif lower in wanted:
            normalized = normalize_header(lower, value, request_time)
            headers[lower] = (
                f"{headers[lower]}, {normalized}" if lower in headers else normalized
            )
    content_type = next((v for n, v in header_list if n.lower() == "content-type"), "")
    return {
        "status": int(code),
        "statusText": reason,
        "headers": dict(sorted(headers.items())),
        "setCookie": set_cookies,
        "body": normalize_body(raw, content_type),
    }


def normalize_jar(cookies):
    out = {}
    for name, value in sorted(cookies.items()):
        session = decode_session(value)
        out[name] = {"$session": session} if session is not None else value
    return out


def run_script(app_path, script, raw_mode=False):
    with contextlib.redirect_stdout(sys.stderr):
        app = load_app(app_path)
    wanted = set(DEFAULT_HEADERS) | {h.lower() for h in script.get("headers", [])}
    keep = bool(script.get("keepCookies"))
    client = app.test_client()
    results = []
    previous = {}
    for spec in script.get("requests", []):
        req = parse_request(spec)
        if not keep:
            client = app.test_client()
        for key, value in (req.get("cookies") or {}).items():
            set_client_cookie(client, key, value)
        request_time = time.time()
        try:
            kwargs = build_open_kwargs(req, previous)
            # Werkzeug's jar would replace an explicit Cookie header: set it aside.
            explicit = any(k.lower() == "cookie" for k in kwargs["headers"])
            saved_jar = getattr(client, "cookie_jar", None)
            if explicit:
                client.cookie_jar = None
            try:
                with contextlib.redirect_stdout(sys.stderr):
                    response = client.open(req["path"], **kwargs)
                    raw = response.get_data()
            finally:
                if explicit:
                    client.cookie_jar = saved_jar
        except Exception as exc:  # the oracle itself failed: report, don't crash
            results.append(
                {"request": request_label(req), "error": f"{type(exc).__name__}: {exc}"}
            )
            continue
        header_list = list(response.headers.items())
        previous = {name.lower(): value for name, value in header_list}
        result = {"request": request_label(req)}
        result.update(
            normalize_response(response.status, header_list, raw, request_time, wanted)
        )
        if keep:
            result["cookies"] = normalize_jar(jar_cookies(client))
        if raw_mode:
            result["raw"] = {
                "status": response.status,
                "headers": header_list,
                "body": base64.b64encode(raw).decode("ascii"),
                "requestTime": request_time,
            }
        results.append(result)
        response.close()
    return results


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    app_path, script_path = args
    if script_path == "-":
        script = json.load(sys.stdin)
    else:
        with open(script_path, encoding="utf-8") as fh:
            script = json.load(fh)
    import flask

    version = getattr(flask, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("flask")
    results = run_script(app_path, script, raw_mode="--raw" in argv)
    json.dump({"flask": version, "results": results}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
