// Fetching a feed without letting an animator point the server at its own
// network: every address a host name resolves to is checked at start, again
// when connecting (the connection goes to the address that was checked, so a
// DNS answer that changes in between cannot slip through) and on every
// redirect, which is followed here by hand.
import { BlockList, isIP } from "node:net";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { importPrivateUrlsAllowed } from "../core/config.ts";
import { SourceError } from "./import.sources.ts";

/** A fetched feed's bytes, at most. */
export const MAX_FETCH_BYTES = 5_000_000;
/** How long a feed may take to answer and send. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Redirects followed, at most. */
export const MAX_REDIRECTS = 5;

/** Whether an address may not be fetched: true for those of the server's own networks. */
export type AddressRule = (address: string) => boolean;

const forbidden = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 included
  ["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], // RFC 1918
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["192.0.0.0", 24], ["198.18.0.0", 15], // protocol assignments, benchmarking
  ["224.0.0.0", 4], ["240.0.0.0", 4], // multicast, reserved and broadcast
] as const) forbidden.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback and the IPv4-compatible forms
  ["64:ff9b::", 96], ["64:ff9b:1::", 48], // NAT64, which reaches IPv4 addresses
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) forbidden.addSubnet(network, prefix, "ipv6");

/** The IPv4 address an IPv4-mapped IPv6 one (::ffff:a.b.c.d, in any spelling) stands for. */
function mappedIpv4(address: string): string | null {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!match) return null;
  const high = parseInt(match[1], 16);
  const low = parseInt(match[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Loopback, private, link-local, unspecified, multicast, CGNAT, and their IPv4-mapped forms. */
export const isPrivateAddress: AddressRule = (address) => {
  const family = isIP(address);
  if (family === 4) return forbidden.check(address, "ipv4");
  if (family !== 6) return true; // Not an address: nothing to connect to.
  const unzoned = address.split("%")[0];
  const v4 = mappedIpv4(unzoned);
  return v4 !== null ? forbidden.check(v4, "ipv4") : forbidden.check(unzoned, "ipv6");
};

/** The rule of this server: none when IMPORT_ALLOW_PRIVATE_URLS is on (tests, intranet installations). */
export const configuredAddressRule = (): AddressRule => (importPrivateUrlsAllowed() ? () => false : isPrivateAddress);

export const PRIVATE_ADDRESS_MESSAGE = "Cette adresse mène à un réseau privé ou local : seules les adresses publiques d'Internet sont lues.";

/** A host's addresses, all of them. */
async function resolveAll(hostname: string): Promise<LookupAddress[]> {
  const bare = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
  const family = isIP(bare);
  if (family) return [{ address: bare, family }];
  return new Promise((resolve, reject) => dnsLookup(bare, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));
}

export type HostCheck = { ok: true } | { ok: false; reason: "private" | "unknown" };

/** Whether every address of the URL's host may be fetched. */
export async function checkHost(url: URL, rule: AddressRule = configuredAddressRule()): Promise<HostCheck> {
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(url.hostname);
  } catch {
    return { ok: false, reason: "unknown" };
  }
  if (!addresses.length) return { ok: false, reason: "unknown" };
  return addresses.some((entry) => rule(entry.address)) ? { ok: false, reason: "private" } : { ok: true };
}

/** A lookup for http.request that refuses any host with a forbidden address and hands over the addresses checked. */
function checkedLookup(rule: AddressRule): NonNullable<RequestOptions["lookup"]> {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    resolveAll(hostname).then((addresses) => {
      const refused = addresses.find((entry) => rule(entry.address));
      if (refused || !addresses.length) {
        callback(Object.assign(new Error(PRIVATE_ADDRESS_MESSAGE), { code: "EPRIVATEADDRESS" }));
      } else if (options.all) {
        callback(null, addresses);
      } else {
        callback(null, addresses[0].address, addresses[0].family);
      }
    }, (error) => callback(error));
  }) as NonNullable<RequestOptions["lookup"]>;
}

function get(url: URL, rule: AddressRule, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: "GET", signal, lookup: checkedLookup(rule),
      headers: { accept: "text/calendar, application/json, text/csv, */*", "user-agent": "Maillage (import de flux)" },
    }, resolve);
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const reasonOf = (error: unknown) => (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError" ? "délai dépassé" : (error as Error).message;

/**
 * A feed's text: http(s) only, public addresses only (unless the rule says
 * otherwise), at most MAX_REDIRECTS redirects each checked, within the time
 * and size limits. @throws SourceError
 */
export async function fetchFeed(address: string, rule: AddressRule = configuredAddressRule()): Promise<string> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let url = new URL(address);
  let response: IncomingMessage;
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new SourceError("L'adresse a redirigé hors du web (http ou https).");
    const host = await checkHost(url, rule);
    if (!host.ok) throw new SourceError(host.reason === "private" ? `${url.href} : ${PRIVATE_ADDRESS_MESSAGE}` : `Le nom « ${url.hostname} » n'existe pas.`);
    try {
      response = await get(url, rule, signal);
    } catch (error) {
      throw new SourceError(`L'adresse ${url.href} n'a pas répondu (${reasonOf(error)}).`);
    }
    const status = response.statusCode ?? 0;
    if (status < 300 || status >= 400 || status === 304) break;
    response.resume();
    const location = response.headers.location;
    if (!location) throw new SourceError(`L'adresse ${url.href} a répondu ${status} sans dire où aller.`);
    if (redirects >= MAX_REDIRECTS) throw new SourceError(`L'adresse ${address} redirige plus de ${MAX_REDIRECTS} fois.`);
    url = new URL(location, url);
  }
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    throw new SourceError(`L'adresse ${url.href} a répondu ${status} : rien n'a pu être lu.`);
  }
  if (Number(response.headers["content-length"] ?? 0) > MAX_FETCH_BYTES) {
    response.destroy();
    throw new SourceError(`Le flux dépasse ${MAX_FETCH_BYTES / 1_000_000} Mo.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > MAX_FETCH_BYTES) {
        response.destroy();
        throw new SourceError(`Le flux dépasse ${MAX_FETCH_BYTES / 1_000_000} Mo.`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`L'adresse ${url.href} n'a pas tout envoyé (${reasonOf(error)}).`);
  }
  return Buffer.concat(chunks).toString("utf8");
}
