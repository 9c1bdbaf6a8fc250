import { isUtf8 } from 'node:buffer';

/** The text of a file and how to map it back to the file's bytes. */
export interface Decoded {
  text: string;
  /** Length of the UTF-8 byte order mark that was stripped (0 or 3). */
  bomLength: number;
  /** Per UTF-16 code unit byte offsets (plus an end entry), only for invalid UTF-8. */
  byteOffsets?: Uint32Array;
}

const REPLACEMENT = 0xfffd;

/**
 * Decodes UTF-8 bytes: strips a BOM and replaces invalid sequences with U+FFFD exactly as
 * `TextDecoder` does (one replacement per maximal invalid subpart), while remembering where
 * every character came from so that byte offsets stay exact.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bomLength);
  if (isUtf8(body)) {
    return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), bomLength };
  }
  return { ...decodeLossy(body, bomLength), bomLength };
}

function sequenceBounds(lead: number): [need: number, lower: number, upper: number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  return undefined;
}

function decodeLossy(bytes: Uint8Array, base: number): { text: string; byteOffsets: Uint32Array } {
  const n = bytes.length;
  const units = new Uint16Array(n);
  const offsets = new Uint32Array(n + 1);
  let count = 0;
  const push = (unit: number, at: number): void => {
    units[count] = unit;
    offsets[count++] = base + at;
  };
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      push(lead, i++);
      continue;
    }
    const bounds = sequenceBounds(lead);
    if (!bounds) {
      push(REPLACEMENT, i++);
      continue;
    }
    let [need, lower, upper] = bounds;
    let codePoint = lead & (0xff >> (need + 2));
    let j = i + 1;
    while (need > 0) {
      const next = bytes[j];
      if (next === undefined || next < lower || next > upper) break;
      codePoint = (codePoint << 6) | (next & 0x3f);
      lower = 0x80;
      upper = 0xbf;
      need--;
      j++;
    }
    if (need > 0) {
      push(REPLACEMENT, i);
    } else if (codePoint > 0xffff) {
      const v = codePoint - 0x10000;
      push(0xd800 | (v >> 10), i);
      push(0xdc00 | (v & 0x3ff), i);
    } else {
      push(codePoint, i);
    }
    i = j;
  }
  offsets[count] = base + n;
  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < count; k += CHUNK) {
    text += String.fromCharCode(...units.subarray(k, Math.min(count, k + CHUNK)));
  }
  return { text, byteOffsets: offsets.slice(0, count + 1) };
}
