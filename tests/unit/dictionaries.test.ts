import { describe, expect, it } from "vitest";
import { format, validateDictionaries } from "../../src/i18n/dictionaries.ts";
import { useTranslations } from "../../src/i18n/index.ts";
import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";

const fileOf = (locale: string) => `src/i18n/ui/${locale}.ts`;

describe("UI dictionaries", () => {
  it("the shipped dictionaries are complete", () => {
    expect(() => validateDictionaries({ en, lt, kk }, fileOf)).not.toThrow();
  });

  it("a missing string names the file and the key", () => {
    const { "nav.next": _dropped, ...partial } = kk;
    expect(() => validateDictionaries({ en, lt, kk: partial }, fileOf)).toThrow(
      'src/i18n/ui/kk.ts: UI string "nav.next" is missing',
    );
  });

  it("an empty string and an unknown key are reported too", () => {
    let message = "";
    try {
      validateDictionaries({ en, lt: { ...lt, "nav.home": "  ", "nav.extra": "x" }, kk }, fileOf);
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('src/i18n/ui/lt.ts: UI string "nav.home" is empty');
    expect(message).toContain(
      'src/i18n/ui/lt.ts: UI string "nav.extra" is not in the English dictionary',
    );
  });

  it("no lt or kk string is left in English", () => {
    const sameAsEnglish = (dict: Record<string, string>) =>
      Object.entries(dict)
        .filter(([key, value]) => key !== "site.name" && value === en[key as keyof typeof en])
        .map(([key]) => key);
    expect(sameAsEnglish(lt)).toEqual([]);
    expect(sameAsEnglish(kk)).toEqual([]);
  });

  it("translates and fills placeholders", () => {
    expect(useTranslations("lt")("lesson.label", { n: 3 })).toBe("3 pamoka");
    expect(useTranslations("kk")("lesson.label", { n: 2 })).toBe("2-сабақ");
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
