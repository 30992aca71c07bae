// Every scenario of the bench, in the order of the report. A module that adds
// queries adds its scenarios here.
import type { Scenario } from "./scenario.ts";
import { essScenarios } from "./ess.ts";
import { eventScenarios } from "./events.ts";
import { pageScenarios } from "./pages.ts";
import { territoryScenarios } from "./territories.ts";

export const scenarios: Scenario[] = [...territoryScenarios, ...essScenarios, ...pageScenarios, ...eventScenarios];
