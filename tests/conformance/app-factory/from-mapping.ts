import { Flask, jsonify } from "flask";

function createApp(testConfig?: Record<string, unknown>) {
  const app = new Flask("from_mapping");
  app.config.fromMapping({ SECRET_KEY: "dev", PER_PAGE: 5, per_page: 50 });
  if (testConfig !== undefined) app.config.fromMapping(testConfig);
  return app;
}

export const app = createApp({
  TESTING: true,
  PER_PAGE: 10,
  lowercase: 1,
  MixedCase: 2,
  WITH_DIGITS_2: 3,
  __DUNDER__: 4,
  _: 5,
  "123": 6,
  ÄPFEL: 7,
  STRAßE: 8,
  ÄÖ: 9,
});
const KEYS = [
  "lowercase",
  "MixedCase",
  "WITH_DIGITS_2",
  "__DUNDER__",
  "_",
  "123",
  "ÄPFEL",
  "STRAßE",
  "ÄÖ",
  "per_page",
];

app.route("/", function show() {
  return jsonify({
    testing: app.testing,
    secret_key: app.config.SECRET_KEY,
    per_page: app.config.PER_PAGE,
    kept: KEYS.filter((key) => key in app.config),
    returned: app.config.fromMapping({ lower: 1 }),
  });
});
