import type { AppContext } from "../../server/context";
import type { TtlCache } from "../../server/http/ttl-cache";

declare module "@remix-run/node" {
  interface AppLoadContext {
    app: AppContext;
    cspNonce: string;
    /** Set by the Express rate limiter on POST /inloggen, so the page can answer beside the form. */
    loginRateLimited: boolean;
    /** Likewise for POST /aanmelden. */
    signUpRateLimited: boolean;
    /** Shared renders of rush pages (app/utils/shared-render.server.ts); absent, every page is rendered. */
    renderCache?: TtlCache<string>;
  }
}

export {};
