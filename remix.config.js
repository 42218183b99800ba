/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // Files starting with "__" sit beside the route that uses them and are not routes.
  ignoredRouteFiles: ["**/.*", "**/__*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverDependenciesToBundle: [/^@utrecht\//, /^remix-utils/, /^remix-i18next/],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: false,
  },
};
