import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("table_names");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class User extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(User);
  }
}
class BlogPost extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(BlogPost);
  }
}
class HTTPRequestLog extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(HTTPRequestLog);
  }
}
class OAuth2Token extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(OAuth2Token);
  }
}
class ABCModel extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(ABCModel);
  }
}
class Order extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(Order);
  }
}
class Entry extends db.Model {
  static __tablename__ = "journal_entries";
  static id = db.Column(db.Integer, { primaryKey: true });
  static {
    db.register(Entry);
  }
}

await app.appContext().run(() => db.createAll());

app.get("/", function index() {
  const models = [User, BlogPost, HTTPRequestLog, OAuth2Token, ABCModel, Order, Entry];
  return {
    names: models.map((m) => (m as unknown as { __tablename__: string }).__tablename__),
    tables: [
      ...db.session.execute(
        db.text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
      ),
    ].map((r) => r[0]),
    order_row: `[${Order.query.all().join(", ")}]`,
  };
});
