/**
 * Ctrl-C for long copies: the first SIGINT calls `first` (stop starting work, let writes in
 * flight settle, report); a second one calls `again`, which should exit at once. Returns the
 * function that removes the handler.
 */
export function onInterrupt(first: () => void, again: () => void): () => void {
  let count = 0;
  const handler = () => {
    count += 1;
    if (count === 1) first();
    else again();
  };
  process.on('SIGINT', handler);
  return () => void process.off('SIGINT', handler);
}
