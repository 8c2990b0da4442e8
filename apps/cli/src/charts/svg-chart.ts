import type { AnalyticsSeries } from '@pinkit/api-v5';
import { escapeHtml } from './escape-html.js';
import { formatNumber } from './series-stats.js';

const WIDTH = 760;
const HEIGHT = 240;
const LEFT = 72;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;
const X_LABELS = 6;

const fixed = (value: number) => String(Math.round(value * 10) / 10);

/** Up to `count` indexes spread over `length`, first and last included. */
function spread(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, index) => index);
  return [...new Set(Array.from({ length: count }, (_, step) => Math.round((step * (length - 1)) / (count - 1))))];
}

/**
 * One series as an inline SVG line chart: a y axis from 0 (or the minimum, if negative) to the
 * maximum, dates under the x axis, the line broken at every gap, and a dot per known value whose
 * `<title>` is the hover text. No script: the page needs nothing but the browser.
 */
export function svgChart(series: AnalyticsSeries, label: string): string {
  const points = series.points;
  const known = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const low = Math.min(0, ...known);
  const top = Math.max(0, ...known);
  // An all-zero series still needs a scale to draw its flat line on.
  const high = top === low ? low + 1 : top;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) => LEFT + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number) => TOP + plotHeight - ((value - low) / (high - low)) * plotHeight;
  const parts: string[] = [];
  for (const tick of [low, (low + high) / 2, high]) {
    parts.push(`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}"/>`);
    parts.push(`<text class="y-label" x="${LEFT - 6}" y="${fixed(y(tick) + 4)}" text-anchor="end">${formatNumber(tick)}</text>`);
  }
  for (const index of spread(points.length, X_LABELS)) {
    const date = escapeHtml(points[index]?.date ?? '');
    // The last date ends at the right edge rather than running off the picture.
    const anchor = index === points.length - 1 && points.length > 1 ? 'end' : index === 0 && points.length > 1 ? 'start' : 'middle';
    parts.push(`<text class="x-label" x="${fixed(x(index))}" y="${HEIGHT - BOTTOM + 18}" text-anchor="${anchor}">${date}</text>`);
  }
  let path = '';
  let drawing = false;
  points.forEach((point, index) => {
    if (point.value === null) return void (drawing = false);
    path += `${drawing ? 'L' : 'M'}${fixed(x(index))} ${fixed(y(point.value))}`;
    drawing = true;
  });
  if (path) parts.push(`<path class="line" d="${path}"/>`);
  points.forEach((point, index) => {
    if (point.value === null) return;
    const title = `${escapeHtml(point.date)}: ${formatNumber(point.value)}`;
    parts.push(`<circle class="point" cx="${fixed(x(index))}" cy="${fixed(y(point.value))}" r="3"><title>${title}</title></circle>`);
  });
  if (known.length === 0)
    parts.push(`<text class="empty" x="${LEFT + plotWidth / 2}" y="${TOP + plotHeight / 2}">No data for this range</text>`);
  const axes = `<path class="axis" d="M${LEFT} ${TOP}V${TOP + plotHeight}H${WIDTH - RIGHT}"/>`;
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">${axes}${parts.join('')}</svg>`
  );
}
