import { createHash } from 'node:crypto';

const MAGIC = Buffer.from('SEEDQA\u0000\u0002', 'latin1');

/** A cache file's contents: named arrays of 32-bit numbers, and a small JSON part. */
export interface Sections {
  meta: Record<string, unknown>;
  arrays: Record<string, Uint32Array>;
}

interface Layout {
  meta: Record<string, unknown>;
  arrays: Record<string, [offset: number, length: number]>;
  digest: string;
}

function digestOf(payload: Uint8Array): string {
  return createHash('sha1').update(payload).digest('hex');
}

/**
 * Encodes sections as: magic, header length, JSON header (meta, array layout, SHA-1 of the
 * payload), then the arrays, 4-byte aligned.
 */
export function encodeSections({ meta, arrays }: Sections): Buffer {
  const layout: Layout['arrays'] = {};
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    layout[name] = [offset, array.length];
    offset += array.byteLength;
  }
  const payload = Buffer.alloc(offset);
  for (const [name, array] of Object.entries(arrays)) {
    payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), layout[name]![0]);
  }
  let header = Buffer.from(JSON.stringify({ meta, arrays: layout, digest: digestOf(payload) } satisfies Layout), 'utf8');
  const padding = (4 - ((MAGIC.length + 4 + header.length) % 4)) % 4;
  header = Buffer.concat([header, Buffer.alloc(padding, 0x20)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([MAGIC, size, header, payload]);
}

/** Decodes what {@link encodeSections} wrote; throws on any sign of damage or another format. */
export function decodeSections(file: Buffer): Sections {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a seedqa cache file');
  const headerLength = file.readUInt32LE(MAGIC.length);
  const payloadStart = MAGIC.length + 4 + headerLength;
  if (payloadStart > file.length) throw new Error('truncated header');
  const layout = JSON.parse(file.toString('utf8', MAGIC.length + 4, payloadStart)) as Layout;
  const payload = file.subarray(payloadStart);
  if (digestOf(payload) !== layout.digest) throw new Error('checksum mismatch');
  const aligned = payload.byteOffset % 4 === 0 ? payload : Buffer.from(payload);
  const arrays: Record<string, Uint32Array> = {};
  for (const [name, [offset, length]] of Object.entries(layout.arrays)) {
    if (offset + length * 4 > aligned.length) throw new Error(`section ${name} out of bounds`);
    arrays[name] = new Uint32Array(aligned.buffer, aligned.byteOffset + offset, length);
  }
  return { meta: layout.meta, arrays };
}
