/**
 * UI strings for the site: `useTranslations(locale)` gives `t(key, values?)`.
 * Importing this module validates every dictionary, so a missing string fails the build.
 */
import type { Locale } from "../lib/locales.ts";
import { format, validateDictionaries } from "./dictionaries.ts";
import en from "./ui/en.ts";
import kk from "./ui/kk.ts";
import lt from "./ui/lt.ts";

export type UiKey = keyof typeof en;

const dictionaries: Record<Locale, Record<string, string>> = { en, lt, kk };

validateDictionaries({ ...dictionaries, en }, (locale) => `src/i18n/ui/${locale}.ts`);

/**
 * Returns the translator for one locale.
 * @example useTranslations("lt")("nav.next") // "Kita pamoka"
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return function t(key: UiKey, values?: Record<string, string | number>): string {
    const text = dictionary[key];
    if (text === undefined) {
      throw new Error(`src/i18n/ui/${locale}.ts: UI string "${key}" is missing`);
    }
    return format(text, values);
  };
}
