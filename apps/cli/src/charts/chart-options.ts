import { Option } from 'clipanion';

/** `--chart`/`--no-chart`: left out, the command decides (on for daily numbers on a terminal). */
export const chartOption = () =>
  Option.Boolean('--chart', {
    description: 'Print a sparkline line per metric under the summary (default on a terminal for DAY; --no-chart turns it off)',
  });

export const htmlOption = () =>
  Option.String('--html', { description: 'Also write a self-contained page with a chart per metric and the table (no network needed)' });

export const csvOption = () => Option.String('--csv', { description: 'Also write the table of numbers (a column per metric) as CSV' });
