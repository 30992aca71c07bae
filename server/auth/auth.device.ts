// What a person recognises a session by on « Mon compte »: the browser and
// the system, read once from the User-Agent at sign-in. Only these words are
// kept, not the header (a near-unique fingerprint nobody needs later).

const BROWSERS: [RegExp, string][] = [
  // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bChromium\//, "Chromium"],
  // Headless Chrome says "HeadlessChrome/": Chrome all the same.
  [/Chrome\/|\bCriOS\//, "Chrome"],
  [/\bSafari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bAndroid\b/, "Android"],
  [/\biPhone\b|\biPad\b|\biPod\b/, "iOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

const MAX_USER_AGENT = 1000;

/** "Firefox sur Windows", "Navigateur inconnu sur Linux"…; null without a User-Agent. */
export function deviceOf(userAgent: string | null | undefined): string | null {
  const header = userAgent?.slice(0, MAX_USER_AGENT).trim();
  if (!header) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(header))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(header))?.[1];
  if (!browser && !system) return "Appareil inconnu";
  return `${browser ?? "Navigateur inconnu"} sur ${system ?? "système inconnu"}`;
}
