import { Flask } from "flask";

export const app = new Flask("handler_by_class");

class AppError extends Error {}

class DatabaseError extends AppError {}

class ConnectionLost extends DatabaseError {}

app.errorHandler(AppError, function app_error(e) {
  return [`AppError handler got ${e.constructor.name}: ${e.message}`, 500];
});

app.errorHandler(DatabaseError, function db_error(e) {
  return [`DatabaseError handler got ${e.constructor.name}: ${e.message}`, 503];
});

app.route("/app", function raise_app() {
  throw new AppError("generic");
});

app.route("/db", function raise_db() {
  throw new DatabaseError("db down");
});

app.route("/conn", function raise_conn() {
  throw new ConnectionLost("socket closed");
});
