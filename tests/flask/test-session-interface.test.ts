import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { type CookieOptions, dumpCookie } from "../../sandbox-runtime/flask/http.ts";
import { isTuple, tuple } from "../../sandbox-runtime/flask/json-tag.ts";
import {
  KeyError,
  NullSession,
  SecureCookieSession,
  SecureCookieSessionInterface,
  type SessionApp,
  SessionUnavailableError,
} from "../../sandbox-runtime/flask/sessions.ts";

const FIXED = 1700000000;

/** Runs Python with real Flask 2.2; `io` is JSON on stdin, the result JSON on stdout. */
function flask(code: string, io: unknown = null): any {
  const script = `
import sys, json, datetime, uuid
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
import itsdangerous.timed
io = json.load(sys.stdin)
def canon(v):
    if isinstance(v, dict): return {k: canon(x) for k, x in v.items()}
    if isinstance(v, tuple): return {"tuple": [canon(x) for x in v]}
    if isinstance(v, list): return [canon(x) for x in v]
    if isinstance(v, bytes): return {"bytes": v.hex()}
    if isinstance(v, datetime.datetime): return {"datetime": v.isoformat()}
    return v
def serializer(secret, fixed=None):
    if fixed is not None:
        itsdangerous.timed.TimestampSigner.get_timestamp = lambda self: fixed
    app = Flask("t")
    app.secret_key = secret
    return app, SecureCookieSessionInterface().get_signing_serializer(app)
${code}
`;
  const run = spawnSync("/usr/bin/python3", ["-c", script], {
    input: JSON.stringify(io),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

function makeApp(config: Record<string, unknown> = {}): SessionApp {
  return { config: new Map(Object.entries({ SECRET_KEY: "dev-secret", ...config })) };
}

class FakeResponse {
  readonly setCookies: string[] = [];
  readonly headers = new Headers();
  setCookie(key: string, value: string, options: CookieOptions): void {
    this.setCookies.push(dumpCookie(key, value, options));
  }
  deleteCookie(key: string, options: CookieOptions): void {
    this.setCookies.push(dumpCookie(key, "", { ...options, expires: 0, maxAge: 0 }));
  }
}

function requestWith(cookie?: string) {
  return { cookies: new Map(cookie === undefined ? [] : [["session", cookie]]) };
}

function cookieValue(header: string): string {
  return header.slice(header.indexOf("=") + 1, header.indexOf(";"));
}

async function portCookie(
  data: Record<string, unknown>,
  app = makeApp(),
  now = () => FIXED,
): Promise<string> {
  const iface = new SecureCookieSessionInterface({ now });
  const session = new SecureCookieSession();
  session.update(data);
  const response = new FakeResponse();
  await iface.saveSession(app, session, response);
  const header = response.setCookies[0];
  if (header === undefined) throw new Error("no cookie was set");
  return cookieValue(header);
}

const RICH_PY = `{
  "user": "Ąžuolas 😀 Қазақ",
  "profile": {"langs": ["lt", "kk", "en"], "address": {"city": "Vilnius", "zip": None}},
  "pair": (1, ("nested", 2.5)),
  "blob": b"\\x00\\x01\\xfe\\xff",
  "when": datetime.datetime(2024, 2, 29, 12, 30, 45, tzinfo=datetime.timezone.utc),
  "flags": [True, False, None],
  " t": "tag-like key",
  "bulk": ["item %d" % i for i in range(300)],
}`;

function richPort(): Record<string, unknown> {
  return {
    user: "Ąžuolas 😀 Қазақ",
    profile: { langs: ["lt", "kk", "en"], address: { city: "Vilnius", zip: null } },
    pair: tuple(1, tuple("nested", 2.5)),
    blob: new Uint8Array([0, 1, 254, 255]),
    when: new Date(Date.UTC(2024, 1, 29, 12, 30, 45)),
    flags: [true, false, null],
    " t": "tag-like key",
    bulk: Array.from({ length: 300 }, (_, i) => `item ${i}`),
  };
}

describe("cookies signed by real Flask load in the port", () => {
  it("loads nested dicts, lists, tuples, bytes, datetimes, unicode and a compressed payload", async () => {
    const cookie: string = flask(`
app, s = serializer("dev-secret")
with app.app_context():
    print(json.dumps(s.dumps(${RICH_PY})))`);
    expect(cookie.startsWith(".")).toBe(true);
    const session = await new SecureCookieSessionInterface().openSession(
      makeApp(),
      requestWith(cookie),
    );
    expect(session).not.toBeNull();
    const data = SecureCookieSession.inspect(session as SecureCookieSession).data;
    expect(data).toEqual(richPort());
    expect(isTuple(data.pair)).toBe(true);
    expect(session?.modified).toBe(false);
  });

  it("reads a cookie set by a real Flask view through the test client", async () => {
    const setCookie: string = flask(`
app, s = serializer("dev-secret")
@app.route("/")
def index():
    from flask import session
    session["user"] = "ana"
    session["cart"] = [1, 2]
    return "ok"
print(json.dumps(app.test_client().get("/").headers["Set-Cookie"]))`);
    expect(setCookie).toMatch(/^session=[^;]+; HttpOnly; Path=\/$/);
    const session = await new SecureCookieSessionInterface().openSession(
      makeApp(),
      requestWith(cookieValue(setCookie)),
    );
    expect(session?.user).toBe("ana");
    expect(session?.cart).toEqual([1, 2]);
  });
});

describe("cookies signed by the port load in real Flask", () => {
  it("round-trips rich data", async () => {
    const cookie = await portCookie(richPort(), makeApp(), () => Date.now() / 1000);
    expect(cookie.startsWith(".")).toBe(true);
    const loaded = flask(
      `app, s = serializer("dev-secret")
print(json.dumps(canon(s.loads(io, max_age=60))))`,
      cookie,
    );
    expect(loaded).toEqual({
      user: "Ąžuolas 😀 Қазақ",
      profile: { langs: ["lt", "kk", "en"], address: { city: "Vilnius", zip: null } },
      pair: { tuple: [1, { tuple: ["nested", 2.5] }] },
      blob: { bytes: "0001feff" },
      when: { datetime: "2024-02-29T12:30:45+00:00" },
      flags: [true, false, null],
      " t": "tag-like key",
      bulk: Array.from({ length: 300 }, (_, i) => `item ${i}`),
    });
  });

  it("writes byte-identical cookies to Flask for the same key and time (uncompressed payload)", async () => {
    const flaskCookie: string = flask(`
app, s = serializer("dev-secret", fixed=${FIXED})
with app.app_context():
    print(json.dumps(s.dumps({"user": "ana", "n": 1, "lt": "ąčę", "d": datetime.datetime(2020, 1, 1, 13, 45, 7, tzinfo=datetime.timezone.utc)})))`);
    expect(flaskCookie.startsWith(".")).toBe(false);
    expect(
      await portCookie({
        user: "ana",
        n: 1,
        lt: "ąčę",
        d: new Date(Date.UTC(2020, 0, 1, 13, 45, 7)),
      }),
    ).toBe(flaskCookie);
  });

  it("compresses to the same JSON Flask compresses (zlib streams may differ, both decode each other)", async () => {
    const cookie = await portCookie(richPort());
    const result = flask(
      `import zlib, base64
app, s = serializer("dev-secret", fixed=${FIXED})
with app.app_context():
    mine = s.dumps(${RICH_PY})
    payload, ts, sig = io.split(".")[1:]
    raw = zlib.decompress(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    print(json.dumps([raw == s.serializer.dumps(${RICH_PY}).encode(), ts == mine.split(".")[2], canon(s.loads(io)) == canon(s.loads(mine))]))`,
      cookie,
    );
    expect(result).toEqual([true, true, true]);
  });

  it("sends the same Set-Cookie header a Flask view sends", async () => {
    const flaskHeader: string = flask(`
app, s = serializer("dev-secret", fixed=${FIXED})
@app.route("/")
def index():
    from flask import session
    session["user"] = "ana"
    return "ok"
print(json.dumps(app.test_client().get("/").headers["Set-Cookie"]))`);
    const response = new FakeResponse();
    const session = new SecureCookieSession();
    session.user = "ana";
    await new SecureCookieSessionInterface({ now: () => FIXED }).saveSession(
      makeApp(),
      session,
      response,
    );
    expect(response.setCookies).toEqual([flaskHeader]);
    expect(response.headers.get("Vary")).toBe("Cookie");
  });
});

describe("bad cookies give an empty session, never an error", () => {
  const iface = new SecureCookieSessionInterface();

  async function opened(cookie: string, app = makeApp(), now?: () => number) {
    const session = await new SecureCookieSessionInterface(now ? { now } : {}).openSession(
      app,
      requestWith(cookie),
    );
    expect(session).toBeInstanceOf(SecureCookieSession);
    expect(session).not.toBeInstanceOf(NullSession);
    return SecureCookieSession.inspect(session as SecureCookieSession);
  }

  it("tampered signature, tampered payload, wrong key, truncated, garbage", async () => {
    const good = await portCookie({ user: "ana" }, makeApp(), () => Date.now() / 1000);
    expect((await opened(good)).data).toEqual({ user: "ana" });
    const parts = good.split(".");
    const sig = parts[2] ?? "";
    const flipped = `${parts[0]}.${parts[1]}.${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`;
    expect((await opened(flipped)).size).toBe(0);
    const forged = `${Buffer.from('{"user":"admin"}').toString("base64url")}.${parts[1]}.${sig}`;
    expect((await opened(forged)).size).toBe(0);
    expect((await opened(good, makeApp({ SECRET_KEY: "other" }))).size).toBe(0);
    expect((await opened(good.slice(0, -5))).size).toBe(0);
    for (const garbage of ["x", "...", "a.b.c", ".!!.??", "é.é.é", "%%%"]) {
      expect((await opened(garbage)).size).toBe(0);
    }
    expect(await iface.openSession(makeApp(), requestWith(""))).toBeInstanceOf(SecureCookieSession);
  });

  it("an expired cookie (PERMANENT_SESSION_LIFETIME) is dropped", async () => {
    const app = makeApp({ PERMANENT_SESSION_LIFETIME: 3600 });
    const cookie = await portCookie({ user: "ana" }, app, () => FIXED);
    expect((await opened(cookie, app, () => FIXED + 3600)).data).toEqual({ user: "ana" });
    expect((await opened(cookie, app, () => FIXED + 3601)).size).toBe(0);
    expect(
      (
        await opened(
          cookie,
          makeApp({ PERMANENT_SESSION_LIFETIME: { hours: 2 } }),
          () => FIXED + 3601,
        )
      ).size,
    ).toBe(1);
  });

  it("an expired cookie signed by Flask is dropped too", async () => {
    const cookie: string = flask(`
app, s = serializer("dev-secret", fixed=${FIXED})
with app.app_context():
    print(json.dumps(s.dumps({"user": "ana"})))`);
    const app = makeApp({ PERMANENT_SESSION_LIFETIME: 10 });
    expect((await opened(cookie, app, () => FIXED + 5)).data).toEqual({ user: "ana" });
    expect((await opened(cookie, app, () => FIXED + 11)).size).toBe(0);
  });
});

describe("key rotation with SECRET_KEY_FALLBACKS", () => {
  it("loads a cookie Flask signed with an old key and re-signs with the new one Flask accepts", async () => {
    const oldCookie: string = flask(`
app, s = serializer("old-key")
with app.app_context():
    print(json.dumps(s.dumps({"user": "ana"})))`);
    const rotated = makeApp({
      SECRET_KEY: "new-key",
      SECRET_KEY_FALLBACKS: ["older-key", "old-key"],
    });
    const session = await new SecureCookieSessionInterface().openSession(
      rotated,
      requestWith(oldCookie),
    );
    expect(session?.user).toBe("ana");
    const withoutFallback = await new SecureCookieSessionInterface().openSession(
      makeApp({ SECRET_KEY: "new-key" }),
      requestWith(oldCookie),
    );
    expect(withoutFallback?.user).toBeUndefined();

    const fresh = await portCookie({ user: "ana", step: 2 }, rotated, () => Date.now() / 1000);
    const result = flask(
      `from itsdangerous import BadSignature
out = {}
for key in ["new-key", "old-key"]:
    app, s = serializer(key)
    try:
        out[key] = s.loads(io)
    except BadSignature:
        out[key] = "bad signature"
print(json.dumps(out))`,
      fresh,
    );
    expect(result).toEqual({ "new-key": { user: "ana", step: 2 }, "old-key": "bad signature" });
  });

  it("accepts a bytes secret key like Flask", async () => {
    const app: SessionApp = { config: {}, secretKey: new TextEncoder().encode("bytes-key") };
    const cookie = await portCookie({ a: 1 }, app, () => Date.now() / 1000);
    expect(
      flask(
        `app, s = serializer(b"bytes-key")
print(json.dumps(s.loads(io)))`,
        cookie,
      ),
    ).toEqual({ a: 1 });
  });
});

describe("NullSession", () => {
  it("is used when there is no secret key, reads empty and refuses writes with Flask's message", async () => {
    const iface = new SecureCookieSessionInterface();
    const app = makeApp({ SECRET_KEY: null });
    expect(await iface.openSession(app, requestWith("anything"))).toBeNull();
    expect(await iface.openSession(makeApp({ SECRET_KEY: "" }), requestWith())).toBeNull();
    const session = iface.makeNullSession(app);
    expect(iface.isNullSession(session)).toBe(true);
    expect(session.user).toBeUndefined();
    expect(session.get("user", "guest")).toBe("guest");
    const message =
      "The session is unavailable because no secret key was set.  Set the secret_key on the application to something unique and secret.";
    expect(() => {
      session.user = "ana";
    }).toThrow(message);
    expect(() => session.update({ a: 1 })).toThrow(SessionUnavailableError);
    expect(() => session.pop("user", null)).toThrow(message);
    expect(() => session.setdefault("a", 1)).toThrow(message);
    expect(() => session.clear()).toThrow(message);
    expect(() => {
      session.permanent = true;
    }).toThrow(message);
    expect(() => {
      delete session.user;
    }).toThrow(message);
    try {
      session.x = 1;
    } catch (error) {
      expect((error as Error).name).toBe("RuntimeError");
    }
  });
});

describe("the session object", () => {
  it("works like a dict through properties", () => {
    const session = new SecureCookieSession({ a: 1 });
    expect(SecureCookieSession.inspect(session).accessed).toBe(false);
    expect(session.accessed).toBe(false);
    expect(session.a).toBe(1);
    expect(session.accessed).toBe(true);
    expect(session.modified).toBe(false);
    session.user = "ana";
    expect(session.modified).toBe(true);
    expect("user" in session).toBe(true);
    expect("missing" in session).toBe(false);
    expect(Object.keys(session)).toEqual(["a", "user"]);
    expect({ ...session }).toEqual({ a: 1, user: "ana" });
    expect(JSON.stringify(session)).toBe('{"a":1,"user":"ana"}');
    delete session.a;
    expect(Object.keys(session)).toEqual(["user"]);
  });

  it("marks accessed on key-only operations (Flask 3.1.3)", () => {
    for (const touch of [
      (s: SecureCookieSession) => "x" in s,
      (s: SecureCookieSession) => Object.keys(s),
      (s: SecureCookieSession) => s.get("x"),
      (s: SecureCookieSession) => s.keys(),
    ]) {
      const session = new SecureCookieSession();
      touch(session);
      expect(SecureCookieSession.inspect(session).accessed).toBe(true);
      expect(SecureCookieSession.inspect(session).modified).toBe(false);
    }
  });

  it("has Flask's dict methods with Werkzeug 3.x modification tracking", () => {
    const session = new SecureCookieSession({ a: 1, b: 2 });
    expect(session.get("a")).toBe(1);
    expect(session.get("zz", "d")).toBe("d");
    expect(session.get("zz")).toBeUndefined();
    expect(session.pop("zz", null)).toBeNull();
    expect(session.modified).toBe(false);
    expect(() => session.pop("zz")).toThrow(KeyError);
    expect(() => session.pop("zz")).toThrow("'zz'");
    expect(session.setdefault("a", 5)).toBe(1);
    expect(session.modified).toBe(false);
    expect(session.pop("a")).toBe(1);
    expect(session.modified).toBe(true);
    session.modified = false;
    expect(session.setdefault("c", [])).toEqual([]);
    expect(session.modified).toBe(true);
    expect(session.keys()).toEqual(["b", "c"]);
    expect(session.values()).toEqual([2, []]);
    expect(session.items()).toEqual([
      ["b", 2],
      ["c", []],
    ]);
    session.update({ keys: "stored under a reserved name" });
    expect(session.get("keys")).toBe("stored under a reserved name");
    session.clear();
    expect(Object.keys(session)).toEqual([]);
    expect(session.toJSON()).toEqual({});
  });

  it("does not notice nested mutation until modified is set", () => {
    const session = new SecureCookieSession({ cart: [1] });
    session.cart.push(2);
    expect(session.modified).toBe(false);
    session.modified = true;
    expect(SecureCookieSession.inspect(session).data).toEqual({ cart: [1, 2] });
  });

  it("reserves method names and keeps permanent in _permanent", () => {
    const session = new SecureCookieSession();
    expect(() => {
      (session as Record<string, unknown>).get = 1;
    }).toThrow(TypeError);
    expect(session.permanent).toBe(false);
    session.permanent = true;
    expect(session.get("_permanent")).toBe(true);
    expect(session.new).toBe(false);
  });
});

describe("saveSession", () => {
  async function save(
    session: SecureCookieSession,
    config: Record<string, unknown> = {},
    now = () => FIXED,
  ) {
    const response = new FakeResponse();
    await new SecureCookieSessionInterface({ now }).saveSession(makeApp(config), session, response);
    return response;
  }

  it("leaves a freshly opened session unaccessed, so an untouched request gets no Vary", async () => {
    const cookie = await portCookie({ user: "ana" }, makeApp(), () => Date.now() / 1000);
    const session = await new SecureCookieSessionInterface().openSession(
      makeApp(),
      requestWith(cookie),
    );
    expect(SecureCookieSession.inspect(session as SecureCookieSession)).toMatchObject({
      accessed: false,
      modified: false,
      size: 1,
    });
    const response = await save(session as SecureCookieSession);
    expect(response.setCookies).toEqual([]);
    expect(response.headers.get("Vary")).toBeNull();
  });

  it("does nothing for an untouched empty session", async () => {
    const response = await save(new SecureCookieSession());
    expect(response.setCookies).toEqual([]);
    expect(response.headers.get("Vary")).toBeNull();
  });

  it("adds Vary: Cookie when the session was only read", async () => {
    const session = new SecureCookieSession({ a: 1 });
    void session.a;
    const response = await save(session);
    expect(response.setCookies).toEqual([]);
    expect(response.headers.get("Vary")).toBe("Cookie");
  });

  it("deletes the cookie when the session was emptied", async () => {
    const session = new SecureCookieSession({ a: 1 });
    session.clear();
    const response = await save(session, {
      SESSION_COOKIE_PATH: "/app",
      SESSION_COOKIE_DOMAIN: "example.com",
      SESSION_COOKIE_SECURE: true,
      SESSION_COOKIE_SAMESITE: "Lax",
    });
    expect(response.setCookies).toEqual([
      "session=; Domain=example.com; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Secure; HttpOnly; Path=/app; SameSite=Lax",
    ]);
    expect(response.headers.get("Vary")).toBe("Cookie");
  });

  it("deletes the cookie with the same header a Flask view sends when it clears the session", async () => {
    const config = {
      SESSION_COOKIE_PATH: "/app",
      SESSION_COOKIE_DOMAIN: "example.com",
      SESSION_COOKIE_SECURE: true,
      SESSION_COOKIE_SAMESITE: "Lax",
    };
    const flaskResult = flask(
      `app, s = serializer("dev-secret")
app.config.update(io["config"])
@app.route("/app/")
def index():
    from flask import session
    session.clear()
    return "ok"
client = app.test_client()
r = client.get("/app/", headers={"Cookie": "session=" + io["cookie"]}, base_url="http://www.example.com")
print(json.dumps([r.headers.getlist("Set-Cookie"), r.headers.get("Vary")]))`,
      { config, cookie: await portCookie({ user: "ana" }, makeApp(), () => Date.now() / 1000) },
    );
    const session = new SecureCookieSession({ user: "ana" });
    session.clear();
    const response = await save(session, config);
    expect([response.setCookies, response.headers.get("Vary")]).toEqual(flaskResult);
  });

  it("writes a permanent session with Expires and refreshes it on every request", async () => {
    const session = new SecureCookieSession({ user: "ana", _permanent: true });
    const response = await save(session, { PERMANENT_SESSION_LIFETIME: 86400 });
    expect(response.setCookies).toHaveLength(1);
    expect(response.setCookies[0]).toMatch(
      /^session=[^;]+; Expires=Wed, 15 Nov 2023 22:13:20 GMT; HttpOnly; Path=\/$/,
    );
    const quiet = await save(new SecureCookieSession({ user: "ana", _permanent: true }), {
      SESSION_REFRESH_EACH_REQUEST: false,
    });
    expect(quiet.setCookies).toEqual([]);
  });

  it("uses the cookie config and APPLICATION_ROOT like Flask", async () => {
    const session = new SecureCookieSession();
    session.user = "ana";
    const response = await save(session, {
      SESSION_COOKIE_NAME: "sid",
      APPLICATION_ROOT: "/root",
      SESSION_COOKIE_HTTPONLY: false,
      SESSION_COOKIE_SAMESITE: "Strict",
    });
    expect(response.setCookies[0]).toMatch(/^sid=[^;]+; Path=\/root; SameSite=Strict$/);
  });

  it("matches the Set-Cookie header Flask writes with cookie config and a permanent session", async () => {
    const flaskHeader: string = flask(`
import time
app, s = serializer("dev-secret", fixed=${FIXED})
app.config.update(SESSION_COOKIE_NAME="sid", SESSION_COOKIE_PATH="/p", SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax", PERMANENT_SESSION_LIFETIME=600)
import flask.sessions
class Fixed(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime.fromtimestamp(${FIXED}, tz)
flask.sessions.datetime = Fixed
@app.route("/p/")
def index():
    from flask import session
    session.permanent = True
    session["user"] = "ana"
    return "ok"
print(json.dumps(app.test_client().get("/p/").headers["Set-Cookie"]))`);
    const session = new SecureCookieSession();
    session.permanent = true;
    session.user = "ana";
    const response = await save(session, {
      SESSION_COOKIE_NAME: "sid",
      SESSION_COOKIE_PATH: "/p",
      SESSION_COOKIE_SECURE: true,
      SESSION_COOKIE_SAMESITE: "Lax",
      PERMANENT_SESSION_LIFETIME: 600,
    });
    expect(response.setCookies).toEqual([flaskHeader]);
  });

  it("works with a response that exposes vary.add", async () => {
    const added: string[] = [];
    const session = new SecureCookieSession();
    session.a = 1;
    await new SecureCookieSessionInterface().saveSession(makeApp(), session, {
      setCookie: () => {},
      deleteCookie: () => {},
      vary: { add: (v) => added.push(v) },
    });
    expect(added).toEqual(["Cookie", "Cookie"]);
  });
});
