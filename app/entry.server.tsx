import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { getI18nInstance } from "./i18n/i18next.server";
import { getLanguage } from "./i18n/language.server";
import { Coalesce } from "./utils/coalesce.server";
import { NonceProvider } from "./utils/nonce";
import { planSharedRender } from "./utils/shared-render.server";

const ABORT_DELAY_MS = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const language = await getLanguage(request);
  const i18n = await getI18nInstance(language);
  const nonce = loadContext.cspNonce;
  const page = (context: EntryContext, pageNonce: string) => (
    <NonceProvider value={pageNonce}>
      <I18nextProvider i18n={i18n}>
        <RemixServer context={context} url={request.url} abortDelay={ABORT_DELAY_MS} nonce={pageNonce} />
      </I18nextProvider>
    </NonceProvider>
  );

  const cache = loadContext.renderCache;
  const shared = cache
    ? planSharedRender({ url: request.url, language, statusCode: responseStatusCode, context: remixContext, nonce })
    : null;
  if (cache && shared) {
    let html = cache.get(shared.key);
    const state = html === null ? "miss" : "hit";
    if (html === null) {
      html = await renderWhole(page(shared.context, shared.nonce), shared.nonce);
      cache.set(shared.key, html);
    }
    const personal = shared.personalise(html);
    if (personal !== null) {
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      responseHeaders.set("X-Shared-Render", state);
      return new Response(personal, { headers: responseHeaders, status: responseStatusCode });
    }
    loadContext.app.logger.warn({ url: request.url }, "a shared render kept a marker; rendered for the visitor");
  }

  // Bots and crawlers get the whole page at once; people get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(page(remixContext, nonce), {
      nonce,
      [readyEvent]() {
        shellRendered = true;
        const body = new Coalesce();
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(
          new Response(createReadableStreamFromReadable(body), {
            headers: responseHeaders,
            status: responseStatusCode,
          }),
        );
        pipe(body);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors after the shell are already on their way to an error boundary; log the rest.
        if (shellRendered) loadContext.app.logger.error({ err: error }, "render error");
      },
    });
    setTimeout(abort, ABORT_DELAY_MS);
  });
}

/** The whole page as one string (for a shared render, which is stored and then personalised). */
function renderWhole(element: React.ReactElement, nonce: string) {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Coalesce();
    sink.on("data", (chunk: Buffer) => chunks.push(chunk));
    sink.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    sink.on("error", reject);
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce,
      onAllReady() {
        pipe(sink);
      },
      onShellError: reject,
      onError: reject,
    });
    const timer = setTimeout(abort, ABORT_DELAY_MS);
  });
}

export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  // Aborted requests and plain 404s are not faults of ours.
  if (request.signal.aborted || (isRouteErrorResponse(error) && error.status < 500)) return;
  context.app.logger.error({ err: error, url: request.url }, "unhandled error in a loader or action");
}
