import { SQLAlchemy } from "flask-sqlalchemy";

// Made without an app: createApp binds it to every app it makes.
export const db = new SQLAlchemy();

export class Note extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(200), { nullable: false });
  declare id: number;
  declare text: string;
  static {
    db.register(Note);
  }
}
