import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  recordedSource,
  sourceHash,
  splitFrontmatter,
  summaryLine,
  translationState,
  translationStatus,
} from "../../src/lib/translation-status.ts";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const lesson = (title: string, body: string, source?: string) =>
  `---\ntitle: "${title}"\norder: 1\n${source ? `source: "${source}"\n` : ""}---\n\n${body}`;

const english = lesson("Routing", "## Rules\n\nA route maps a URL rule to a view.\n");

describe("sourceHash", () => {
  it("is 12 hex digits of the body's SHA-256", () => {
    expect(sourceHash(english)).toMatch(/^[0-9a-f]{12}$/);
    // sha256("## Rules\n\nA route maps a URL rule to a view.")
    expect(sourceHash(english)).toBe(sourceHash("## Rules\n\nA route maps a URL rule to a view."));
  });

  it("ignores the frontmatter, line endings and blank lines around the body", () => {
    const retitled = lesson("Routing rules", "## Rules\n\nA route maps a URL rule to a view.\n");
    expect(sourceHash(retitled)).toBe(sourceHash(english));
    expect(sourceHash(english.replace(/\n/g, "\r\n"))).toBe(sourceHash(english));
    expect(sourceHash(`${english}\n\n`)).toBe(sourceHash(english));
  });

  it("changes with any change to the body", () => {
    expect(sourceHash(english.replace("a view", "a view function"))).not.toBe(sourceHash(english));
  });
});

describe("frontmatter", () => {
  it("splits off the frontmatter, or finds none", () => {
    expect(splitFrontmatter(english).frontmatter).toBe('title: "Routing"\norder: 1');
    expect(splitFrontmatter("No frontmatter").body).toBe("No frontmatter");
  });

  it("reads the source field quoted or not, and only from the frontmatter", () => {
    expect(recordedSource(lesson("X", "", "0123456789ab"))).toBe("0123456789ab");
    expect(recordedSource("---\nsource: 0123456789ab # from May\n---\n")).toBe("0123456789ab");
    expect(recordedSource("---\nsource: 'abcdefabcdef'\n---\n")).toBe("abcdefabcdef");
    expect(recordedSource(lesson("X", "source: 0123456789ab\n"))).toBeUndefined();
  });
});

describe("translationState", () => {
  const hash = sourceHash(english);
  it("is current when the translation records the English body as it is", () => {
    expect(translationState(english, lesson("Maršrutai", "Tekstas", hash))).toBe("current");
  });
  it("is stale when the English body changed since, or the English is gone", () => {
    const changed = english.replace("a view", "a view function");
    expect(translationState(changed, lesson("Maršrutai", "Tekstas", hash))).toBe("stale");
    expect(translationState(undefined, lesson("Maršrutai", "Tekstas", hash))).toBe("stale");
  });
  it("is missing without a file and untracked without a source field", () => {
    expect(translationState(english, undefined)).toBe("missing");
    expect(translationState(english, lesson("Maršrutai", "Tekstas"))).toBe("untracked");
  });
});

describe("translationStatus over a lessons folder", () => {
  it("reports each lesson in each translated locale, and one summary line", () => {
    const dir = mkdtempSync(join(tmpdir(), "kolba-i18n-"));
    made.push(dir);
    for (const locale of ["en", "lt", "kk"]) mkdirSync(join(dir, locale));
    const hash = sourceHash(english);
    const files: Record<string, string> = {
      "en/routing.mdx": english,
      "lt/routing.mdx": lesson("Maršrutai", "Tekstas", hash),
      "kk/routing.mdx": lesson("Маршруттау", "Мәтін", "000000000000"),
      "en/cookies.mdx": lesson("Cookies", "Body"),
      "lt/cookies.mdx": lesson("Slapukai", "Tekstas"),
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);

    const rows = translationStatus(dir);
    expect(rows.map((r) => `${r.slug} ${r.locale} ${r.state}`)).toEqual([
      "cookies lt untracked",
      "cookies kk missing",
      "routing lt current",
      "routing kk stale",
    ]);
    expect(rows[3]?.sourceHash).toBe(hash);
    expect(rows[3]?.recorded).toBe("000000000000");
    expect(summaryLine(rows)).toBe("translations: 1 current, 1 stale, 1 missing, 1 untracked");
    expect(summaryLine(rows.filter((r) => r.state !== "untracked"))).toBe(
      "translations: 1 current, 1 stale, 1 missing",
    );
  });
});

describe("the course's own translations", () => {
  it("every Lithuanian and Kazakh lesson records its English source", () => {
    const rows = translationStatus(join(import.meta.dirname, "..", "..", "lessons"));
    expect(rows.filter((r) => r.state === "untracked" || r.state === "missing")).toEqual([]);
  });
});
