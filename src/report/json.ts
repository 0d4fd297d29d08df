import type { Report } from './model.js';

/** The JSON report (docs/report.schema.json), pretty-printed with a final newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
