// The CSV templates animators fill in: the columns the import reads, a line
// of example, written as a French spreadsheet opens them (`;`, UTF-8 with BOM).
import { Router } from "express";
import { stringify } from "csv-stringify/sync";
import type { RouteDependencies } from "../core/module.ts";
import { EVENT_COLUMNS, ORGANISATION_COLUMNS } from "./import.sources.ts";

export const EVENT_TEMPLATE_PATH = "/imports/modele-evenements.csv";
export const ORGANISATION_TEMPLATE_PATH = "/imports/modele-organisations.csv";

const EVENT_EXAMPLE = [
  "atelier-reemploi-2026", "Atelier réemploi et réparation", "Atelier", "Venez réparer vos objets avec les bénévoles.",
  "05/11/2026 14:00", "05/11/2026 17:00", "12 rue Paul Bert", "62498", "", "", "", "https://exemple.org/inscription", "20",
];
const ORGANISATION_EXAMPLE = [
  "La Fabrique solidaire", "", "Association loi 1901", "3 place Jean Jaurès", "", "62300", "Lens", "Culture | Insertion et emploi",
  "12", "2025", "contact@exemple.org", "03 21 00 00 00", "https://exemple.org",
];

function template(columns: readonly (readonly [string, string])[], example: string[]): string {
  return `\uFEFF${stringify([columns.map(([name]) => name), example], { delimiter: ";", record_delimiter: "\r\n" })}`;
}

export function importTemplateRoutes(_dependencies: RouteDependencies): Router {
  const send = (fileName: string, body: string) => (_request: unknown, response: import("express").Response) => {
    response.type("text/csv; charset=utf-8").attachment(fileName).send(body);
  };
  return Router()
    .get(EVENT_TEMPLATE_PATH, send("modele-evenements.csv", template(EVENT_COLUMNS, EVENT_EXAMPLE)))
    .get(ORGANISATION_TEMPLATE_PATH, send("modele-organisations.csv", template(ORGANISATION_COLUMNS, ORGANISATION_EXAMPLE)));
}
