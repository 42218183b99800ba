// Imported first by pages.bench.ts: React and Remix pick their production builds by NODE_ENV when
// they load, so it must be set before anything imports them (as `NODE_ENV=production npm start` does).
process.env.NODE_ENV = "production";
