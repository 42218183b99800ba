import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");

export const NonceProvider = NonceContext.Provider;

/** The Content-Security-Policy nonce of this response; "" in the browser, where it is not needed. */
export function useNonce() {
  return useContext(NonceContext);
}
