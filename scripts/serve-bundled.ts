/**
 * The offline bundle's server entry (`npm run bundle` makes it `kolba/serve.mjs`): the course's
 * server, serving the `site/` folder beside it unless `--root` or `KOLBA_ROOT` names another.
 */
import { fileURLToPath } from "node:url";

process.env.KOLBA_ROOT ??= fileURLToPath(new URL("./site/", import.meta.url));
await import("./serve.ts");
