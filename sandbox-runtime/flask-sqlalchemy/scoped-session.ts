/**
 * `db.session`: the session of the current app context, made on first use and removed when
 * the app context ends (at the end of each request), so uncommitted work never outlives its
 * request.
 * @see flask_sqlalchemy/session.py
 * @see sqlalchemy/orm/scoping.py scoped_session
 */
import { g, hasAppContext } from "./flask-api.ts";
import type { Session } from "./session.ts";

/** The sessions of one `SQLAlchemy` object, one per app context. */
export class SessionScope {
  readonly #sessions = new WeakMap<object, Session>();
  readonly #make: () => Session;
  constructor(make: () => Session) {
    this.#make = make;
  }
  #scope(): object {
    // Outside an app context this raises Flask's own "Working outside of application context."
    return (g as unknown as { _getCurrentObject(): object })._getCurrentObject();
  }
  /** The current app context's session. */
  current(): Session {
    const scope = this.#scope();
    let session = this.#sessions.get(scope);
    if (!session) {
      session = this.#make();
      this.#sessions.set(scope, session);
    }
    return session;
  }
  /** Close and forget the current app context's session (Flask-SQLAlchemy does this at teardown). */
  remove(): void {
    if (!hasAppContext()) return;
    const scope = this.#scope();
    const session = this.#sessions.get(scope);
    if (session) {
      this.#sessions.delete(scope);
      session.close();
    }
  }
}

/**
 * The object behind `db.session`: every Session method, on the current app context's session.
 */
export function scopedSession(scope: SessionScope): Session & { remove(): void } {
  return new Proxy({} as Session & { remove(): void }, {
    get(_target, key) {
      if (key === "remove") return () => scope.remove();
      const session = scope.current();
      const value = Reflect.get(session, key, session);
      return typeof value === "function" ? value.bind(session) : value;
    },
    set(_target, key, value) {
      return Reflect.set(scope.current(), key, value);
    },
  });
}
