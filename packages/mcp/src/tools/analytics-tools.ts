// Analytics for a day range: the account's and a pin's, each the answer's daily series with its summary.
import { defineTool, ToolInputError } from '../tool-kit.js';
import { day, id, metrics } from '../tool-inputs.js';
import { answer } from '../tool-result.js';
import { READ_ONLY } from './read-tools.js';

// The quickstart's defaults (get-analytics): what most people look at first.
const USER_METRICS = ['IMPRESSION', 'PIN_CLICK_RATE'];
const PIN_METRICS = ['IMPRESSION', 'PIN_CLICK', 'SAVE'];
// Pinterest keeps 90 days of analytics; a longer range is refused before it is asked for.
const MAX_DAYS = 90;

const range = { start_date: day('The first day'), end_date: day('The last day') };

function checkedRange(start: string, end: string): { startDate: string; endDate: string } {
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  if (days < 0) throw new ToolInputError(`end_date ${end} is before start_date ${start}.`);
  if (days >= MAX_DAYS) throw new ToolInputError(`The range is ${days + 1} days; Pinterest answers at most ${MAX_DAYS}.`);
  return { startDate: start, endDate: end };
}

export const getUserAnalytics = defineTool({
  name: 'get_user_analytics',
  needs: ['getUserAnalytics'],
  title: "The account's analytics",
  description: `The account's metrics by day for a range of at most ${MAX_DAYS} days, with a summary of each. Default metrics: ${USER_METRICS.join(', ')}.`,
  input: { ...range, metrics },
  annotations: READ_ONLY,
  run: async ({ start_date, end_date, metrics: names }, { account }) => {
    const days = checkedRange(start_date, end_date);
    return answer(await (await account()).getUserAnalytics(days, names ?? USER_METRICS));
  },
});

export const getPinAnalytics = defineTool({
  name: 'get_pin_analytics',
  needs: ['getPinAnalytics'],
  title: "A pin's analytics",
  description: `One pin's metrics by day for a range of at most ${MAX_DAYS} days, with a summary of each. Default metrics: ${PIN_METRICS.join(', ')}.`,
  input: { pin_id: id('The pin id'), ...range, metrics },
  annotations: READ_ONLY,
  run: async ({ pin_id, start_date, end_date, metrics: names }, { account }) => {
    const days = checkedRange(start_date, end_date);
    return answer(await (await account()).getPinAnalytics(pin_id, days, names ?? PIN_METRICS));
  },
});
