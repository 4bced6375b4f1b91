/**
 * The zod schemas of a cell's `cell.json`: its optional title and the requests a learner can try,
 * each with the answer real Flask gives to the cell's Python twin.
 */
import { z } from "zod";
import { locales } from "./locales.ts";

/** HTTP methods a cell request may use. */
export const cellMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

const headerMap = z
  .record(
    z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "a header name is letters, digits and hyphens")
      .describe("Header name"),
    z.string().describe("Header value"),
  )
  .describe("HTTP headers by name");

/**
 * An object with one text per locale of the course, each as `text` allows.
 * @example perLocale(z.string().min(1), "hint").parse({ en: "a", lt: "b", kk: "c" })
 */
export function perLocale(text: z.ZodString, what: string) {
  return z.strictObject(
    Object.fromEntries(
      locales.map((locale) => [locale, text.describe(`The ${what} in the "${locale}" locale`)]),
    ) as Record<(typeof locales)[number], z.ZodString>,
  );
}

/** A cell's title in every locale of the course. */
export const cellTitleSchema = perLocale(z.string().trim().min(1).max(90), "title").describe(
  "The cell's title, one per locale",
);

/** What the answer to one request must look like (what real Flask answers). */
export const cellExpectSchema = z
  .strictObject({
    status: z.number().int().min(100).max(599).describe("The response's status code"),
    bodyIncludes: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe("Text (or several pieces of text) the response body must contain"),
    bodyEquals: z.string().optional().describe("The whole response body, exactly"),
    headers: headerMap
      .optional()
      .describe("Response headers that must have exactly these values, e.g. content-type"),
    location: z.string().min(1).optional().describe("The Location header of a redirect"),
  })
  .describe("The expected answer");

/** The fields of a request to a cell's app, before the rule on bodies. */
export const cellRequestFields = z
  .strictObject({
    method: z.enum(cellMethods).default("GET").describe("The HTTP method; GET when left out"),
    path: z
      .string()
      .regex(/^\/[^\s#]*$/, 'a path starts with "/" and has no spaces or fragment')
      .describe("Path and query string, percent-encoded as sent on the wire: /user/42?tab=posts"),
    headers: headerMap.optional().describe("Request headers to send"),
    body: z.string().optional().describe("A raw request body"),
    form: z
      .record(z.string().describe("Field name"), z.string().describe("Field value"))
      .optional()
      .describe("Form fields, sent as application/x-www-form-urlencoded"),
    json: z.unknown().optional().describe("A value sent as an application/json body"),
    expect: cellExpectSchema.describe("What the app must answer"),
  })
  .describe("A request to the cell's app");

/**
 * The rule every request with a body follows: at most one of `body`, `form` and `json`.
 * @example cellRequestFields.refine(...oneBody)
 */
export const oneBody: [
  (r: { body?: unknown; form?: unknown; json?: unknown }) => boolean,
  { message: string; path: PropertyKey[] },
] = [
  (r) => [r.body, r.form, r.json].filter((b) => b !== undefined).length <= 1,
  { message: "give at most one of body, form and json", path: ["body"] },
];

/** One request a learner can send to the cell's app. */
export const cellRequestSchema = cellRequestFields
  .refine(...oneBody)
  .describe("A request to try against the cell");

/**
 * Whether a cell's requests (or an exercise's checks) share cookies: `separate`, the default,
 * sends each with none; `shared` sends them in order through one cookie jar, as a browser would.
 */
export const cookiesModeSchema = z
  .enum(["separate", "shared"])
  .default("separate")
  .describe(
    'How the requests meet cookies: "separate" (the default) sends each one alone, with no cookies; "shared" sends them in order through one cookie jar, as one browser would: what a Set-Cookie answer stores (or deletes) goes with the later requests whose path it matches, unless a request sets its own Cookie header',
  );

/** How a test of the cell's tests ends, in pytest's words. */
export const testOutcomeSchema = z
  .enum(["passed", "failed", "error"])
  .describe('How a test ends: "passed", "failed" (its body failed) or "error" (a fixture failed)');

/** The whole `cell.json` of a cell. */
export const cellManifestSchema = z
  .strictObject({
    title: cellTitleSchema.optional().describe("A title shown above the cell"),
    cookies: cookiesModeSchema,
    requests: z
      .array(cellRequestSchema)
      .min(1, "a cell declares at least one request")
      .describe("Requests to try, in the order the learner should try them"),
    tests: z
      .record(z.string().regex(/^test\w*$/, "a test's name starts with test"), testOutcomeSchema)
      .optional()
      .describe(
        "For a cell with tests (test_*.ts and its pytest twin test_*.py): how each test ends, by name; pytest and the port must both end them so",
      ),
  })
  .describe("A cell's cell.json");

export type CookiesMode = z.infer<typeof cookiesModeSchema>;
export type CellTitle = z.infer<typeof cellTitleSchema>;
export type CellExpect = z.infer<typeof cellExpectSchema>;
export type CellRequest = z.infer<typeof cellRequestSchema>;
export type CellManifest = z.infer<typeof cellManifestSchema>;
