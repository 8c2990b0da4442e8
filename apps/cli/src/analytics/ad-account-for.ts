import type { BaseContext } from 'clipanion';
import type { AnalyticsReader } from '@pinkit/account';
import { openPrompter } from '../input/ask.js';
import { InputError } from '../output/describe-error.js';
import { chooseAdsIds } from './choose-ads-ids.js';

/**
 * The ad account of `--ad-account-id`, or one chosen from the user's on a terminal. Checked
 * before the API is opened, so a bad or missing id costs no request (nor a sign-in).
 */
export async function adAccountFor<A extends Pick<AnalyticsReader, 'listAdsChoices'>>(
  context: BaseContext,
  given: string | undefined,
  open: () => Promise<A>,
): Promise<{ pinterest: A; adAccountId: string }> {
  if (given !== undefined && !/^\d+$/.test(given)) throw new InputError(`Invalid --ad-account-id: "${given}" is not a numeric id.`);
  const interactive = Boolean((context.stdin as { isTTY?: boolean }).isTTY);
  if (!given && !interactive) throw new InputError('Missing --ad-account-id: the input is not a terminal to choose on.');
  const pinterest = await open();
  if (given) return { pinterest, adAccountId: given };
  const prompter = await openPrompter(context.stdin, context.stderr);
  try {
    const ids = await chooseAdsIds(pinterest, prompter, 'ad_account', {}, (text) => void context.stderr.write(text));
    return { pinterest, adAccountId: ids.adAccountId };
  } finally {
    prompter.close();
  }
}
