// What every answer carries: security headers (helmet) and gzip or brotli
// compression when the client accepts it (compression).
import { constants } from "node:zlib";
import compression from "compression";
import helmet from "helmet";
import type { RequestHandler } from "express";

/**
 * Content-Security-Policy, framing, sniffing and referrer headers.
 *
 * The policy allows this origin's own files and nothing inline:
 * - script-src 'self': Vite's build is one module script and its chunks, no
 *   inline script; script-src-attr 'none' forbids event handler attributes.
 * - style-src 'self', without 'unsafe-inline': Vite writes the components'
 *   styles to CSS files; the styles that change at run time (Svelte's
 *   style: directives, sigma.js sizing its canvases) are set through the
 *   CSSOM (element.style), which CSP does not govern, and no markup of the
 *   app carries a style attribute (the browser tests would see the violation).
 * - worker-src 'self': graphology's ForceAtlas2 runs synchronously here
 *   (forceAtlas2.assign); its Web Worker, built from a blob: URL, is not used,
 *   so blob: stays out. MapLibre's worker is a file of the build
 *   (web/src/maps/engine.ts hands its address to setWorkerUrl), started as a
 *   module worker from this origin: no blob: either.
 * - img-src 'self' data:, connect-src 'self' (the API, and the maps' contours
 *   at /maps/shapes.topojson), font-src 'self'; object-src 'none',
 *   base-uri 'self', form-action 'self'. The maps draw no text with MapLibre
 *   (no glyphs) and use no sprite: nothing else to fetch. When the operator
 *   configures background tiles (MAP_TILES_URL), their origin is added to
 *   img-src and connect-src: MapLibre fetches tiles with fetch() and decodes
 *   them as images.
 * - frame-ancestors 'none' (and X-Frame-Options: DENY for older browsers):
 *   no page of Maillage is framed elsewhere, but the embeddable programme
 *   (framableByAnyone below).
 * No upgrade-insecure-requests nor Strict-Transport-Security: the server
 * speaks plain HTTP (port 4000) and TLS, when there is some, ends at a proxy,
 * which is where those belong.
 */
function directives(mapTilesUrl?: string | null) {
  const tiles = mapTilesUrl ? [tileOrigin(mapTilesUrl)] : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:", ...tiles],
    fontSrc: ["'self'"],
    connectSrc: ["'self'", ...tiles],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

/** The origin of a tile template ("https://tiles.example.org/{z}/{x}/{y}.png" → "https://tiles.example.org"). */
export function tileOrigin(template: string): string {
  return new URL(template.replace(/\{[^}]*\}/g, "0")).origin;
}

/** `mapTilesUrl`: the configured background tiles (config.mapTilesUrl), whose host the maps may reach. */
export function securityHeaders(mapTilesUrl?: string | null): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: directives(mapTilesUrl) },
    xFrameOptions: { action: "deny" },
    // Addresses of records stay on the site: other sites get no referrer.
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: false,
  });
}

/**
 * For the embeddable programme (app/embed.ts) only, after securityHeaders():
 * the same policy (without map tiles: the widget has no map), but any site
 * may frame the page (frame-ancestors *), and no X-Frame-Options, which has
 * no value for that.
 */
export function framableByAnyone(): RequestHandler {
  const policy = helmet.contentSecurityPolicy({ useDefaults: false, directives: { ...directives(), frameAncestors: ["*"] } });
  return (request, response, next) => {
    response.removeHeader("x-frame-options");
    policy(request, response, next);
  };
}

/**
 * gzip or brotli (brotli preferred when both are accepted) for every
 * compressible answer over 1 kB: the web app's files, GraphQL answers,
 * downloads and feeds. Streamed downloads call the response's flush() after
 * each batch (graph/graph.export.ts), so they still stream.
 */
export function compress(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
