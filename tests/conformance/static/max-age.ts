import { Flask } from "flask";

export const app = new Flask(import.meta.url);
app.config.SEND_FILE_MAX_AGE_DEFAULT = 60;
