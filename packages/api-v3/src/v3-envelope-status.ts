import { argumentsOf } from '@pinkit/arguments';
/**
 * What a v3 envelope's `status` says. v3 answers `{status, code, message, data}` and may say
 * "failure" with HTTP 200; the case was never promised ("FAILURE" has been seen), so it is read
 * case-insensitively, in this one place, by every v3 reader (calls and token exchanges alike). A
 * status that is neither, or not a string, is an answer of the wrong shape: `unreadable`.
 */
export type V3EnvelopeStatus =
  { kind: 'success' } | { kind: 'failure'; message: string | undefined; code: number | undefined } | { kind: 'unreadable'; got: unknown };

export function readV3EnvelopeStatus(envelope: Record<string, unknown>): V3EnvelopeStatus {
  // The envelope is Pinterest's, but reading one is the caller's to ask for: it must be the parsed object.
  argumentsOf('readV3EnvelopeStatus').object(envelope, 'envelope');
  const { status } = envelope;
  // Some v3 answers (a 204 delete, older token answers) carry no status at all: nothing said it failed.
  if (status === undefined || status === null) return { kind: 'success' };
  const word = typeof status === 'string' ? status.trim().toLowerCase() : undefined;
  if (word === 'success') return { kind: 'success' };
  if (word !== 'failure') return { kind: 'unreadable', got: status };
  return {
    kind: 'failure',
    message: typeof envelope.message === 'string' && envelope.message.trim() !== '' ? envelope.message : undefined,
    code: typeof envelope.code === 'number' && Number.isFinite(envelope.code) ? envelope.code : undefined,
  };
}
