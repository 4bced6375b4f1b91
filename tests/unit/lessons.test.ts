import { describe, expect, it } from "vitest";
import {
  type LessonRef,
  lessonPath,
  lessonsOf,
  missingTranslations,
  neighbours,
  parseLessonId,
  slugify,
  sortLessons,
  switchLocalePath,
} from "../../src/lib/lessons.ts";

const lesson = (id: string, order: number, title = id): LessonRef => ({
  id,
  data: { title, order },
});

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

describe("sortLessons", () => {
  it("orders by order, then title, then id, without mutating the input", () => {
    const input = [
      lesson("en/c", 2, "B"),
      lesson("en/a", 1),
      lesson("en/b", 2, "A"),
      lesson("en/d", 2, "A"),
    ];
    const sorted = sortLessons(input);
    expect(sorted.map((l) => l.id)).toEqual(["en/a", "en/b", "en/d", "en/c"]);
    expect(input[0]?.id).toBe("en/c");
  });
});

describe("lessonsOf and neighbours", () => {
  const all = [
    lesson("lt/routing", 2),
    lesson("en/routing", 2),
    lesson("en/hello-flask", 1),
    lesson("en/dynamic-urls", 3),
    lesson("lt/hello-flask", 1),
  ];

  it("keeps one locale in course order", () => {
    expect(lessonsOf(all, "en").map((l) => l.id)).toEqual([
      "en/hello-flask",
      "en/routing",
      "en/dynamic-urls",
    ]);
    expect(lessonsOf(all, "kk")).toEqual([]);
  });

  it("finds previous and next within the locale", () => {
    const { previous, next } = neighbours(all, "en/routing");
    expect(previous?.id).toBe("en/hello-flask");
    expect(next?.id).toBe("en/dynamic-urls");
    expect(neighbours(all, "lt/routing").next).toBeUndefined();
    expect(neighbours(all, "en/hello-flask").previous).toBeUndefined();
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
  it("names each missing file and order mismatches", () => {
    const problems = missingTranslations([
      lesson("en/routing", 2),
      lesson("lt/routing", 3),
      lesson("kk/routing", 2),
      lesson("en/hello-flask", 1),
    ]);
    expect(problems).toEqual([
      "lessons/lt/hello-flask.mdx is missing",
      "lessons/kk/hello-flask.mdx is missing",
      'lessons/*/routing.mdx: "order" differs between locales (en=2, lt=3, kk=2)',
    ]);
  });

  it("is empty for a complete course", () => {
    expect(missingTranslations([lesson("en/a", 1), lesson("lt/a", 1), lesson("kk/a", 1)])).toEqual(
      [],
    );
  });
});
