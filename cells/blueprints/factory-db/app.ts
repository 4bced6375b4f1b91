import { Flask } from "flask";
import { db } from "./models.ts";
import { bp as notesBp } from "./notes.ts";

export async function createApp(testConfig?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  // The default: a file in the instance folder. A test passes an in-memory database.
  app.config.fromMapping({ SQLALCHEMY_DATABASE_URI: "sqlite:///notes.db" });
  if (testConfig) app.config.fromMapping(testConfig);

  db.initApp(app);
  app.registerBlueprint(notesBp);

  // The port enters a context with await, where Python writes `with app.app_context():`.
  await app.appContext().run(() => db.createAll());
  return app;
}

const app = await createApp();
app.run();
