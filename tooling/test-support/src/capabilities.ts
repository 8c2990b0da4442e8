// What some tests need from the machine beyond Node.js, and how a Debian machine gets it. The
// summary reporter prints these words, so a fresh machine's run ends by saying what to install.

export interface Capability {
  /** What is missing, in the words a person installs by. */
  needs: string;
  /** The command that installs it on Debian (CI's machine kind). */
  install: string;
}

export const CAPABILITIES = {
  chromium: { needs: 'chromium', install: 'apt-get install chromium' },
  keyring: { needs: 'D-Bus and gnome-keyring', install: 'apt-get install dbus gnome-keyring' },
} as const satisfies Record<string, Capability>;

export type CapabilityName = keyof typeof CAPABILITIES;

/** What a probe found: usable, or why not (one line, for the skip note and CI's error). */
export type ProbeResult = { ok: true } | { ok: false; reason: string };

export type ProbedCapabilities = Partial<Record<CapabilityName, ProbeResult>>;

/** The note a skipped test carries; the summary reporter groups skips by it. */
export function needsNote(capability: Capability): string {
  return `needs ${capability.needs} (${capability.install})`;
}

/** Reads a note written by `needsNote` back; undefined for any other note. */
export function parseNeedsNote(note: string | undefined): Capability | undefined {
  const match = /^needs (.+) \(([^()]+)\)$/.exec(note ?? '');
  return match ? { needs: match[1]!, install: match[2]! } : undefined;
}
