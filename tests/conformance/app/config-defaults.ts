import { Flask, jsonify } from "flask";

export const app = new Flask("config_defaults");

// The keys Flask 2.2 and 3.x share; see config-all-keys for the full list.
const SHARED_KEYS = [
  "DEBUG",
  "TESTING",
  "PROPAGATE_EXCEPTIONS",
  "SECRET_KEY",
  "USE_X_SENDFILE",
  "SERVER_NAME",
  "APPLICATION_ROOT",
  "SESSION_COOKIE_NAME",
  "SESSION_COOKIE_DOMAIN",
  "SESSION_COOKIE_PATH",
  "SESSION_COOKIE_HTTPONLY",
  "SESSION_COOKIE_SECURE",
  "SESSION_COOKIE_SAMESITE",
  "SESSION_REFRESH_EACH_REQUEST",
  "MAX_CONTENT_LENGTH",
  "SEND_FILE_MAX_AGE_DEFAULT",
  "TRAP_BAD_REQUEST_ERRORS",
  "TRAP_HTTP_EXCEPTIONS",
  "EXPLAIN_TEMPLATE_LOADING",
  "PREFERRED_URL_SCHEME",
  "TEMPLATES_AUTO_RELOAD",
  "MAX_COOKIE_SIZE",
];

app.route("/", function defaults() {
  const values: Record<string, unknown> = {};
  for (const key of SHARED_KEYS) values[key] = app.config[key];
  // The port keeps the lifetime in seconds where Python keeps a timedelta.
  values.PERMANENT_SESSION_LIFETIME = app.config.PERMANENT_SESSION_LIFETIME;
  return jsonify(values);
});
