import { describe, expect, it } from 'vitest';
import { needs } from './needs.js';
import { probeChromium } from './probe-chromium.js';
import { tempDir } from './temp-dir.js';
import { SNAP_SHIM, writeShim } from './test-shims.js';

describe('probeChromium', () => {
  it('finds a chromium that exits at once (a snap shim) missing, with its reason', async () => {
    const shim = writeShim(tempDir('pinkit-shim-'), 'chromium', SNAP_SHIM);
    const started = Date.now();
    const result = await probeChromium({ executablePath: shim, timeoutMs: 10_000 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(`${shim} did not start`) });
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('finds a chromium that hangs on start missing once its time is up', async () => {
    const shim = writeShim(tempDir('pinkit-shim-'), 'chromium', 'exec sleep 60');
    const result = await probeChromium({ executablePath: shim, timeoutMs: 1_000 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/did not start: .*(Timeout|timed out|within)/i) });
  });

  it('finds no chromium at the path missing', async () => {
    const result = await probeChromium({ executablePath: '/nonexistent/chromium', timeoutMs: 5_000 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('/nonexistent/chromium did not start') });
  });

  it('finds a working chromium usable', async (context) => {
    needs(context, 'chromium');
    expect(await probeChromium({ timeoutMs: 20_000 })).toEqual({ ok: true });
  });
});
