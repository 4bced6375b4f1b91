import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  dumpCookie,
  dumpOptionsHeader,
  httpDate,
  parseCookie,
  parseDate,
  parseOptionsHeader,
  quoteHeaderValue,
  unquoteHeaderValue,
} from "../../sandbox-runtime/flask/http.ts";

function python(code: string, input: unknown): unknown {
  const run = spawnSync("/usr/bin/python3", ["-c", code], {
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("dumpCookie (literal Set-Cookie values Werkzeug writes)", () => {
  it("writes the default path", () => {
    expect(dumpCookie("foo", "bar")).toBe("foo=bar; Path=/");
  });

  it("writes Expires before Max-Age and keeps Werkzeug's attribute order", () => {
    expect(dumpCookie("foo", "bar", { maxAge: 3600, expires: 0 })).toBe(
      "foo=bar; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=3600; Path=/",
    );
    expect(
      dumpCookie("foo", "bar", {
        domain: "example.com",
        secure: true,
        httpOnly: true,
        sameSite: "lax",
      }),
    ).toBe("foo=bar; Domain=example.com; Secure; HttpOnly; Path=/; SameSite=Lax");
    expect(dumpCookie("foo", "bar", { sameSite: "none", secure: true })).toBe(
      "foo=bar; Secure; Path=/; SameSite=None",
    );
  });

  it("accepts maxAge as a duration and truncates it to whole seconds", () => {
    expect(
      dumpCookie("foo", "bar", {
        maxAge: { days: 1, seconds: 1, milliseconds: 999 },
        expires: 86400 * 365,
      }),
    ).toBe("foo=bar; Expires=Fri, 01 Jan 1971 00:00:00 GMT; Max-Age=86401; Path=/");
  });

  it("derives Expires from maxAge and the current time", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2024, 1, 29, 23, 59, 30)));
    expect(dumpCookie("foo", "bar", { maxAge: 60 })).toBe(
      "foo=bar; Expires=Fri, 01 Mar 2024 00:00:30 GMT; Max-Age=60; Path=/",
    );
    expect(dumpCookie("foo", "bar", { maxAge: 60, syncExpires: false })).toBe(
      "foo=bar; Max-Age=60; Path=/",
    );
  });

  it("formats expires given as Date, epoch seconds or string", () => {
    expect(dumpCookie("foo", "bar", { expires: new Date(Date.UTC(2030, 4, 6, 7, 8, 9)) })).toBe(
      "foo=bar; Expires=Mon, 06 May 2030 07:08:09 GMT; Path=/",
    );
    expect(dumpCookie("foo", "bar", { expires: 1700000000.75 })).toBe(
      "foo=bar; Expires=Tue, 14 Nov 2023 22:13:20 GMT; Path=/",
    );
    expect(dumpCookie("foo", "bar", { expires: "Wed, 21 Oct 2015 07:28:00 GMT" })).toBe(
      "foo=bar; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/",
    );
  });

  it("drops the port from the domain and encodes international domains", () => {
    expect(dumpCookie("foo", "bar", { domain: "sub.example.com:8080", sameSite: "STRICT" })).toBe(
      "foo=bar; Domain=sub.example.com; Path=/; SameSite=Strict",
    );
    expect(dumpCookie("foo", "bar", { domain: "ąžuolas.lt" })).toBe(
      "foo=bar; Domain=xn--uolas-2wa16f.lt; Path=/",
    );
  });

  it("follows Werkzeug 3.x for a leading dot and bare host names (2.2 keeps the dot / rejects localhost)", () => {
    expect(dumpCookie("foo", "bar", { domain: ".example.com" })).toBe(
      "foo=bar; Domain=example.com; Path=/",
    );
    expect(dumpCookie("foo", "bar", { domain: "localhost" })).toBe(
      "foo=bar; Domain=localhost; Path=/",
    );
  });

  it("leaves out the path when it is null and percent-encodes it otherwise", () => {
    expect(dumpCookie("foo", "bar", { path: null })).toBe("foo=bar");
    // Werkzeug 3.x also encodes ";" (2.2 wrote "/a%20b/%C4%85;x").
    expect(dumpCookie("foo", "bar", { path: "/a b/ą;x" })).toBe("foo=bar; Path=/a%20b/%C4%85%3Bx");
  });

  it("quotes values with octal escapes like Werkzeug", () => {
    expect(dumpCookie("foo", 'a,b;c"d\\e')).toBe('foo="a\\054b\\073c\\"d\\\\e"; Path=/');
    expect(dumpCookie("foo", "ą")).toBe('foo="\\304\\205"; Path=/');
    expect(dumpCookie("foo", "")).toBe("foo=; Path=/");
    expect(dumpCookie("foo", "abcXYZ019!#$%&'*+-.^_`|~:/=")).toBe(
      "foo=abcXYZ019!#$%&'*+-.^_`|~:/=; Path=/",
    );
  });

  it("follows Werkzeug 3.x quoting: more characters unquoted, spaces quoted but not escaped", () => {
    expect(dumpCookie("foo", "(a)<b>?@[c]{d}")).toBe("foo=(a)<b>?@[c]{d}; Path=/");
    expect(dumpCookie("foo", "a b")).toBe('foo="a b"; Path=/');
    expect(dumpCookie("foo", "tab\there")).toBe('foo="tab\\011here"; Path=/');
  });

  it("sends a non-ASCII key as UTF-8 bytes read as Latin-1", () => {
    expect(dumpCookie("ą", "v")).toBe("Ä\x85=v; Path=/");
  });

  it("writes a Flask session cookie deletion", () => {
    expect(
      dumpCookie("session", "eyJ1c2VyIjoiYW5hIn0.ZmFrZQ.sig-_", {
        maxAge: 0,
        expires: 0,
        path: "/app",
        httpOnly: true,
      }),
    ).toBe(
      "session=eyJ1c2VyIjoiYW5hIn0.ZmFrZQ.sig-_; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/app",
    );
  });

  it("supports Werkzeug 3.1's Partitioned, which forces Secure", () => {
    expect(dumpCookie("foo", "bar", { partitioned: true })).toBe(
      "foo=bar; Secure; Path=/; Partitioned",
    );
  });

  it("rejects an invalid SameSite with Werkzeug's message", () => {
    expect(() => dumpCookie("a", "b", { sameSite: "bad" })).toThrow(
      "SameSite must be 'Strict', 'Lax', or 'None'.",
    );
    try {
      dumpCookie("a", "b", { sameSite: "bad" });
    } catch (error) {
      expect((error as Error).name).toBe("ValueError");
    }
  });

  it("warns when the cookie is larger than maxSize", () => {
    const warn = vi.fn();
    const header = dumpCookie("big", "x".repeat(4100), { warn });
    expect(header.length).toBe(4112);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      "The 'big' cookie is too large: the value was 4100 bytes but the header required 12 extra bytes." +
        " The final size was 4112 bytes but the limit is 4093 bytes. Browsers may silently ignore cookies larger than this.",
    );
    const quiet = vi.fn();
    dumpCookie("big", "x".repeat(4080), { warn: quiet });
    dumpCookie("big", "x".repeat(5000), { warn: quiet, maxSize: 0 });
    expect(quiet).not.toHaveBeenCalled();
    const small = vi.fn();
    dumpCookie("k", "v", { warn: small, maxSize: 5 });
    expect(small.mock.calls[0]?.[0]).toContain(
      "the header required 10 extra bytes. The final size was 11 bytes but the limit is 5 bytes.",
    );
  });

  it("warns through console.warn by default", () => {
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    dumpCookie("big", "y".repeat(4093));
    expect(spy).toHaveBeenCalledWith(expect.stringContaining("The 'big' cookie is too large"));
    spy.mockRestore();
  });

  it("matches the installed Werkzeug on every option combination both versions agree on", () => {
    const combos: Record<string, unknown>[] = [];
    for (const secure of [false, true])
      for (const httponly of [false, true])
        for (const samesite of [null, "Lax", "strict", "None"])
          for (const domain of [null, "example.com"])
            for (const path of ["/", "/app", null])
              for (const expires of [null, 0, 1893456000])
                combos.push({
                  key: "k",
                  value: "v.1-_~",
                  secure,
                  httponly,
                  samesite,
                  domain,
                  path,
                  expires,
                  max_age: expires === null ? null : 120,
                });
    const expected = python(
      `import sys, json
from werkzeug.http import dump_cookie
print(json.dumps([dump_cookie(**c) for c in json.load(sys.stdin)]))`,
      combos,
    ) as string[];
    const actual = combos.map((c) =>
      dumpCookie(c.key as string, c.value as string, {
        secure: c.secure as boolean,
        httpOnly: c.httponly as boolean,
        sameSite: c.samesite as string | null,
        domain: c.domain as string | null,
        path: c.path as string | null,
        expires: c.expires as number | null,
        maxAge: c.max_age as number | null,
      }),
    );
    expect(actual).toEqual(expected);
    expect(actual.length).toBe(288);
  });
});

