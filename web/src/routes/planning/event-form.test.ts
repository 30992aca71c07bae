// The event form's rules, without a browser: what it sends for a creation and
// an update, how it reads an event, its checks and the rules of its rows.
import { describe, expect, it } from "vitest";
import type { EditableEvent } from "../../graphql/events.ts";
import {
  addCoOrganiser, addSession, addSuggestedPartner, changesOf, checkForm, describedBy, emptyForm, formOf, inputOf, invalid,
  isPlacedField, leadOf, outsideTerritoryWarning, statusOptions,
} from "./event-form.ts";

const LENS = { code: "62498", name: "Lens", postalCodes: ["62300"], epci: { code: "246200364", name: "CA de Lens - Liévin" }, departement: { code: "62" } };
const LIEVIN = { code: "62510", name: "Liévin", postalCodes: ["62800"], epci: { code: "246200364", name: "CA de Lens - Liévin" }, departement: { code: "62" } };

/** An event as EditableEventQuery reads it: a proposed atelier at Le Toit Commun. */
function readEvent(overrides: Partial<EditableEvent> = {}): EditableEvent {
  return {
    id: "atelier-1",
    version: 3,
    title: "Atelier couture",
    type: "ATELIER",
    status: "PROPOSED",
    isDemo: false,
    commune: LENS,
    outsideEditionTerritory: false,
    venueMaison: { id: "le-toit-commun", name: "Le Toit Commun" },
    venueOrganisation: null,
    venueAddress: null,
    sessions: [{ id: "s1", localStart: "2026-11-19T18:00", localEnd: "2026-11-19T20:00" }],
    description: null,
    audiences: ["GRAND_PUBLIC", "ELUS"],
    themes: ["CULTURE"],
    capacity: 30,
    accessibility: [],
    accessibilityNote: null,
    registrationUrl: null,
    coOrganisers: [{ role: "LEAD", organisation: { id: "le-toit-commun-scic", name: "Le Toit Commun (SCIC)", pendingValidation: false } }],
    viewerCanEdit: true,
    edition: { id: "mois-ess-2026", viewerCanManage: true },
    clashes: [],
    moderation: null,
    ...overrides,
  };
}

describe("a new event", () => {
  it("starts as a draft with one session and one lead organisation to fill", () => {
    const form = emptyForm();
    expect(form.status).toBe("DRAFT");
    expect(form.sessions.map(({ start, end }) => ({ start, end }))).toEqual([{ start: "", end: "" }]);
    expect(form.coOrganisers.map(({ organisation, role }) => ({ organisation, role }))).toEqual([{ organisation: null, role: "LEAD" }]);
  });

  it("sends every field the person filled, trimmed, and null for the texts left empty", () => {
    const form = emptyForm();
    form.title = "  Forum de l'ESS ";
    form.type = "FORUM";
    form.maison = "le-toit-commun";
    form.sessions[0].start = "2026-11-05T14:00";
    form.sessions[0].end = "2026-11-05T17:00";
    form.coOrganisers[0].organisation = { id: "emergences-62", name: "Émergences 62" };
    expect(inputOf(form)).toEqual({
      title: "Forum de l'ESS",
      type: "FORUM",
      description: null,
      venue: { maison: "le-toit-commun" },
      audiences: [],
      themes: [],
      capacity: null,
      accessibility: [],
      accessibilityNote: null,
      registrationUrl: null,
      sessions: [{ start: "2026-11-05T14:00", end: "2026-11-05T17:00" }],
      coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }],
      status: "DRAFT",
    });
  });
});

