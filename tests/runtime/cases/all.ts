/**
 * The shared runtime case list, in one order for every engine.
 */
import type { RuntimeCase } from "../case-types.ts";
import { contentCases } from "./content.ts";
import { databaseCases } from "./database.ts";
import { errorCases } from "./errors.ts";
import { routingCases } from "./routing.ts";
import { stateCases } from "./state.ts";
import { uploadCases } from "./uploads.ts";

export const runtimeCases: RuntimeCase[] = [
  ...routingCases,
  ...stateCases,
  ...contentCases,
  ...errorCases,
  ...uploadCases,
  ...databaseCases,
];