describe("parseCookie", () => {
  it("keeps order and repeated names", () => {
    expect(parseCookie("a=1; b=2")).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
    expect(parseCookie("a=1; a=2; b")).toEqual([
      ["a", "1"],
      ["a", "2"],
      ["b", ""],
    ]);
  });

  it("skips empty names and unescapes quoted values", () => {
    expect(parseCookie(' a = 1 ;; =x; b="x\\073y\\"z\\\\w"')).toEqual([
      ["a", "1"],
      ["b", 'x;y"z\\w'],
    ]);
    expect(parseCookie('a="\\344\\275\\240"')).toEqual([["a", "你"]]);
    expect(parseCookie('a=" sp "; b= "q" ')).toEqual([
      ["a", " sp "],
      ["b", "q"],
    ]);
  });

  it("keeps stray quotes and equals signs as Werkzeug does", () => {
    expect(parseCookie('x=a"b; y="unterminated')).toEqual([
      ["x", 'a"b'],
      ["y", '"unterminated'],
    ]);
    expect(parseCookie('k=v=w; q= ; "r"=s')).toEqual([
      ["k", "v=w"],
      ["q", ""],
      ['"r"', "s"],
    ]);
  });

  it("strips whitespace like Python's str.strip (Werkzeug 3.x parses text, not Latin-1 bytes)", () => {
    expect(parseCookie("a=1\x1c; b=\xa0c\xa0")).toEqual([
      ["a", "1"],
      ["b", "c"],
    ]);
  });

  it("returns nothing for an empty header", () => {
    expect(parseCookie(null)).toEqual([]);
    expect(parseCookie("")).toEqual([]);
  });

  it("reads back what dumpCookie writes", () => {
    for (const value of ['a,b;c"d\\e', "ą ž", "plain", "", "tab\there"]) {
      const header = dumpCookie("k", value, { path: null });
      expect(parseCookie(header)).toEqual([["k", value]]);
    }
  });

  it("agrees with the installed Werkzeug on ASCII headers", () => {
    const headers = [
      "a=1; b=2",
      "a=1; a=2; b",
      ' a = 1 ;; =x; b="x\\073y\\"z\\\\w"',
      'x=a"b; y="unterminated',
      'k=v=w; q= ; "r"=s',
      'session=".eJw.abc"; theme=dark',
      "=; ;a",
    ];
    const expected = python(
      `import sys, json
from werkzeug.http import parse_cookie
print(json.dumps([list(parse_cookie(h).items(multi=True)) for h in json.load(sys.stdin)]))`,
      headers,
    );
    expect(headers.map(parseCookie)).toEqual(expected);
  });
});

