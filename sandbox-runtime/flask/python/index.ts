export { b64decode, b64encode, urlsafeB64decode, urlsafeB64encode } from "./base64.ts";
export { asciiOnly, isAscii, latin1, utf8AsLatin1 } from "./bytes.ts";
export { KEY_ERROR, KeyError, keyRepr, LookupError, RuntimeError, ValueError } from "./errors.ts";
export { escapeHtml, type HtmlLike, hasHtml, htmlEscape } from "./html.ts";
export {
  type JsonDumpsOptions,
  notSerializable,
  pythonJsonDumps,
  pythonJsonString,
  pythonTypeName,
} from "./json.ts";
export {
  type FloatFormatOptions,
  type FloatPresentation,
  pyFormatFloat,
} from "./float-format.ts";
export { jsonNumber, pyFloatRepr, pyIntStr, pyNumber } from "./number.ts";
export { pyDatetime, pyRepr, pyStr, pyStrRepr, pyTypeName } from "./repr.ts";
export { compareCodePoints, PY_SPACE, pyEquals, pyFloat, pyInt, pyStrip } from "./text.ts";
export { isTuple, markTuple, tuple } from "./tuple.ts";
