/** Turns Zod issues into the field errors a form shows (i18n keys, by field name). */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}
