/** A `fetch` that records every request the OCI client sends (method, path, auth scheme), for assertions. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  host: string;
  /** 'Basic', 'Bearer' or null. */
  auth: string | null;
  status?: number;
}

export function countingFetch(): { fetch: typeof fetch; requests: RecordedRequest[]; reset(): void } {
  const requests: RecordedRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const headers = new Headers(init?.headers);
    const record: RecordedRequest = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      host: url.host,
      auth: headers.get('authorization')?.split(' ')[0] ?? null,
    };
    requests.push(record);
    const response = await fetch(input, init);
    record.status = response.status;
    return response;
  };
  return { fetch: recording, requests, reset: () => void requests.splice(0) };
}
