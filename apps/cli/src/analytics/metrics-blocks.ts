/**
 * User metrics as split groups, `{ all: { daily_metrics, summary_metrics } }`. v5 answers so; v3
 * answers one block with no group around it (`{ daily_metrics, summary_metrics }`), read as `all`,
 * so that the lines, charts and tables are drawn the same way from either version.
 */
export function metricsBlocks(answer: unknown): unknown {
  const single = typeof answer === 'object' && answer !== null && Array.isArray((answer as { daily_metrics?: unknown }).daily_metrics);
  return single ? { all: answer } : answer;
}
