// What SMTP_URL and MAIL_FROM mean at start, and what enqueueMail refuses.
import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_FROM, enqueueMail, mailDeliveryOf } from "./mail.ts";
import { StartupError } from "./startup-error.ts";

describe("mailDeliveryOf", () => {
  it("writes e-mail to the log without SMTP_URL, in production mode too (npm start's default)", () => {
    expect(mailDeliveryOf({ smtpUrl: undefined, mailFrom: undefined, production: false })).toEqual({ kind: "log", from: DEFAULT_MAIL_FROM });
    expect(mailDeliveryOf({ smtpUrl: undefined, mailFrom: undefined, production: true })).toEqual({ kind: "log", from: DEFAULT_MAIL_FROM });
  });

  it("sends through SMTP_URL from MAIL_FROM", () => {
    expect(mailDeliveryOf({ smtpUrl: "smtps://u:p@smtp.example.org:465", mailFrom: "Maillage <ne-pas-repondre@example.org>", production: true }))
      .toEqual({ kind: "smtp", smtpUrl: "smtps://u:p@smtp.example.org:465", from: "Maillage <ne-pas-repondre@example.org>" });
    // Outside production, a local relay needs no MAIL_FROM.
    expect(mailDeliveryOf({ smtpUrl: "smtp://127.0.0.1:1025", mailFrom: undefined, production: false }))
      .toEqual({ kind: "smtp", smtpUrl: "smtp://127.0.0.1:1025", from: DEFAULT_MAIL_FROM });
  });

  it("refuses in one sentence an SMTP_URL that is not SMTP, SMTP in production without MAIL_FROM, and a MAIL_FROM without an address", () => {
    for (const smtpUrl of ["https://mail.example.org", "mail.example.org:25"]) {
      expect(() => mailDeliveryOf({ smtpUrl, mailFrom: "a@example.org", production: true })).toThrow(StartupError);
      expect(() => mailDeliveryOf({ smtpUrl, mailFrom: "a@example.org", production: true })).toThrow(/^SMTP_URL is not an SMTP address: .*\.$/);
    }
    expect(() => mailDeliveryOf({ smtpUrl: "smtp://smtp.example.org", mailFrom: undefined, production: true }))
      .toThrow(/^SMTP_URL is set but MAIL_FROM is not: .*\.$/);
    expect(() => mailDeliveryOf({ smtpUrl: undefined, mailFrom: "Maillage", production: false })).toThrow(/^MAIL_FROM is not an e-mail address/);
  });
});

describe("enqueueMail", () => {
  const never = { $executeRaw: () => { throw new Error("nothing may be queued"); } } as never;
  const message = { to: "camille@example.org", subject: "Invitation", text: "t", html: "<p>t</p>", kind: "invitation" };

  it("refuses what would add a header of its own or is not one address, before queueing anything", async () => {
    await expect(enqueueMail(never, { ...message, subject: "Invitation\r\nBcc: x@example.org" })).rejects.toThrow(/line break/);
    await expect(enqueueMail(never, { ...message, to: "a@example.org, b@example.org" })).rejects.toThrow(/Not one e-mail address/);
    await expect(enqueueMail(never, { ...message, headers: { "List-Unsubscribe": "<https://x>\r\nBcc: x@example.org" } })).rejects.toThrow(/Not a header/);
  });
});
