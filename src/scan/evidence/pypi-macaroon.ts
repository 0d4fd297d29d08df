import type { Outcome } from './judge.js';
import { strictBase64 } from './judge.js';

/**
 * PyPI API tokens are `pypi-` and a macaroon in the libmacaroons v2 binary format, base64url
 * without padding (PyPI help: "API tokens"; libmacaroons doc/format.txt). That format:
 *   VERSION(0x02) [LOCATION] IDENTIFIER EOS (caveat: [LOCATION] IDENTIFIER [VID] EOS)* EOS SIGNATURE
 * where each field is <type varint><length varint><bytes>, types LOCATION=1, IDENTIFIER=2, VID=4,
 * SIGNATURE=6 (32 bytes), and EOS is a zero byte. PyPI's location is pypi.org (test.pypi.org on
 * TestPyPI). A token that reads to its signature with that location and an identifier shows its
 * structure; one that does not is a cut or altered copy.
 */
export function checkPypiToken(value: string): Outcome {
  if (!value.startsWith('pypi-')) return 'unchecked';
  const bytes = strictBase64(value.slice(5));
  if (!bytes) return 'failed';
  return readMacaroon(bytes) ? 'structure' : 'failed';
}

const LOCATION = 1;
const IDENTIFIER = 2;
const VID = 4;
const SIGNATURE = 6;
const PYPI_LOCATIONS = new Set(['pypi.org', 'test.pypi.org']);

/** Whether the bytes are one whole macaroon, located at PyPI, with an identifier and a 32-byte signature. */
function readMacaroon(bytes: Buffer): boolean {
  const r = new FieldReader(bytes);
  if (bytes[0] !== 2) return false;
  r.at = 1;
  const location = r.field(LOCATION);
  if (location === undefined || !PYPI_LOCATIONS.has(location.toString('latin1'))) return false;
  const identifier = r.field(IDENTIFIER);
  if (!identifier || identifier.length === 0 || !r.eos()) return false;
  // Caveats, each ended by EOS; the list is ended by a second EOS. At most 64: PyPI adds a few.
  for (let caveats = 0; !r.eos(); caveats++) {
    if (caveats >= 64) return false;
    r.field(LOCATION);
    if (!r.field(IDENTIFIER)) return false;
    r.field(VID);
    if (!r.eos()) return false;
  }
  const signature = r.field(SIGNATURE);
  return signature?.length === 32 && r.at === bytes.length;
}

class FieldReader {
  at = 0;
  constructor(private readonly bytes: Buffer) {}

  /** The next byte is EOS (zero): consume it. */
  eos(): boolean {
    if (this.bytes[this.at] !== 0) return false;
    this.at++;
    return true;
  }

  /** The next field's content when it has this type (consumed), else undefined (nothing consumed). */
  field(type: number): Buffer | undefined {
    const start = this.at;
    const t = this.varint();
    const length = t === type ? this.varint() : undefined;
    if (length === undefined || this.at + length > this.bytes.length) {
      this.at = start;
      return undefined;
    }
    const content = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return content;
  }

  /** A protobuf-style unsigned varint (7 bits a byte, least significant first), at most 4 bytes here. */
  private varint(): number | undefined {
    let n = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = this.bytes[this.at++];
      if (b === undefined) return undefined;
      n |= (b & 0x7f) << shift;
      if (!(b & 0x80)) return n;
    }
    return undefined;
  }
}
