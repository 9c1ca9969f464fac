import type { CORSOptions } from "graphql-yoga";
import { IDEMPOTENT_REPLAYED_HEADER } from "./idempotency/index.ts";
import { REQUEST_ID_HEADER } from "./request-id.ts";

/**
 * Which web pages on other origins may call the API (CORS_ORIGINS, CORS_CREDENTIALS; docs/rules/api.md, "CORS").
 * The API authenticates with a bearer key the page sends itself, so nothing ambient (a cookie) rides along unless
 * `credentials` says so.
 */
export interface CorsPolicy {
  /** "*": any origin; a list: exactly those origins; []: the server's own origin only. */
  origins: "*" | readonly string[];
  /** Cookies and HTTP authentication from the browser (Access-Control-Allow-Credentials); never with "*". */
  credentials: boolean;
}

/** The embedded demo's, development's and the tests' policy: any page may call, without the browser's credentials. */
export const ANY_ORIGIN: CorsPolicy = { origins: "*", credentials: false };

/** Response headers a page on another origin may read: the request id, whether a retry was replayed, when to retry. */
const EXPOSED_HEADERS = [REQUEST_ID_HEADER, IDEMPOTENT_REPLAYED_HEADER, "retry-after"];

/** How long a browser may keep a preflight's answer: one preflight per page and endpoint every 10 minutes. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * yoga's `cors` option for `policy`: an allowed origin gets its own origin back (with the exposed headers, and
 * credentials only when configured: yoga would otherwise allow them for any origin it names); any other origin
 * gets no CORS header at all, so the browser keeps the answer from the page.
 */
export function corsOf(policy: CorsPolicy): (request: Request) => CORSOptions {
  const allowed = (origin: string) => policy.origins === "*" || policy.origins.includes(origin);
  return (request) => {
    const origin = request.headers.get("origin");
    // yoga sends no CORS header for `false` (its types only name the options object).
    if (origin === null || !allowed(origin)) return false as unknown as CORSOptions;
    return {
      origin: [origin],
      credentials: policy.credentials,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    };
  };
}