describe("changing an event", () => {
  it("sends only the changed fields", () => {
    const form = formOf(readEvent());
    const before = inputOf(form);
    form.description = "On répare, on coud, on échange.";
    form.capacity = 25;
    expect(changesOf(inputOf(form), before)).toEqual({ description: "On répare, on coud, on échange.", capacity: 25 });
  });

  it("sends nothing when the form is as read, boxes ticked again in another order included", () => {
    const form = formOf(readEvent());
    const before = inputOf(form);
    form.audiences = ["ELUS", "GRAND_PUBLIC"];
    form.title = ` ${form.title} `;
    expect(changesOf(inputOf(form), before)).toEqual({});
  });

  it("sends every session when one of them moves: the API replaces the list", () => {
    const form = formOf(readEvent({
      sessions: [
        { id: "s1", localStart: "2026-11-19T18:00", localEnd: "2026-11-19T20:00" },
        { id: "s2", localStart: "2026-11-20T18:00", localEnd: "2026-11-20T20:00" },
      ],
    }));
    const before = inputOf(form);
    form.sessions[1].start = "2026-11-21T18:00";
    form.sessions[1].end = "2026-11-21T20:00";
    expect(changesOf(inputOf(form), before)).toEqual({
      sessions: [
        { start: "2026-11-19T18:00", end: "2026-11-19T20:00" },
        { start: "2026-11-21T18:00", end: "2026-11-21T20:00" },
      ],
    });
  });

  it("sends a cleared text as null, so that the API empties it", () => {
    const form = formOf(readEvent({ registrationUrl: "https://example.org/inscription" }));
    const before = inputOf(form);
    form.registrationUrl = "  ";
    expect(changesOf(inputOf(form), before)).toEqual({ registrationUrl: null });
  });
});

describe("the venue", () => {
  it("an address venue carries its commune", () => {
    const form = formOf(readEvent({ venueMaison: null, venueAddress: "12 rue de la Gare" }));
    expect(form.venueKind).toBe("address");
    // The commune as chosen, with what tells it from its homonyms.
    expect(form.commune).toEqual(LENS);
    expect(inputOf(form).venue).toEqual({ address: "12 rue de la Gare", commune: "62498" });
  });

  it("a Maison or an organisation's premises give their own commune: the form sends none", () => {
    expect(formOf(readEvent()).commune).toBeNull();
    expect(inputOf(formOf(readEvent())).venue).toEqual({ maison: "le-toit-commun" });
    const atPremises = formOf(readEvent({ venueMaison: null, venueOrganisation: { id: "el-fouad", name: "El Fouad" } }));
    expect(atPremises.venueKind).toBe("organisation");
    expect(inputOf(atPremises).venue).toEqual({ organisation: "el-fouad" });
  });

  it("moving from a Maison to an address sends the new venue whole", () => {
    const form = formOf(readEvent());
    const before = inputOf(form);
    form.venueKind = "address";
    form.address = "Salle des fêtes";
    form.commune = LIEVIN;
    expect(changesOf(inputOf(form), before)).toEqual({ venue: { address: "Salle des fêtes", commune: "62510" } });
  });
});

describe("a commune outside the edition's territory", () => {
  it("is said, with the commune's name, only when the API says the event lies outside", () => {
    expect(outsideTerritoryWarning(readEvent(), "Mois de l'ESS 2026")).toBeNull();
    const outside = readEvent({ commune: { ...LENS, code: "62300", name: "Équihen-Plage", postalCodes: ["62224"] }, outsideEditionTerritory: true });
    expect(outsideTerritoryWarning(outside, "Mois de l'ESS 2026")).toBe(
      "Équihen-Plage est hors du territoire de l'édition « Mois de l'ESS 2026 » : vérifiez le lieu de l'événement.",
    );
  });
});

