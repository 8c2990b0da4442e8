/** An option or knob the simulator cannot work with; `option` names it and `value` is what was given. */
export class SimulatorOptionsError extends Error {
  override readonly name = 'SimulatorOptionsError';

  constructor(
    readonly option: string,
    readonly value: unknown,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
