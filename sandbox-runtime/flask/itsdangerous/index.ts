export { compactJson, pythonJson, type TextSerializer } from "./compact-json.ts";
export {
  base64Decode,
  base64Encode,
  bytesToInt,
  intToBytes,
  type StrOrBytes,
  wantBytes,
} from "./encoding.ts";
export { BadData, BadPayload, BadSignature, BadTimeSignature, SignatureExpired } from "./errors.ts";
export { type JsonDumpsOptions as PythonJsonOptions, pythonJsonDumps } from "../python/index.ts";
export {
  type FallbackSigner,
  type LoadsOptions,
  Serializer,
  type SerializerOptions,
} from "./serializer.ts";
export {
  type DigestMethod,
  type KeyDerivation,
  type SecretKeys,
  Signer,
  type SignerClass,
  type SignerOptions,
} from "./signer.ts";
export { type TimedLoadsOptions, TimedSerializer } from "./timed-serializer.ts";
export {
  TimestampSigner,
  type TimestampSignerOptions,
  type UnsignOptions,
} from "./timestamp-signer.ts";
export { URLSafeSerializer, URLSafeTimedSerializer } from "./url-safe.ts";
