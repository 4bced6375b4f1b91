import { Flask } from "flask";

const app = new Flask(import.meta.url);

const LOANS = [
  { title: "Flask Web Development", days: 9 },
  { title: "Fluent Python", days: 16 },
];

app.route("/", function index() {
  return `<h1>${LOANS.length} books on loan</h1>`;
});

app.route("/overdue", function overdue() {
  const late = LOANS.filter((loan) => loan.days > 21);
  return `<h1>First overdue: ${late[0].title}</h1>`;
});

app.run();
