/**
 * A response body read up to a byte limit. Content-Length is checked first (nothing is
 * read), then the bytes as they arrive, since a server can omit or misstate the header.
 */
export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; size: number };

function tooLarge(response: Response, maxBytes: number): number | null {
  const header = response.headers.get('content-length');
  const declared = header === null ? Number.NaN : Number(header);
  return Number.isFinite(declared) && declared > maxBytes ? declared : null;
}

export async function readCapped(response: Response, maxBytes: number): Promise<CappedBody> {
  const declared = tooLarge(response, maxBytes);
  if (declared !== null) {
    await response.body?.cancel();
    return { ok: false, size: declared };
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
