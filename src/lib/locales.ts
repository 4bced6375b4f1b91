/**
 * The course's locales and how a visitor's language preference picks one.
 */

/** Locales the course is written in, in the order the language switcher lists them. */
export const locales = ["en", "lt", "kk"] as const;

export type Locale = (typeof locales)[number];

/** The locale a visitor gets when nothing they prefer is available. */
export const defaultLocale: Locale = "en";

/** Each locale's name, written in that language, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  lt: "Lietuvių",
  kk: "Қазақша",
};

/** Narrows a string to a known locale. */
export function isLocale(value: string | undefined | null): value is Locale {
  return value != null && (locales as readonly string[]).includes(value);
}

interface WeightedTag {
  tag: string;
  q: number;
  index: number;
}

/**
 * Parses an `Accept-Language` header into language tags, best first.
 * Tags with `q=0` are refused and dropped; malformed weights count as 1 as browsers send none.
 * @example parseAcceptLanguage("lt-LT,lt;q=0.9,en;q=0.5") // ["lt-lt", "lt", "en"]
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const tags: WeightedTag[] = [];
  header.split(",").forEach((part, index) => {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag?.trim().toLowerCase();
    if (!tag) return;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split("=");
      if (key?.trim() === "q" && value !== undefined) {
        const parsed = Number(value.trim());
        if (!Number.isNaN(parsed)) q = Math.min(Math.max(parsed, 0), 1);
      }
    }
    if (q > 0) tags.push({ tag, q, index });
  });
  tags.sort((a, b) => b.q - a.q || a.index - b.index);
  return tags.map((t) => t.tag);
}

/**
 * Picks the course locale that best fits a list of preferred language tags
 * (`navigator.languages`, or a parsed `Accept-Language` header) among the locales a build has
 * (`available`, all by default): English by default, or the first built one without English.
 * A regional tag (`lt-LT`) matches its language; `ru` and `kk-Cyrl-KZ` are not confused.
 * @example resolveLocale(["de", "kk-KZ", "en"]) // "kk"
 * @example resolveLocale(["en"], ["lt"]) // "lt"
 */
export function resolveLocale(
  preferred: readonly string[],
  available: readonly Locale[] = locales,
): Locale {
  const fallback = available.includes(defaultLocale)
    ? defaultLocale
    : (available[0] ?? defaultLocale);
  for (const raw of preferred) {
    const tag = raw.trim().toLowerCase();
    if (tag === "*") return fallback;
    const language = tag.split("-")[0];
    if (isLocale(language) && available.includes(language)) return language;
  }
  return fallback;
}
