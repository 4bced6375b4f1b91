import { describe, expect, it } from "vitest";
import {
  type LessonRef,
  lessonPath,
  lessonsOf,
  missingTranslations,
  neighbours,
  parseLessonId,
  slugify,
  switchLocalePath,
} from "../../src/lib/lessons.ts";

const lesson = (id: string, title = id): LessonRef => ({ id, data: { title } });

describe("parseLessonId", () => {
  it("splits locale and slug", () => {
    expect(parseLessonId("lt/dynamic-urls")).toEqual({ locale: "lt", slug: "dynamic-urls" });
    expect(parseLessonId("kk/routing.mdx")).toEqual({ locale: "kk", slug: "routing" });
  });

  it("names the file when it is outside a locale folder", () => {
    expect(() => parseLessonId("de/routing")).toThrow(/lessons\/de\/routing.*locale folder/);
    expect(() => parseLessonId("routing")).toThrow(/locale folder/);
  });

  it("refuses slugs that are not kebab-case", () => {
    expect(() => parseLessonId("en/Dynamic_URLs")).toThrow(/kebab-case.*Dynamic_URLs/);
  });
});

describe("slugify", () => {
  it("makes ASCII kebab-case", () => {
    expect(slugify("  Hello, Flask!  ")).toBe("hello-flask");
  });

  it("transliterates Lithuanian and Kazakh letters", () => {
    expect(slugify("Dinaminiai URL adresai: žingsnis")).toBe("dinaminiai-url-adresai-zingsnis");
    expect(slugify("Маршруттау және көрініс")).toBe("marshruttau-zhane-korinis");
    expect(slugify("Қателер")).toBe("qateler");
  });
});

describe("lessonsOf and neighbours", () => {
  const all = [
    lesson("lt/routing"),
    lesson("en/routing"),
    lesson("en/hello-flask"),
    lesson("en/dynamic-urls"),
    lesson("en/extra"),
    lesson("lt/hello-flask"),
  ];
  const order = ["hello-flask", "routing", "dynamic-urls"];

  it("keeps one locale in the course file's order, without the lessons it does not list", () => {
    expect(lessonsOf(all, "en", order).map((l) => l.id)).toEqual([
      "en/hello-flask",
      "en/routing",
      "en/dynamic-urls",
    ]);
    expect(lessonsOf(all, "en", ["dynamic-urls", "hello-flask"]).map((l) => l.id)).toEqual([
      "en/dynamic-urls",
      "en/hello-flask",
    ]);
    expect(lessonsOf(all, "kk", order)).toEqual([]);
    expect(all[0]?.id).toBe("lt/routing");
  });

  it("finds previous and next within the locale; a lesson not listed (a draft) has none", () => {
    const { previous, next } = neighbours(all, "en/routing", order);
    expect(previous?.id).toBe("en/hello-flask");
    expect(next?.id).toBe("en/dynamic-urls");
    expect(neighbours(all, "lt/routing", order).next).toBeUndefined();
    expect(neighbours(all, "en/hello-flask", order).previous).toBeUndefined();
    expect(neighbours(all, "en/extra", order)).toEqual({ previous: undefined, next: undefined });
  });
});

describe("paths", () => {
  it("builds lesson paths", () => {
    expect(lessonPath("kk", "routing")).toBe("/kk/routing/");
  });

  it("switches the locale of a path and keeps the page", () => {
    expect(switchLocalePath("/lt/routing/", "kk")).toBe("/kk/routing/");
    expect(switchLocalePath("/en/", "lt")).toBe("/lt/");
    expect(switchLocalePath("/", "kk")).toBe("/kk/");
    expect(switchLocalePath("/en/a/b", "lt")).toBe("/lt/a/b/");
  });
});

describe("missingTranslations", () => {
  it("names each missing file", () => {
    const problems = missingTranslations([
      lesson("en/routing"),
      lesson("lt/routing"),
      lesson("kk/routing"),
      lesson("en/hello-flask"),
    ]);
    expect(problems).toEqual([
      "lessons/lt/hello-flask.mdx is missing",
      "lessons/kk/hello-flask.mdx is missing",
    ]);
  });

  it("asks only the built locales", () => {
    expect(missingTranslations([lesson("lt/a"), lesson("en/b")], ["lt"])).toEqual([]);
    expect(missingTranslations([lesson("lt/a"), lesson("en/b")], ["lt", "en"])).toEqual([
      "lessons/en/a.mdx is missing",
      "lessons/lt/b.mdx is missing",
    ]);
  });

  it("is empty for a complete course", () => {
    expect(missingTranslations([lesson("en/a"), lesson("lt/a"), lesson("kk/a")])).toEqual([]);
  });
});
