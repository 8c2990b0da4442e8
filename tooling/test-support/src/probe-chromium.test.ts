import { describe, expect, it } from 'vitest';
import { needs } from './needs.js';
import { launchFailure, probeChromium } from './probe-chromium.js';
import { tempDir } from './temp-dir.js';
import { SNAP_SHIM, writeShim } from './test-shims.js';

describe('probeChromium', () => {
  it('finds a chromium that exits at once (a snap shim) missing, with its reason', async () => {
    const shim = writeShim(tempDir('pinkit-shim-'), 'chromium', SNAP_SHIM);
    const started = Date.now();
    const result = await probeChromium({ executablePath: shim, timeoutMs: 10_000 });
    expect(result).toEqual({
      ok: false,
      reason:
        `${shim} did not start: browserType.launch: Target page, context or browser has been closed ` +
        '(it said: error: cannot run snap: snapd is not running in this container)',
    });
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

describe('launchFailure', () => {
  it("keeps playwright's first line and the browser's last complaint, without colours", () => {
    const message = [
      'browserType.launch: Timeout 1000ms exceeded.',
      'Call log:',
      '\u001b[2m  - [pid=7][err] [1130/075512:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox\u001b[22m',
      '\u001b[2m  - [pid=7][err] [1130/081433.840933:ERROR:file_io_posix.cc(145)] open /sys/cpufreq: No such file\u001b[22m',
      '\u001b[2m  - [pid=7][err] Trace/breakpoint trap\u001b[22m',
      '\u001b[2m  - [pid=7] <kill>\u001b[22m',
    ].join('\n');
    expect(launchFailure(message)).toBe('browserType.launch: Timeout 1000ms exceeded. (it said: Trace/breakpoint trap)');
  });

  it('prefers the line where Chromium says it stopped', () => {
    const message = [
      'browserType.launch: Target page, context or browser has been closed',
      '[pid=7][err] /usr/bin/chromium: 9: [: 25276510208: unexpected operator',
      '[pid=7][err] [7:7:1130/081433.766412:FATAL:process_singleton_posix.cc:315] Socket path too long: /tmp/x/SingletonSocket.',
      '[pid=7][err] [1130/081433.840933:ERROR:file_io_posix.cc:145] open /sys/devices/system/cpu/cpu0/cpufreq: No such file',
    ].join('\n');
    expect(launchFailure(message)).toBe(
      'browserType.launch: Target page, context or browser has been closed ' +
        '(it said: [7:7:1130/081433.766412:FATAL:process_singleton_posix.cc:315] Socket path too long: /tmp/x/SingletonSocket.)',
    );
  });

  it('is the first line alone when the browser said nothing', () => {
    const message = '\nbrowserType.launch: Failed to launch: spawn /x ENOENT\nCall log:';
    expect(launchFailure(message)).toBe('browserType.launch: Failed to launch: spawn /x ENOENT');
  });
});
