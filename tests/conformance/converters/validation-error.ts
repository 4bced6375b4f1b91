import { BaseConverter, Flask, ValidationError } from "flask";

class EvenConverter extends BaseConverter {
  override regex = "\\d+";

  override toPython(value: string) {
    if (Number(value) % 2) throw new ValidationError();
    return Number(value);
  }
}

export const app = new Flask("validation_error");
app.urlMap.converters.even = EvenConverter;

app.route("/even/<even:n>", function even({ n }) {
  return `even ${n}`;
});

app.route("/even/<path:n>", function odd({ n }) {
  return `odd ${n}`;
});
