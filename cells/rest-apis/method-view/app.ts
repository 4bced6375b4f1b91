import { abort, Flask, jsonify, MethodView, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

type Book = { id: number; title: string; year: number };
const BOOKS: Book[] = [
  { id: 1, title: "Solaris", year: 1961 },
  { id: 2, title: "Emma", year: 1815 },
];

const findBook = (id: number) => BOOKS.find((b) => b.id === id) ?? abort(404);

// The collection: one method of the class per HTTP method.
class BookList extends MethodView {
  get() {
    return jsonify(BOOKS);
  }

  post() {
    const data = request.getJson() as { title: string; year: number };
    const book = { id: Math.max(0, ...BOOKS.map((b) => b.id)) + 1, ...data };
    BOOKS.push(book);
    return [book, 201, { Location: urlFor("book", { id: book.id }) }];
  }
}

// One item: no patch method, so PATCH gets 405 and an Allow header.
class BookItem extends MethodView {
  get({ id }: { id: number }) {
    return findBook(id);
  }

  put({ id }: { id: number }) {
    const book = findBook(id);
    const data = request.getJson() as { title: string; year: number };
    book.title = data.title;
    book.year = data.year;
    return book;
  }

  delete({ id }: { id: number }) {
    BOOKS.splice(BOOKS.indexOf(findBook(id)), 1);
    return ["", 204];
  }
}

app.addUrlRule("/api/books", null, BookList.asView("books"));
app.addUrlRule("/api/books/<int:id>", null, BookItem.asView("book"));

app.run();
