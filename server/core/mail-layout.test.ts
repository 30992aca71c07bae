// The e-mail layout: French text that reads on its own, HTML that never
// carries a user's markup, an unsubscribe link and header where asked.
import { describe, expect, it } from "vitest";
import { composeMail, escapeHtml } from "./mail-layout.ts";

const invitation = {
  subject: "Invitation à rejoindre Maillage",
  greeting: "Bonjour Camille,",
  paragraphs: ["L'animation du COTESS du bassin minier vous invite à préparer le Mois de l'ESS.", "Première ligne\nseconde ligne"],
  action: { label: "Accepter l'invitation", url: "https://maillage.example/invitations/abc?x=1&y=2" },
};

describe("composeMail", () => {
  it("writes the text version with the greeting, the paragraphs and the link written out", () => {
    const mail = composeMail(invitation);
    expect(mail.subject).toBe("Invitation à rejoindre Maillage");
    expect(mail.text).toBe([
      "Bonjour Camille,",
      "",
      "L'animation du COTESS du bassin minier vous invite à préparer le Mois de l'ESS.",
      "",
      "Première ligne\nseconde ligne",
      "",
      "Accepter l'invitation : https://maillage.example/invitations/abc?x=1&y=2",
      "",
      "-- ",
      "Maillage : coordonner l'économie sociale et solidaire, territoire par territoire.",
      "",
    ].join("\n"));
    expect(mail.headers).toBeUndefined();
  });

  it("writes French HTML with the action as a link, its address escaped, and the address written out", () => {
    const { html } = composeMail(invitation);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<a href="https://maillage.example/invitations/abc?x=1&amp;y=2" style="display:inline-block;');
    expect(html).toContain(">Accepter l&#39;invitation</a>");
    expect(html).toContain("Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur");
    expect(html).toContain("<p style=\"margin:0 0 16px;\">Première ligne<br>seconde ligne</p>");
    expect(html).not.toContain("<style");
    expect(html).not.toContain("Se désabonner");
  });

  it("escapes a hostile name in the HTML and keeps it as written in the text", () => {
    const hostile = `Bonjour <script>alert("x")</script> & <img src=x onerror=alert(1)>,`;
    const mail = composeMail({ subject: `<b>Invitation</b>`, greeting: hostile, paragraphs: ["Texte"] });
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain("Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;,");
    expect(mail.html).toContain("<title>&lt;b&gt;Invitation&lt;/b&gt;</title>");
    expect(mail.text.split("\n")[0]).toBe(hostile);
  });

  it("adds « Se désabonner » and a List-Unsubscribe header when there is an unsubscribe address", () => {
    const mail = composeMail({
      subject: "Votre résumé de la semaine",
      paragraphs: ["Trois événements ont été proposés."],
      unsubscribeUrl: "https://maillage.example/desabonnement/t0k3n",
      footer: "Vous recevez ce résumé parce que vous animez le COTESS du bassin minier.",
    });
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://maillage.example/desabonnement/t0k3n>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(mail.text).toContain("-- \nVous recevez ce résumé parce que vous animez le COTESS du bassin minier.\nSe désabonner : https://maillage.example/desabonnement/t0k3n\n");
    expect(mail.html).toContain('<a href="https://maillage.example/desabonnement/t0k3n" style="color:#5b6472;">Se désabonner</a>');
    expect(mail.html).not.toContain("coordonner l&#39;économie sociale");
  });

  it("refuses a link that is not an http(s) address", () => {
    expect(() => composeMail({ subject: "S", paragraphs: [], action: { label: "Ouvrir", url: "javascript:alert(1)" } })).toThrow(/http\(s\)/);
    expect(() => composeMail({ subject: "S", paragraphs: [], unsubscribeUrl: "/desabonnement" })).toThrow(/absolute/);
  });
});

describe("escapeHtml", () => {
  it("leaves no markup character", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