describe("httpDate and parseDate", () => {
  it("formats like email.utils.format_datetime", () => {
    expect(httpDate(0)).toBe("Thu, 01 Jan 1970 00:00:00 GMT");
    expect(httpDate(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 999)))).toBe(
      "Thu, 02 Jan 2020 03:04:05 GMT",
    );
    expect(httpDate(new Date(Date.UTC(999, 11, 31)))).toMatch(/ 0999 00:00:00 GMT$/);
  });

  it("parses the three HTTP date formats and zone offsets", () => {
    expect(parseDate("Thu, 01 Jan 1970 00:00:00 GMT")?.getTime()).toBe(0);
    expect(parseDate("Sunday, 06-Nov-94 08:49:37 GMT")?.toISOString()).toBe(
      "1994-11-06T08:49:37.000Z",
    );
    expect(parseDate("Sun Nov  6 08:49:37 1994")?.toISOString()).toBe("1994-11-06T08:49:37.000Z");
    expect(parseDate("Wed, 21 Oct 2015 07:28:00 +0200")?.toISOString()).toBe(
      "2015-10-21T05:28:00.000Z",
    );
    expect(parseDate("Wed, 21 Oct 2015 07:28:00 EST")?.toISOString()).toBe(
      "2015-10-21T12:28:00.000Z",
    );
  });

  it("returns null for what Python cannot parse", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate("")).toBeNull();
    expect(parseDate("not a date")).toBeNull();
    expect(parseDate("Thu, 31 Feb 2020 00:00:00 GMT")).toBeNull();
    expect(parseDate("Thu, 01 Jan 2020 25:00:00 GMT")).toBeNull();
  });

  it("agrees with the installed Werkzeug", () => {
    const inputs = [
      "Thu, 01 Jan 1970 00:00:00 GMT",
      "Sunday, 06-Nov-94 08:49:37 GMT",
      "Sun Nov  6 08:49:37 1994",
      "Wed, 21 Oct 2015 07:28:00 -0130",
      "21 Oct 2015 07:28 PDT",
      "Oct 21 2015 07:28:00",
      "Wed, 21 Oct 69 07:28:00 GMT",
      "Wed, 21 Oct 68 07:28:00 GMT",
      "garbage",
      "Thu, 31 Feb 2020 00:00:00 GMT",
    ];
    const expected = python(
      `import sys, json
from werkzeug.http import parse_date
out = []
for s in json.load(sys.stdin):
    d = parse_date(s)
    out.append(None if d is None else d.timestamp())
print(json.dumps(out))`,
      inputs,
    );
    expect(
      inputs.map((s) => {
        const d = parseDate(s);
        return d === null ? null : d.getTime() / 1000;
      }),
    ).toEqual(expected);
  });
});

