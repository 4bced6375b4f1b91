import { describe, expect, it } from "vitest";
import { isLocale, parseAcceptLanguage, resolveLocale } from "../../src/lib/locales.ts";

describe("parseAcceptLanguage", () => {
  it("orders tags by weight and keeps header order for equal weights", () => {
    expect(parseAcceptLanguage("en;q=0.5, lt-LT, kk;q=0.9, lt")).toEqual([
      "lt-lt",
      "lt",
      "kk",
      "en",
    ]);
  });

  it("drops refused tags (q=0) and empty parts", () => {
    expect(parseAcceptLanguage("lt;q=0, , en")).toEqual(["en"]);
  });

  it("treats a malformed weight as 1 and clamps weights above 1", () => {
    expect(parseAcceptLanguage("kk;q=abc, en;q=2, lt;q=0.3")).toEqual(["kk", "en", "lt"]);
  });

  it("returns nothing for a missing header", () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage("")).toEqual([]);
  });
});

describe("resolveLocale", () => {
  it("falls back to English when nothing fits", () => {
    expect(resolveLocale([])).toBe("en");
    expect(resolveLocale(["de-DE", "fr"])).toBe("en");
  });

  it("matches a regional or scripted tag to its language", () => {
    expect(resolveLocale(["lt-LT"])).toBe("lt");
    expect(resolveLocale(["kk-Cyrl-KZ"])).toBe("kk");
  });

  it("takes the first preference the course has", () => {
    expect(resolveLocale(["ru-RU", "kk", "lt"])).toBe("kk");
    expect(resolveLocale(["ru", "en-GB", "lt"])).toBe("en");
  });

  it("does not mistake a language whose code starts like ours", () => {
    expect(resolveLocale(["kka", "ltg"])).toBe("en");
  });

  it("a wildcard picks the default", () => {
    expect(resolveLocale(["*", "lt"])).toBe("en");
  });

  it("works on a parsed header end to end", () => {
    expect(resolveLocale(parseAcceptLanguage("ru-RU,ru;q=0.9,kk;q=0.8,en;q=0.5"))).toBe("kk");
  });
});

describe("isLocale", () => {
  it("accepts only the course's locales", () => {
    expect(isLocale("lt")).toBe(true);
    expect(isLocale("LT")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
