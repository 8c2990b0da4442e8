export interface RecordedCall {
  method: string;
  url: URL;
  body: unknown;
}

/** An injected transport: answers each call with `answer` (200 `{}` by default), records every call. */
export function recordFetch(answer: (call: RecordedCall) => Response = () => Response.json({})) {
  const calls: RecordedCall[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const call = {
      method: init.method ?? 'GET',
      url: new URL(input instanceof Request ? input.url : String(input)),
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
  return { calls, fetchImpl };
}
