import { BaseConverter, Flask, type UrlMap } from "flask";

class PrefixConverter extends BaseConverter {
  constructor(urlMap: UrlMap, prefix: string) {
    super(urlMap);
    this.regex = prefix + "-\\d+";
  }

  override toPython(value: string) {
    return value.split("-")[1];
  }
}

export const app = new Flask("converter_args");
app.urlMap.converters.prefixed = PrefixConverter;

app.route("/ticket/<prefixed('KB'):num>", function ticket({ num }) {
  return `ticket ${num}`;
});
