import { Flask, renderTemplateString } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("model_methods");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Person extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static first = db.Column(db.String(30));
  static last = db.Column(db.String(30));
  declare first: string;
  declare last: string;
  static {
    db.register(Person);
  }

  get full(): string {
    return `${this.first} ${this.last}`;
  }

  greet(other: Person): string {
    return `${this.first} greets ${other.first}`;
  }

  override toString(): string {
    return `<Person '${this.first}'>`;
  }
}

class Pet extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static nick = db.Column(db.String(30));
  static {
    db.register(Pet);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Person({ first: "Ada", last: "Lovelace" }),
    new Person({ first: "Alan", last: "Turing" }),
    new Pet({ nick: "Rex" }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const [ada, alan] = Person.query.orderBy(Person.id).all() as Person[];
  return renderTemplateString("{{ people }} {{ people[0].full }} | {{ pets }} | {{ line }}", {
    people: [ada, alan],
    pets: Pet.query.all(),
    line: (ada as Person).greet(alan as Person),
  });
});

app.get("/repr", function reprs() {
  return {
    people: `[${Person.query.all().join(", ")}]`,
    pet: String(db.session.get(Pet, 1)),
    str: String(db.session.get(Pet, 1)),
  };
});
