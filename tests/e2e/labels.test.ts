// Every value of every enum of the API has its French label, in the one file
// the server and the web app share: a value added to the schema shows up here
// rather than as "undefined" on a page, in a spreadsheet or a calendar.
import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

// Enum of the schema → the export of server/core/labels.ts that names its values.
const LABELS_OF_ENUM: Record<string, string> = {
  TerritoryKind: "KIND_LABEL",
  EpciNature: "EPCI_NATURE_LABEL",
  LegalForm: "LEGAL_FORM_LABEL",
  EssFamily: "FAMILY_LABEL",
  Sector: "SECTOR_LABEL",
  CooperationKind: "COOPERATION_KIND_LABEL",
  TieProvenance: "TIE_PROVENANCE_LABEL",
  TieSource: "TIE_SOURCE_LABEL",
  GraphNodeOrder: "GRAPH_NODE_ORDER_LABEL",
  CollectiveKind: "COLLECTIVE_KIND_LABEL",
  CollectiveStructure: "COLLECTIVE_STRUCTURE_LABEL",
  MembershipRole: "MEMBERSHIP_ROLE_LABEL",
  MaisonRoleKind: "MAISON_ROLE_LABEL",
  SpaceKind: "SPACE_KIND_LABEL",
  IndicatorKind: "INDICATOR_KIND_LABEL",
  EventType: "EVENT_TYPE_LABEL",
  EventStatus: "EVENT_STATUS_LABEL",
  EventOrder: "EVENT_ORDER_LABEL",
  EditionState: "EDITION_STATE_LABEL",
  Certainty: "CERTAINTY_LABEL",
  SourceKind: "SOURCE_KIND_LABEL",
  Audience: "AUDIENCE_LABEL",
  Accessibility: "ACCESSIBILITY_LABEL",
  CoOrganiserRole: "CO_ORGANISER_ROLE_LABEL",
  ClashSeverity: "CLASH_SEVERITY_LABEL",
  ClashReasonKind: "CLASH_REASON_KIND_LABEL",
  RoleKind: "ROLE_KIND_LABEL",
  InvitationState: "INVITATION_STATE_LABEL",
  AuditAction: "AUDIT_ACTION_LABEL",
  ModerationDecision: "MODERATION_DECISION_LABEL",
  MailTopic: "MAIL_TOPIC_LABEL",
  ImportKind: "IMPORT_KIND_LABEL",
  ImportFormat: "IMPORT_FORMAT_LABEL",
  ImportState: "IMPORT_STATE_LABEL",
  ImportRowClass: "IMPORT_ROW_CLASS_LABEL",
  DuplicateChoice: "DUPLICATE_CHOICE_LABEL",
};

describe("French labels of the enums", () => {
  it("name every value of every enum of schema.graphql, and nothing else", async () => {
    const labels: Record<string, Record<string, string> | undefined> = await import("../../server/core/labels.ts");
    const enums = Object.values(schema.getTypeMap()).filter(isEnumType).filter((type) => !type.name.startsWith("__"));
    expect(enums.map((type) => type.name).sort()).toEqual(Object.keys(LABELS_OF_ENUM).sort());
    for (const type of enums) {
      const label = labels[LABELS_OF_ENUM[type.name]];
      expect(Object.keys(label ?? {}).sort(), type.name).toEqual(type.getValues().map((value) => value.name).sort());
      expect(Object.values(label ?? {}).every((text) => text.trim().length > 0), type.name).toBe(true);
    }
  });
});
