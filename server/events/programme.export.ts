// Downloads of an edition, public as the programme and the bilan are:
//   GET /exports/editions/:id/programme.pdf?epci=<SIREN>&commune=<INSEE>&day=2026-11-12
//       the printable programme: confirmed events only, grouped by day
//   GET /exports/editions/:id/bilan.csv   the bilan next to the previous edition's
//   GET /exports/editions/:id/bilan.pdf   the same, to print or attach
// PDFs use the standard PDF fonts, whose Windows-1252 encoding covers every
// French letter (é, à, ç, œ, « »): nothing to embed, and pdftotext reads the
// text back.
import { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify";
import PDFDocument from "pdfkit";
import type { PrismaClient } from "../core/database.ts";
import type { RouteDependencies } from "../core/module.ts";
import { spreadsheetSafe } from "../core/csv.ts";
import { ACCESSIBILITY_LABEL, EVENT_TYPE_LABEL, REPORT_FIGURE_LABEL } from "../core/labels.ts";
import { printableProgramme, requireEditionById, type PrintableProgramme, type ProgrammeSession } from "./programme.service.ts";
import { editionReport, type ReportFigures } from "./edition.service.ts";
import { isoDay } from "./paris-time.ts";

export function programmeExportRoutes({ prisma }: RouteDependencies): Router {
  return Router()
    .get("/exports/editions/:id/programme.pdf", programmePdf(prisma))
    .get("/exports/editions/:id/bilan.csv", bilanCsv(prisma))
    .get("/exports/editions/:id/bilan.pdf", bilanPdf(prisma));
}

const text = (request: Request, name: string) => (typeof request.query[name] === "string" && request.query[name] ? (request.query[name] as string) : undefined);

// ─── French words ───────────────────────────────────────────────────────────

/** "jeudi 12 novembre 2026" for a Paris day "2026-11-12". */
export function frenchLongDay(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

const frenchTime = (time: string) => time.replace(":", " h ");
const frenchNumber = (value: number) => value.toLocaleString("fr-FR").replace(/[\u202f\u00a0]/g, " ");

/** Text the standard fonts can draw: thin spaces become spaces, what Windows-1252 lacks becomes « ? ». */
function drawable(value: string): string {
  return value
    .replace(/[\u2009\u202f]/g, " ")
    .replace(/[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g, "?");
}

// ─── The printable programme ────────────────────────────────────────────────

function scopeLine(programme: PrintableProgramme): string {
  const parts = [
    programme.epci ? programme.epci.name : null,
    programme.commune ? programme.commune.name : null,
    programme.day ? frenchLongDay(programme.day) : null,
  ].filter(Boolean);
  const edition = programme.edition;
  const span = `du ${frenchLongDay(isoDay(edition.startsOn))} au ${frenchLongDay(isoDay(edition.endsOn))}`;
  return parts.length ? `${parts.join(" · ")} — édition ${span}` : `Édition ${span}`;
}

function whenOf(session: ProgrammeSession): string {
  const end = session.endDay === session.day ? frenchTime(session.endTime) : `${frenchLongDay(session.endDay)}, ${frenchTime(session.endTime)}`;
  return `${frenchTime(session.startTime)} – ${end}`;
}

function placeOf(session: ProgrammeSession): string {
  return [session.venueName, session.venueAddress, session.communeName].filter((part): part is string => Boolean(part?.trim())).join(", ");
}

function newDocument(title: string) {
  return new PDFDocument({ size: "A4", margin: 50, bufferPages: true, info: { Title: drawable(title), Author: "Maillage", Creator: "Maillage" } });
}

function sendPdf(response: Response, doc: PDFKit.PDFDocument, name: string) {
  response.setHeader("content-type", "application/pdf");
  response.setHeader("content-disposition", `attachment; filename="${name}"`);
  doc.pipe(response);
  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor("black")
      .text(`Page ${index + 1} sur ${range.count}`, 50, doc.page.height - 35, { width: doc.page.width - 100, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}

function programmePdf(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    const programme = await printableProgramme(prisma, String(request.params.id), {
      epci: text(request, "epci"), commune: text(request, "commune"), day: text(request, "day"),
    });
    const { edition, sessions } = programme;
    const doc = newDocument(`Programme — ${edition.title}`);
    doc.font("Helvetica-Bold").fontSize(18).text(drawable(edition.title));
    doc.font("Helvetica").fontSize(11).text(drawable(scopeLine(programme)));
    if (edition.isDemo) {
      doc.moveDown(0.3).font("Helvetica-Oblique").fontSize(10)
        .text("Programme de démonstration : ses événements sont fictifs et n'auront pas lieu.");
    }
    doc.moveDown(0.5).font("Helvetica").fontSize(9).text("Événements confirmés, heures de Paris.");
    if (!sessions.length) doc.moveDown().font("Helvetica-Oblique").fontSize(11).text("Aucun événement confirmé pour ces critères.");

    let day: string | null = null;
    for (const session of sessions) {
      if (session.day !== day) {
        day = session.day;
        const heading = frenchLongDay(day);
        // A day's heading never ends a page on its own.
        if (doc.y > doc.page.height - 150) doc.addPage();
        doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).text(heading.charAt(0).toUpperCase() + heading.slice(1));
        doc.moveTo(50, doc.y + 2).lineTo(doc.page.width - 50, doc.y + 2).lineWidth(0.5).stroke("black");
        doc.moveDown(0.4);
      }
      if (doc.y > doc.page.height - 110) doc.addPage();
      doc.moveDown(0.3).font("Helvetica-Bold").fontSize(10.5).text(drawable(`${whenOf(session)}   ${session.title}`));
      doc.font("Helvetica").fontSize(9.5);
      doc.text(drawable(`${EVENT_TYPE_LABEL[session.type]} · ${placeOf(session)}`), { indent: 12 });
      if (session.organisers.length) doc.text(drawable(`Organisé par ${session.organisers.join(", ")}`), { indent: 12 });
      const access = [...session.accessibility.map((item) => ACCESSIBILITY_LABEL[item]), session.accessibilityNote].filter(Boolean);
      if (access.length) doc.text(drawable(`Accessibilité : ${access.join(" ; ")}`), { indent: 12 });
      if (session.isDemo) doc.font("Helvetica-Oblique").text("Démonstration (fictif)", { indent: 12 });
    }
    const suffix = [programme.epci?.code, programme.commune?.code, programme.day].filter(Boolean).join("-");
    sendPdf(response, doc, `programme-${edition.id}${suffix ? `-${suffix}` : ""}.pdf`);
  };
}

// ─── The bilan ──────────────────────────────────────────────────────────────

interface BilanLine {
  label: string;
  value: (figures: ReportFigures) => number;
}

/** The bilan's lines, in the order of the report view (web/src/routes/planning/ReportView.svelte). */
function bilanLines(current: ReportFigures, previous: ReportFigures | null): BilanLine[] {
  const types = [...new Set([...current.byType, ...(previous?.byType ?? [])].map((item) => item.type))];
  return [
    ...(Object.entries(REPORT_FIGURE_LABEL) as [keyof typeof REPORT_FIGURE_LABEL, string][]).map(([key, label]) => ({
      label, value: (f: ReportFigures) => f[key],
    })),
    ...types.map((type) => ({
      label: `Événements confirmés : ${EVENT_TYPE_LABEL[type]}`,
      value: (f: ReportFigures) => f.byType.find((item) => item.type === type)?.events ?? 0,
    })),
  ];
}

async function bilanOf(prisma: PrismaClient, id: string) {
  const edition = await requireEditionById(prisma, id);
  const report = await editionReport(prisma, edition);
  const previous = report.previousEditionId ? await prisma.edition.findUnique({ where: { id: report.previousEditionId } }) : null;
  return { edition, current: report.current, previous: report.previous, previousEdition: previous };
}

function bilanCsv(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    const { edition, current, previous, previousEdition } = await bilanOf(prisma, String(request.params.id));
    const columns = ["Indicateur", edition.title, ...(previousEdition ? [previousEdition.title] : [])];
    response.setHeader("content-type", "text/csv; charset=utf-8");
    response.setHeader("content-disposition", `attachment; filename="bilan-${edition.id}.csv"`);
    // As the organisations CSV: a BOM and ";" for spreadsheets, text through spreadsheetSafe (core/csv.ts).
    const csv = stringify({ delimiter: ";", bom: true, record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
    csv.pipe(response);
    csv.write(columns.map(spreadsheetSafe));
    for (const line of bilanLines(current, previous)) {
      csv.write([spreadsheetSafe(line.label), line.value(current), ...(previous ? [line.value(previous)] : [])]);
    }
    csv.end();
  };
}

function bilanPdf(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    const { edition, current, previous, previousEdition } = await bilanOf(prisma, String(request.params.id));
    const doc = newDocument(`Bilan — ${edition.title}`);
    doc.font("Helvetica-Bold").fontSize(18).text(drawable(`Bilan — ${edition.title}`));
    doc.font("Helvetica").fontSize(11).text(drawable(`Du ${frenchLongDay(isoDay(edition.startsOn))} au ${frenchLongDay(isoDay(edition.endsOn))}`));
    if (edition.isDemo) doc.moveDown(0.3).font("Helvetica-Oblique").fontSize(10).text("Édition de démonstration : ses événements sont fictifs.");
    doc.moveDown(0.5).font("Helvetica").fontSize(9).text("Événements confirmés ; les annulés sont comptés à part.");
    if (previousEdition) doc.text(drawable(`Comparé à l'édition précédente : ${previousEdition.title}.`));
    doc.moveDown();
    const left = 50;
    const valueWidth = 95;
    const labelWidth = doc.page.width - 100 - 2 * valueWidth;
    const row = (cells: string[], bold: boolean) => {
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
      doc.text(drawable(cells[0]), left, y, { width: labelWidth - 10 });
      const bottom = doc.y;
      cells.slice(1).forEach((cell, index) => {
        doc.text(drawable(cell), left + labelWidth + index * valueWidth, y, { width: valueWidth - 5, align: "right" });
      });
      doc.y = Math.max(bottom, doc.y) + 4;
      doc.x = left;
    };
    // The columns are named by their year; the titles are above and below.
    row(["Indicateur", String(edition.year), ...(previousEdition ? [String(previousEdition.year)] : [])], true);
    for (const line of bilanLines(current, previous)) {
      row([line.label, frenchNumber(line.value(current)), ...(previous ? [frenchNumber(line.value(previous))] : [])], false);
    }
    sendPdf(response, doc, `bilan-${edition.id}.pdf`);
  };
}
