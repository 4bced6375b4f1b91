/**
 * The request script a conformance pair sends to Flask and to the port.
 * @example const script = parseScript(JSON.parse(text));
 * @see werkzeug/test.py EnvironBuilder (the request fields mirror its arguments)
 */
import { z } from "zod";

const FieldValue = z
  .union([z.string(), z.array(z.string())])
  .describe("One value, or several for a repeated field (MultiDict getlist)");

const FileField = z
  .object({
    filename: z.string().optional().describe("The file name the client reports"),
    content: z.string().optional().describe("The file content as UTF-8 text"),
    contentType: z.string().optional().describe("The part's Content-Type"),
  })
  .describe("One uploaded file of a multipart/form-data body");

export const RequestSpec = z
  .object({
    method: z.string().optional().describe("HTTP method, GET when absent"),
    path: z.string().optional().describe("Path with query string, e.g. /search?q=x"),
    base: z
      .string()
      .optional()
      .describe("Scheme and host the request goes to, http://localhost when absent"),
    headers: z.record(z.string(), z.string()).optional().describe("Request headers"),
    cookies: z
      .record(z.string(), z.string())
      .optional()
      .describe("Cookies put in the client's jar for localhost before the request"),
    body: z.string().optional().describe("A raw text body"),
    contentType: z.string().optional().describe("Content-Type of the body"),
    form: z
      .record(z.string(), FieldValue)
      .optional()
      .describe("Form fields: urlencoded, or multipart when files are present"),
    files: z
      .record(z.string(), z.union([FileField, z.array(FileField)]))
      .optional()
      .describe("Multipart file fields"),
    json: z.unknown().optional().describe("A value sent as a compact JSON body"),
  })
  .describe("One request of a script");

export const RequestLine = z
  .union([z.string().regex(/^[A-Za-z]+ \S+$/), RequestSpec])
  .describe('A request: "METHOD /path?query" or the full object');

export const Script = z
  .object({
    description: z.string().optional().describe("What the pair shows"),
    keepCookies: z
      .boolean()
      .optional()
      .describe("Keep one cookie jar across requests, like one Flask test client"),
    headers: z
      .array(z.string())
      .optional()
      .describe("Extra response headers to compare besides the default set"),
    ignore: z
      .object({
        fields: z
          .array(z.string())
          .min(1)
          .describe(
            "Header names, or body/statusText/set-cookie/cookies, left out of the comparison",
          ),
        reason: z
          .string()
          .min(20)
          .describe("Why: the Flask 2.2 vs 3.x difference that makes those fields differ"),
      })
      .optional()
      .describe("Fields not compared, with the reason printed on every run"),
    normalize: z
      .array(z.enum(["rule-methods"]))
      .optional()
      .describe("Body normalizers for output that cannot be equal (e.g. Python set order)"),
    skip: z
      .string()
      .optional()
      .describe("Why this comparison is skipped (a Flask 2.2 vs 3.x difference)"),
    requests: z.array(RequestLine).min(1).describe("The requests, sent in order"),
  })
  .describe("A conformance request script");

export type RequestSpec = z.infer<typeof RequestSpec>;
export type Script = z.infer<typeof Script>;
export type NormalRequest = RequestSpec & { method: string; path: string };

/** Validate a script, turning "GET /x" shorthands into request objects. */
export function parseScript(value: unknown): Script {
  return Script.parse(value);
}

/** The request object behind a script line. */
export function requestOf(line: string | RequestSpec): NormalRequest {
  if (typeof line === "string") {
    const space = line.indexOf(" ");
    return { method: line.slice(0, space).toUpperCase(), path: line.slice(space + 1) };
  }
  return { ...line, method: (line.method ?? "GET").toUpperCase(), path: line.path ?? "/" };
}

/** How a request is named in results and diffs. */
export function requestLabel(request: NormalRequest): string {
  return `${request.method} ${request.path}`;
}
