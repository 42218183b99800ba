import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import express, { type RequestHandler } from "express";

/**
 * The files in `publicDir` (outside `build/`, which has its own handler), served by express.static;
 * every other path goes on without touching the disk. The list is read once at start: a page
 * request no longer costs a `stat` of a file that is not there, and a file added to public/ is
 * served after a restart (a deploy restarts anyway).
 */
export function publicFiles(publicDir: string, options: { maxAge: string }): RequestHandler {
  const paths = new Set(filesUnder(publicDir, { except: "build" }));
  const serve = express.static(publicDir, options);
  return (req, res, next) => {
    if (paths.has(req.path)) serve(req, res, next);
    else next();
  };
}

/** Every file under the folder but one subfolder, as URL paths ("/favicon.svg"); none when the folder is missing. */
function filesUnder(dir: string, { except }: { except: string }): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names
    .filter((name) => name !== except && !name.startsWith(`${except}${path.sep}`) && isFile(path.join(dir, name)))
    .map((name) => `/${name.split(path.sep).join("/")}`);
}

function isFile(file: string) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
