import { afterEach, beforeEach } from 'vitest';
import type { SimulatorOptions } from '../simulator-options.js';
import type { Simulator } from '../simulator.js';
import { startSimulator } from '../start-simulator.js';

/** A fresh simulator for every test of the file, stopped afterwards; call the result inside a test. */
export function useSimulator(options: SimulatorOptions = {}): () => Simulator {
  let current: Simulator | undefined;
  beforeEach(async () => {
    current = await startSimulator(options);
  });
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useSimulator(): the simulator only exists inside a test');
    return current;
  };
}
