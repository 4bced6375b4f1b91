import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const flaskEntry = fileURLToPath(new URL("./sandbox-runtime/flask/index.ts", import.meta.url));
const flaskRuntime = fileURLToPath(new URL("./sandbox-runtime/flask/runtime.ts", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^flask$/, replacement: flaskEntry },
      { find: /^flask\/runtime$/, replacement: flaskRuntime },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "tests/unit/**/*.test.ts",
            "tests/flask/**/*.test.ts",
            "tests/flask-sqlalchemy/**/*.test.ts",
            "tests/pytest/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "runtime",
          include: ["tests/runtime/**/*.test.ts"],
          environment: "node",
          // Each case starts a real Node process for a cell (with sql.js for a database cell);
          // on a loaded 2-core machine the first one has taken over 5 s.
          testTimeout: 30_000,
          // Some files build the port and its packages once before their cases.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
