import { Command } from 'clipanion';
import type { Logger } from '@pinkit/http';
import { openCliAccount } from '../base/open-cli-account.js';
import { requireV5 } from '../base/require-v5.js';
import { PinkitCommand } from '../base/pinkit-command.js';
import { readPinkitConfig } from '../config/pinkit-config.js';
import { simKnob, simulatorOptions } from './sim.js';

export class DemoCommand extends PinkitCommand {
  static override paths = [['demo']];

  static override usage = Command.Usage({
    category: 'Simulator',
    description: 'Tour pinkit against the embedded simulator (no Pinterest account needed)',
    details: `
      Starts the simulator, lists the demo account's boards, shows one board with its pins and
      one pin, using the same commands you would run against Pinterest, then stops.
    `,
    examples: [
      ['Run the tour', '$0 demo'],
      ['The tour with every request and response', '$0 demo -l 3'],
    ],
  });

  latency = simKnob.latency();
  boards = simKnob.boards();
  pinsPerBoard = simKnob.pinsPerBoard();
  seed = simKnob.seed();

  protected async run() {
    const { startSimulator } = await import('@pinkit/sim');
    const sim = await startSimulator(simulatorOptions(this));
    try {
      const env = { ...this.context.env, ...sim.env() };
      // The tour's own look-ups stay quiet: the steps below show their requests.
      const quiet: Logger = { level: 0, log: () => undefined };
      const config = readPinkitConfig(env);
      requireV5(config.apiVersion, 'demo');
      const pinterest = await openCliAccount(config, sim.env().ACCESS_TOKEN!, quiet);
      if (pinterest.version !== 5) throw new Error('demo tours API v5.');
      let board;
      for await (const candidate of pinterest.listBoards()) if ((candidate.pin_count ?? 0) > 0 && (board = candidate)) break;
      let pin;
      for await (const candidate of board ? pinterest.listBoardPins(board.id as string) : [])
        if ((candidate.media as { media_type?: string } | undefined)?.media_type === 'image' && (pin = candidate)) break;

      const common = ['-l', String(this.logLevel), ...(this.json ? ['--json'] : [])];
      const steps: Array<[string, string[]]> = [
        ["The demo account's boards", ['get-user-boards', ...common]],
        ...(board
          ? [[`One board with its sections and pins`, ['get-board', '-b', board.id as string, '--pins', ...common]] as [string, string[]]]
          : []),
        ...(pin ? [[`One pin`, ['get-pin', '-p', pin.id as string, ...common]] as [string, string[]]] : []),
      ];
      this.context.stderr.write(`Pinterest simulator started at ${sim.url}; pinkit reads PINTEREST_API_URI and ACCESS_TOKEN from it.\n`);
      for (const [title, args] of steps) {
        this.context.stderr.write(`\n== ${title}: pinkit ${args.join(' ')}\n`);
        const code = await this.cli.run(args, { env });
        if (code !== 0) return code;
      }
      this.context.stderr.write('\nDone. Run "pinkit sim" to keep a simulator running and try the commands yourself.\n');
    } finally {
      await sim.stop();
    }
  }
}
