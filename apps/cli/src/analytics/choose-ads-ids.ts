import type { AdsAnalyticsLevel, AdsChoice, AdsIds, AnalyticsReader } from '@pinkit/account';
import type { Prompter } from '../input/ask.js';
import { InputError } from '../output/describe-error.js';
import { terminalSafe } from '../output/terminal-safe.js';

/** Each level's flag and what it is called in a question, from the top of the tree down. */
export const ADS_LEVELS: ReadonlyArray<{ level: AdsAnalyticsLevel; key: keyof AdsIds; flag: string; noun: string }> = [
  { level: 'ad_account', key: 'adAccountId', flag: '--ad-account-id', noun: 'ad account' },
  { level: 'campaign', key: 'campaignId', flag: '--campaign-id', noun: 'campaign' },
  { level: 'ad_group', key: 'adGroupId', flag: '--ad-group-id', noun: 'ad group' },
  { level: 'ad', key: 'adId', flag: '--ad-id', noun: 'ad' },
];

/** Most choices listed; an account with more is better served by the id flags. */
const MAX_CHOICES = 100;

/**
 * Fills the ids a level needs, top down. A given id is used as it is; a missing one is chosen
 * from a list on a terminal (`prompter`), and without one it is an InputError naming the flag.
 */
export async function chooseAdsIds(
  pinterest: Pick<AnalyticsReader, 'listAdsChoices'>,
  prompter: Prompter | undefined,
  level: AdsAnalyticsLevel,
  given: Partial<AdsIds>,
  write: (text: string) => void,
): Promise<AdsIds> {
  const ids: Partial<AdsIds> = { ...given };
  for (const step of ADS_LEVELS.slice(0, ADS_LEVELS.findIndex((entry) => entry.level === level) + 1)) {
    if (ids[step.key]) continue;
    if (!prompter) throw new InputError(`Missing ${step.flag}: which ${step.noun}; the input is not a terminal to choose on.`);
    const choices: AdsChoice[] = [];
    for await (const item of pinterest.listAdsChoices(step.level, ids)) {
      choices.push(item);
      if (choices.length === MAX_CHOICES) break;
    }
    ids[step.key] = await chooseOne(prompter, step.noun, step.flag, choices, write);
  }
  return ids as AdsIds;
}

/** Shows a numbered list and asks for a number; an empty list or no answer is an InputError. */
export async function chooseOne(
  prompter: Prompter,
  noun: string,
  flag: string,
  choices: readonly AdsChoice[],
  write: (text: string) => void,
): Promise<string> {
  if (choices.length === 0) throw new InputError(`There is no ${noun} to choose from; give ${flag}.`);
  choices.forEach((item, index) => write(`  ${index + 1}. ${terminalSafe(item.id)}  ${terminalSafe(item.name)}\n`));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const answer = await prompter.question(`Which ${noun}? [1-${choices.length}] `);
    if (answer === '') break;
    const chosen = choices[Number(answer) - 1];
    if (/^\d+$/.test(answer) && chosen) return chosen.id;
    write(`Please type a number from 1 to ${choices.length}.\n`);
  }
  throw new InputError(`No ${noun} chosen; give ${flag}.`);
}
