/**
 * A notice when a token file or the token directory can be reached by other users, or undefined
 * when it is private (or the platform has no POSIX modes). Existing modes are reported, not
 * changed: the quickstart keeps its token directory inside a git checkout that may be shared on
 * purpose, and files pinkit writes are 0600 whatever the directory allows.
 */
export function describeLooseMode(path: string, mode: number, what: 'file' | 'directory'): string | undefined {
  if (process.platform === 'win32' || (mode & 0o077) === 0) return undefined;
  const octal = (mode & 0o777).toString(8).padStart(4, '0');
  const advice = what === 'file' ? `chmod 600 ${path}` : `chmod 700 ${path}`;
  const subject = what === 'file' ? 'Token file' : 'Token directory';
  return `${subject} ${path} is open to other users (mode ${octal}); to make it private run: ${advice}`;
}
