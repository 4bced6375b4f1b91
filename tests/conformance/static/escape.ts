import { Flask } from "flask";

export const app = new Flask(import.meta.url);
