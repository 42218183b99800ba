import type { AppLoadContext } from "@remix-run/node";
import { CSRFError } from "remix-utils/csrf/server";

/** Every state-changing form carries the CSRF token; a missing or wrong one is answered with 403. */
export async function validateCsrf(formData: FormData, request: Request, context: AppLoadContext) {
  try {
    await context.app.csrf.validate(formData, request.headers);
  } catch (error) {
    if (error instanceof CSRFError) {
      throw new Response("Invalid CSRF token / Formulier verlopen", { status: 403 });
    }
    throw error;
  }
}
