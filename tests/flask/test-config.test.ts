import { describe, expect, test } from "vitest";
import { Config, Flask } from "flask";
import { DEFAULT_CONFIG } from "flask/runtime";

describe("config", () => {
  test("Flask's defaults (Flask 3.x keys)", () => {
    const app = new Flask("config");
    expect(app.config.SESSION_COOKIE_NAME).toBe("session");
    expect(app.config.PERMANENT_SESSION_LIFETIME).toBe(2678400);
    expect(app.config.APPLICATION_ROOT).toBe("/");
    expect(app.config.PREFERRED_URL_SCHEME).toBe("http");
    expect(app.config.MAX_COOKIE_SIZE).toBe(4093);
    expect(app.config.DEBUG).toBe(false);
    expect(app.config.TESTING).toBe(false);
    expect(Object.keys(app.config).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    expect(DEFAULT_CONFIG.DEBUG).toBeNull();
    expect("JSON_SORT_KEYS" in app.config).toBe(false);
  });

  test("debug, testing and secretKey mirror their config keys", () => {
    const app = new Flask("config");
    app.debug = true;
    app.testing = true;
    app.secretKey = "s3cret";
    expect([app.config.DEBUG, app.config.TESTING, app.config.SECRET_KEY]).toEqual([
      true,
      true,
      "s3cret",
    ]);
    app.config.DEBUG = false;
    expect(app.debug).toBe(false);
  });

  test("fromMapping takes only UPPERCASE keys", () => {
    const config = new Config();
    config.fromMapping({ SECRET_KEY: "a", lower: "no", MixedCase: "no" }, { EXTRA: 1 });
    expect({ ...config }).toEqual({ SECRET_KEY: "a", EXTRA: 1 });
  });

  test("an UPPERCASE key is one Python's str.isupper() accepts", () => {
    const config = new Config();
    config.fromMapping({ ÄÖ: 1, ÄPFEL: 2, WITH_2: 3, __X__: 4, STRAßE: 0, _: 0, "123": 0 });
    expect(Object.keys(config)).toEqual(["ÄÖ", "ÄPFEL", "WITH_2", "__X__"]);
  });

  test("fromObject reads UPPERCASE attributes of objects and classes", () => {
    // biome-ignore lint/complexity/noStaticOnlyClass: a config class as Flask users write them
    class Base {
      static DEBUG = true;
      static helper = "no";
    }
    class Production extends Base {
      static DATABASE = "prod.db";
    }
    const fromClass = new Config();
    fromClass.fromObject(Production);
    expect({ ...fromClass }).toEqual({ DEBUG: true, DATABASE: "prod.db" });
    const fromInstance = new Config();
    fromInstance.fromObject({ SECRET_KEY: "x", other: 1 });
    expect({ ...fromInstance }).toEqual({ SECRET_KEY: "x" });
  });

  test("get with defaults, getNamespace, fromFile", () => {
    const config = new Config({ IMAGE_STORE_TYPE: "fs", IMAGE_STORE_PATH: "/var", OTHER: 1 });
    expect(config.get("MISSING", "d")).toBe("d");
    expect(config.get("OTHER")).toBe(1);
    expect(config.getNamespace("IMAGE_STORE_")).toEqual({ type: "fs", path: "/var" });
    expect(config.getNamespace("IMAGE_STORE_", { lowercase: false, trimNamespace: false })).toEqual(
      {
        IMAGE_STORE_TYPE: "fs",
        IMAGE_STORE_PATH: "/var",
      },
    );
    expect(config.fromFile('{"FROM_FILE": 2, "skip": 3}')).toBe(true);
    expect(config.FROM_FILE).toBe(2);
    expect(config.fromFile(null, JSON.parse, true)).toBe(false);
    expect(() => config.fromFile(null)).toThrow(/Unable to load configuration file/);
  });

  test("app name and root path come from the import name", () => {
    expect(new Flask("hello").name).toBe("hello");
    const fromUrl = new Flask("file:///srv/cells/hello.ts");
    expect([fromUrl.name, fromUrl.rootPath]).toEqual(["hello", "/srv/cells"]);
    expect(new Flask("x", { rootPath: "/r" }).rootPath).toBe("/r");
  });
});
