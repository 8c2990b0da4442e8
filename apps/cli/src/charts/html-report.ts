import type { AnalyticsSeries } from '@pinkit/api-v5';
import { escapeHtml } from './escape-html.js';
import { seriesTable } from './series-table.js';
import { formatChange, formatNumber, seriesLabel, seriesStats } from './series-stats.js';
import { svgChart } from './svg-chart.js';

// The policy forbids every fetch and every script, so the page cannot reach the network even if
// server text somehow slipped through unescaped.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 24px 0 4px; }
.stats { color: #57606a; margin: 0 0 4px; }
svg.chart { max-width: 100%; height: auto; }
.axis { stroke: #57606a; fill: none; } .grid { stroke: #d0d7de; stroke-dasharray: 2 3; }
.line { stroke: #bd081c; stroke-width: 2; fill: none; } .point { fill: #bd081c; } .point:hover { r: 6; }
.x-label, .y-label, .empty { font-size: 11px; fill: #57606a; } .empty { font-size: 14px; text-anchor: middle; }
table { border-collapse: collapse; margin-top: 8px; } th, td { border: 1px solid #d0d7de; padding: 2px 8px; }
td { text-align: right; font-variant-numeric: tabular-nums; } td:first-child { text-align: left; }
`;

function statsLine(series: AnalyticsSeries): string {
  const stats = seriesStats(series);
  if (!stats) return 'No data for this range.';
  const change = stats.change === undefined ? 'no change to compare' : `${formatChange(stats.change)} vs first half`;
  return escapeHtml(
    `${stats.kind} ${formatNumber(stats.figure)} · min ${formatNumber(stats.min.value)} (${stats.min.date}) · ` +
      `max ${formatNumber(stats.max.value)} (${stats.max.date}) · ${change}`,
  );
}

/**
 * One self-contained page: a chart per series, then the table of numbers. Inline SVG and CSS
 * only, no script and nothing fetched; every piece of server text is escaped.
 */
export function htmlReport(series: readonly AnalyticsSeries[], title: string): string {
  const charts = series.map((one) => {
    const label = seriesLabel(one);
    return `<section class="metric"><h2>${escapeHtml(label)}</h2><p class="stats">${statsLine(one)}</p>${svgChart(one, label)}</section>`;
  });
  const table = seriesTable(series);
  const head = `<tr><th>Date</th>${table.labels.map((label) => `<th>${escapeHtml(label)}</th>`).join('')}</tr>`;
  const cell = (value: number | null) => `<td>${value === null ? '' : formatNumber(value)}</td>`;
  const rows = table.rows.map((row) => `<tr><td>${escapeHtml(row.date)}</td>${row.values.map(cell).join('')}</tr>`);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    series.length === 0 ? '<p>No metrics in this answer.</p>' : charts.join('\n'),
    '<h2>Numbers</h2>',
    `<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`,
    '</body></html>',
    '',
  ].join('\n');
}
