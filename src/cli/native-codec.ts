import zlib from 'zlib';
import { setNativeCodec } from '../adapters/xlsx/zip';

/**
 * Node's zlib for the package reader and writer: about ten times faster than fflate's JavaScript, which
 * the browser keeps using. Only with zlib.crc32 (Node 20.15 and later); older Nodes keep fflate.
 */
export function useNodeZlib(): void {
  const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (typeof crc32 !== 'function') return;
  setNativeCodec({
    inflateRaw: (data) => zlib.inflateRawSync(data),
    deflateRawBlock: (data, final) => zlib.deflateRawSync(data, { level: 6, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
    crc32: (data, previous) => crc32(data, previous),
  });
}
