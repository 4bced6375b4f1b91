import { BaseConverter, Flask, urlFor } from "flask";

class ListConverter extends BaseConverter {
  override regex = "[a-z]+(?:,[a-z]+)*";

  override toPython(value: string) {
    return value.split(",");
  }

  override toUrl(value: string[]) {
    return value.join(",");
  }
}

export const app = new Flask("custom");
app.urlMap.converters.list = ListConverter;

app.route("/tags/<list:tags>", function tags({ tags: list }) {
  return `${list.length} tags: ${list.join(" ")} ${urlFor("tags", { tags: ["x", "y"] })}`;
});