describe("the co-organisers", () => {
  it("keeps one lead: a new organisation is a partner while the event has a lead", () => {
    const form = formOf(readEvent());
    addCoOrganiser(form);
    expect(form.coOrganisers.map((row) => row.role)).toEqual(["LEAD", "PARTNER"]);
    expect(leadOf(form)).toEqual({ id: "le-toit-commun-scic", name: "Le Toit Commun (SCIC)" });
  });

  it("makes the new organisation the lead when the event has none left", () => {
    const form = formOf(readEvent());
    form.coOrganisers[0].role = "PARTNER";
    addCoOrganiser(form);
    expect(form.coOrganisers.map((row) => row.role)).toEqual(["PARTNER", "LEAD"]);
    expect(leadOf(form)).toBeNull();
  });

  it("adds a suggested organisation as a partner, in the row left empty if there is one", () => {
    const form = formOf(readEvent());
    addCoOrganiser(form);
    addSuggestedPartner(form, { id: "emergences-62", name: "Émergences 62" });
    expect(form.coOrganisers).toHaveLength(2);
    expect(form.coOrganisers[1]).toMatchObject({ organisation: { id: "emergences-62" }, role: "PARTNER" });
    addSuggestedPartner(form, { id: "el-fouad", name: "El Fouad" });
    expect(form.coOrganisers.map((row) => [row.organisation?.id, row.role])).toEqual([
      ["le-toit-commun-scic", "LEAD"], ["emergences-62", "PARTNER"], ["el-fouad", "PARTNER"],
    ]);
  });

  it("gives every row its own key, so that removing one removes its fields", () => {
    const form = emptyForm();
    addCoOrganiser(form);
    addSession(form);
    const keys = [...form.coOrganisers, ...form.sessions].map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("the sessions", () => {
  it("adds a session at the times of the last one", () => {
    const form = formOf(readEvent());
    addSession(form);
    expect(form.sessions.map(({ start, end }) => [start, end])).toEqual([
      ["2026-11-19T18:00", "2026-11-19T20:00"], ["2026-11-19T18:00", "2026-11-19T20:00"],
    ]);
  });
});

describe("checks before sending", () => {
  it("names every field the API would refuse with a less helpful message", () => {
    const form = emptyForm();
    form.capacity = 12.5;
    expect(checkForm(form)).toEqual({
      "venue.maison": "Choisissez une Maison de l'ESS.",
      capacity: "La jauge est un nombre entier de places.",
      "sessions.0.start": "Indiquez le début de la séance.",
      "sessions.0.end": "Indiquez la fin de la séance.",
      "coOrganisers.0.organisation": "Choisissez une organisation.",
    });
    form.venueKind = "address";
    expect(checkForm(form)["venue.address"]).toBe("Indiquez l'adresse.");
    // No commune chosen: nothing typed in the field is taken for a code.
    expect(checkForm(form)["venue.commune"]).toBe("Choisissez la commune de l'adresse, par son nom ou son code postal.");
    form.commune = LENS;
    expect(checkForm(form)["venue.commune"]).toBeUndefined();
    form.venueKind = "organisation";
    expect(checkForm(form)["venue.organisation"]).toBe("Choisissez l'organisation qui accueille l'événement.");
  });

  it("lets the API judge what it says best (an end before its start)", () => {
    const form = formOf(readEvent());
    form.sessions[0].end = "2026-11-19T17:00";
    expect(checkForm(form)).toEqual({});
  });

  it("says a message under its field and points the control at it", () => {
    const errors = { "sessions.0.end": "La fin doit être après le début." };
    expect(invalid(errors, "sessions.0.end")).toBe("true");
    expect(invalid(errors, "sessions.0.start")).toBeUndefined();
    expect(describedBy(errors, "sessions.0.end")).toBe("event-sessions-0-end-error");
    expect(describedBy(errors, "status", "event-status-hint")).toBe("event-status-hint");
    expect(describedBy(errors, "title")).toBeUndefined();
  });

  it("places the API's fields at fault that the form shows, and says the others above its buttons", () => {
    for (const field of ["title", "venue.commune", "sessions.3.end", "coOrganisers.0.role", "status"]) expect(isPlacedField(field), field).toBe(true);
    for (const field of ["edition", "acceptHardClashes", "sessions.x.end", "venue.city"]) expect(isPlacedField(field), field).toBe(false);
  });
});

describe("the statuses offered", () => {
  it("offers an animator the confirmation of a proposed event, and an organisation's editor not", () => {
    expect(statusOptions("PROPOSED", true)).toEqual(["PROPOSED", "DRAFT", "CONFIRMED", "CANCELLED"]);
    expect(statusOptions("PROPOSED", false)).toEqual(["PROPOSED", "DRAFT", "CANCELLED"]);
  });

  it("keeps a confirmed event's status for an editor, and reopens a cancelled one as a draft only", () => {
    expect(statusOptions("CONFIRMED", false)).toEqual(["CONFIRMED", "PROPOSED", "CANCELLED"]);
    expect(statusOptions("CANCELLED", true)).toEqual(["CANCELLED", "DRAFT"]);
  });

  it("creates an event as a draft, proposed, or confirmed by an animator", () => {
    expect(statusOptions(null, true)).toEqual(["DRAFT", "PROPOSED", "CONFIRMED"]);
    expect(statusOptions(null, false)).toEqual(["DRAFT", "PROPOSED"]);
  });
});
