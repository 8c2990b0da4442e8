// pnpm prints the whole node-gyp log when keytar, an optional dependency, cannot build (no
// libsecret headers, no compiler): a page of "gyp ERR!" on a first run that works without it.
// This filter drops keytar's build lines from the install output and, when the build failed,
// gives the one thing a user needs to know: the OS keychain is off, why, and how to turn it on.

const KEYTAR_LINE = /[/\\]keytar(@[^/\\\s]*)?[/\\]node_modules[/\\]keytar( install|: Running install script)/;

/** Why keytar did not build, from its build log. */
function cause(lines) {
  const log = lines.join('\n');
  if (/libsecret-1\W.*not found|No package 'libsecret-1' found/i.test(log)) return 'the libsecret headers (libsecret-1-dev) are missing';
  if (/(make|g\+\+|c\+\+|cc): (command )?not found|not found: (make|g\+\+)/i.test(log)) return 'no C++ compiler or make was found';
  if (/python/i.test(log) && /not found|find Python/i.test(log)) return 'node-gyp found no Python';
  return 'its native build failed';
}

/**
 * A line filter for `pnpm install` output: returns the lines to show for each line read, and
 * `end()` the closing note (or nothing when keytar built or was not built at all).
 */
export function keytarBuildNote() {
  const keytarLines = [];
  return {
    line(text) {
      if (!KEYTAR_LINE.test(text)) return [text];
      keytarLines.push(text);
      return [];
    },
    end() {
      const failed = keytarLines.some((text) => / install: Failed$|install script, failed/.test(text));
      if (!failed) return [];
      return [
        `The OS keychain is off: keytar could not be built because ${cause(keytarLines)}; pinkit keeps tokens in files (mode 0600). ` +
          "To use the keychain: apt-get install libsecret-1-dev (or your system's libsecret development package), then pnpm rebuild keytar.",
      ];
    },
  };
}
