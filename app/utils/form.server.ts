import { json, type AppLoadContext } from "@remix-run/node";
import { FORM_BODY_LIMIT_BYTES } from "../../server/http/limits";
import type { RequestProblem } from "./request-problems";

const formTypes = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** A refused request: thrown as a response, so the error page says what went wrong in plain words. */
function problem(status: number, reason: RequestProblem): Response {
  return json({ reason }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Reads a posted form the one way every route does: a form content type (else 415), at most
 * FORM_BODY_LIMIT_BYTES however the body is sent (else 413), a readable body (else 400) and a
 * valid CSRF token (else 403). Nothing is changed by a refused request.
 */
export async function readForm(request: Request, context: AppLoadContext): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!formTypes.has(mediaType)) throw problem(415, "unsupportedType");

  const body = await readLimited(request, FORM_BODY_LIMIT_BYTES);
  let formData: FormData;
  try {
    formData = await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw problem(400, "unreadableForm");
  }
  if (!(await context.app.csrf.isValid(formData, request.headers))) throw problem(403, "formExpired");
  return formData;
}

/** The body, read chunk by chunk so a large or endless one is cut off at the limit instead of held whole. */
async function readLimited(request: Request, limit: number): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw problem(400, "unreadableForm");
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > limit) {
      // Not cancelled: Node discards the rest after the answer, so the sender still reads the 413.
      reader.releaseLock();
      throw problem(413, "tooLarge");
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, size);
}
