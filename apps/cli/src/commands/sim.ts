import { once } from 'node:events';
import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { ReportOutcome } from '@pinkit/sim';
import { PinkitCommand } from '../base/pinkit-command.js';
import { InputError } from '../output/describe-error.js';
import { rateLimitsOf } from '../sim/rate-limits-of.js';

const count = () => t.cascade(t.isNumber(), [t.isInteger(), t.isAtLeast(0)]);

/** The simulator's knobs as option factories, shared by `pinkit sim` and `pinkit demo`. */
export const simKnob = {
  // Capped well below 2^31-1 ms, past which Node's timers fire at once with a TimeoutOverflowWarning.
  latency: () =>
    Option.String('--latency', {
      description: 'Milliseconds added to every response',
      validator: t.cascade(t.isNumber(), [t.isInteger(), t.isAtLeast(0), t.isAtMost(60_000)]),
    }),
  writeRate: () =>
    Option.String('--write-rate', {
      description: 'Writes per second per user before a 429: the org_write limit (default: 100 a minute)',
      validator: t.cascade(t.isNumber(), [t.isAtLeast(0.1)]),
    }),
  rateLimit: () =>
    Option.Array('--rate-limit', {
      description: 'A rate limit per user, CATEGORY=N/min or CATEGORY=N/s (repeatable), or off (default: Pinterest Standard access)',
    }),
  faultRate: () =>
    Option.String('--fault-rate', {
      description: 'Share of requests, 0 to 1, that fail with a 5xx or a dropped connection',
      validator: t.cascade(t.isNumber(), [t.isInInclusiveRange(0, 1)]),
    }),
  boards: () => Option.String('--boards', { description: 'Boards seeded for the demo user', validator: count() }),
  pinsPerBoard: () => Option.String('--pins-per-board', { description: 'Pins on each seeded board', validator: count() }),
  seed: () => Option.String('--seed', { description: 'Seed for the generated data, tokens and faults', validator: count() }),
  autoApprove: () =>
    Option.Boolean('--auto-approve', false, { description: 'Skip the OAuth consent page and approve at once (headless runs)' }),
  accessTokenTtl: () =>
    Option.String('--access-token-ttl', {
      description: 'Seconds an access token lives (default 30 days)',
      validator: t.cascade(t.isNumber(), [t.isInteger(), t.isAtLeast(1)]),
    }),
  refreshTokenTtl: () =>
    Option.String('--refresh-token-ttl', {
      description: 'Seconds a refresh token lives (default 60 days; every refresh renews it)',
      validator: t.cascade(t.isNumber(), [t.isInteger(), t.isAtLeast(1)]),
    }),
  reportOutcome: () =>
    Option.String('--report-outcome', {
      description: 'How ads reports end after one IN_PROGRESS poll: finished (default), failed, expired or cancelled',
      validator: t.isEnum(['finished', 'failed', 'expired', 'cancelled']),
    }),
  trialAccess: () =>
    Option.Boolean('--trial-access', false, {
      description: 'Act as for an app with Trial access: 1,000 requests a day, writes refused (code 29) with a pointer to the API sandbox',
    }),
};

type SimKnobs = { [K in keyof typeof simKnob]?: unknown };

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function simulatorOptions(knobs: SimKnobs, port?: unknown) {
  const num = (v: unknown) => (v === undefined ? undefined : Number(v));
  return defined({
    port: num(port),
    latencyMs: num(knobs.latency),
    rateLimits: rateLimitsOf(knobs.rateLimit),
    writeRate: num(knobs.writeRate),
    faultRate: num(knobs.faultRate),
    boards: num(knobs.boards),
    pinsPerBoard: num(knobs.pinsPerBoard),
    seed: num(knobs.seed),
    autoApprove: knobs.autoApprove === true ? true : undefined,
    accessTokenTtlSeconds: num(knobs.accessTokenTtl),
    refreshTokenTtlSeconds: num(knobs.refreshTokenTtl),
    reportOutcome: typeof knobs.reportOutcome === 'string' ? (knobs.reportOutcome.toUpperCase() as ReportOutcome) : undefined,
    trialAccess: knobs.trialAccess === true ? true : undefined,
  });
}

export class SimCommand extends PinkitCommand {
  static override paths = [['sim']];

  static override usage = Command.Usage({
    category: 'Simulator',
    description: 'Run the local Pinterest simulator',
    details: `
      Starts a stateful Pinterest stand-in on loopback (API v5, the OAuth pages and v3's reads),
      prints the environment that points pinkit at it as \`export\` lines, and serves until
      stopped with Ctrl-C. ACCESS_TOKEN is the demo user's token (boards, sections, pins);
      TARGET_ACCESS_TOKEN belongs to a second, empty user. V3_ACCESS_TOKEN and
      V3_TARGET_ACCESS_TOKEN are theirs for v3 (\`-v 3 -a v3_access_token\`).

      Pinterest's rate limits are on by default, per user per app at the documented Standard-access
      quotas (org_read 1000 a minute, org_write 100, ..., and 100 requests a second in all): a call
      over one gets 429 with Retry-After, and every answer carries X-RateLimit-Limit, -Remaining
      and -Reset. \`--rate-limit\` changes a category (or \`universal\`), or lifts them all with \`off\`.
    `,
    examples: [
      ['Start on a random port', '$0 sim'],
      ['A slow, flaky, rate-limited Pinterest on port 8500', '$0 sim --port 8500 --latency 100 --write-rate 10 --fault-rate 0.05'],
      ['Tighter limits for pins and boards, looser for reads', '$0 sim --rate-limit org_write=20/min --rate-limit org_read=5000/min'],
      ['No rate limits at all', '$0 sim --rate-limit off'],
      ['An app with Trial access: reads only, 1,000 requests a day', '$0 sim --trial-access'],
      ['Sign in without a consent page, with tokens that expire in a minute', '$0 sim --auto-approve --access-token-ttl 60'],
    ],
  });

  port = Option.String('--port', '0', {
    description: 'Port to listen on (default: any free port)',
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(0, 65535)]),
  });

  latency = simKnob.latency();
  writeRate = simKnob.writeRate();
  rateLimit = simKnob.rateLimit();
  faultRate = simKnob.faultRate();
  boards = simKnob.boards();
  pinsPerBoard = simKnob.pinsPerBoard();
  seed = simKnob.seed();
  autoApprove = simKnob.autoApprove();
  accessTokenTtl = simKnob.accessTokenTtl();
  refreshTokenTtl = simKnob.refreshTokenTtl();
  reportOutcome = simKnob.reportOutcome();
  trialAccess = simKnob.trialAccess();

  protected async run() {
    const { startSimulator } = await import('@pinkit/sim');
    const sim = await startSimulator(simulatorOptions(this, this.port)).catch((error: unknown) => {
      // A category or quota the simulator does not know is a typing error, like a bad flag value.
      if (error instanceof Error && error.name === 'SimulatorOptionsError' && (error as { option?: unknown }).option === 'rateLimits') {
        throw new InputError(`Invalid value for --rate-limit: ${error.message}`);
      }
      throw error;
    });
    const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
    for (const [name, value] of Object.entries(sim.env())) this.context.stdout.write(`export ${name}=${quote(value)}\n`);
    this.context.stderr.write(`Pinterest simulator listening on ${sim.url} (Ctrl-C stops it).\n`);
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    await sim.stop();
    this.context.stderr.write('Simulator stopped.\n');
  }
}