describe("options headers", () => {
  it("parses Content-Type parameters", () => {
    expect(parseOptionsHeader("text/html; charset=UTF-8")).toEqual([
      "text/html",
      { charset: "UTF-8" },
    ]);
    expect(parseOptionsHeader("")).toEqual(["", {}]);
    expect(parseOptionsHeader(null)).toEqual(["", {}]);
    expect(parseOptionsHeader('form-data; name="f"; filename="a \\"b\\".txt"')).toEqual([
      "form-data",
      { name: "f", filename: 'a "b".txt' },
    ]);
    expect(parseOptionsHeader("multipart/form-data; BOUNDARY=xyz; bad; =x; k=")).toEqual([
      "multipart/form-data",
      { boundary: "xyz" },
    ]);
  });

  it("decodes RFC 2231 charsets and continuations", () => {
    expect(parseOptionsHeader("attachment; filename*=UTF-8''%C4%85%20b.txt")).toEqual([
      "attachment",
      { filename: "ą b.txt" },
    ]);
    expect(parseOptionsHeader('x; name*0="ab"; name*1=cd')).toEqual(["x", { name: "abcd" }]);
  });

  it("agrees with Werkzeug 3.x rules the installed 2.2 shares", () => {
    const inputs = [
      "text/html; charset=UTF-8",
      'form-data; name="f"; filename="x.txt"',
      "a/b;c=d;e=f",
      "text/plain",
    ];
    const expected = python(
      `import sys, json
from werkzeug.http import parse_options_header
print(json.dumps([list(parse_options_header(s)) for s in json.load(sys.stdin)]))`,
      inputs,
    );
    expect(inputs.map(parseOptionsHeader)).toEqual(expected);
  });

  it("dumps and quotes header values", () => {
    expect(dumpOptionsHeader("text/html", { charset: "utf-8" })).toBe("text/html; charset=utf-8");
    expect(
      dumpOptionsHeader("form-data", { name: "a b", skip: null, "filename*": "UTF-8''x" }),
    ).toBe("form-data; name=\"a b\"; filename*=UTF-8''x");
    expect(quoteHeaderValue("")).toBe('""');
    expect(quoteHeaderValue('a"b\\')).toBe('"a\\"b\\\\"');
    expect(unquoteHeaderValue('"a\\"b"')).toBe('a"b');
    expect(unquoteHeaderValue("plain")).toBe("plain");
  });
});
