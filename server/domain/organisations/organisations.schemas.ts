import { z } from "zod";

/** The :id of /organisaties/:id; anything else is a page that does not exist. */
export const organisationIdSchema = z.string().uuid();
