import type { AppContext } from "../../server/context";

declare module "@remix-run/node" {
  interface AppLoadContext {
    app: AppContext;
    cspNonce: string;
    /** Set by the Express rate limiter on POST /inloggen, so the page can answer beside the form. */
    loginRateLimited: boolean;
    /** Likewise for POST /aanmelden. */
    signUpRateLimited: boolean;
  }
}

export {};
