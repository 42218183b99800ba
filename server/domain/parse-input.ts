import type { z } from "zod";
import { invalid } from "./errors";
import { fieldErrorsOf } from "./opportunities/field-errors";

/** Parses a use case's input, or refuses it with the field errors a form shows beside each field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid("The input is not valid", fieldErrorsOf(parsed.error.issues));
  return parsed.data as z.output<S>;
}
