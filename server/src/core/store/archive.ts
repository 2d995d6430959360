/**
 * Documents of a shared archive: their path relative to the archive root ('/'-separated), the
 * 64-bit key derived from it (the distribution column of the shared index), their content hash,
 * and the `source-lens-archive:` URIs under which editors open archive-only documents.
 */
import { createHash } from 'node:crypto';

/** Scheme of read-only archive documents (also in server/src/protocol.ts for the client). */
export const ARCHIVE_SCHEME = 'source-lens-archive';

/** A document's key: the first 8 bytes of SHA-256 of its archive path, as a signed 64-bit decimal. */
export function docKeyOf(archivePath: string): string {
  const digest = createHash('sha256').update(archivePath, 'utf8').digest();
  return digest.readBigInt64BE(0).toString();
}

/** SHA-256 (hex) of a document's decoded text: equal texts have equal hashes, whatever their encoding on disk. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** '/'-separated, no leading './' or '/', no empty or '..' segments; null when the path cannot be an archive path. */
export function normaliseArchivePath(p: string): string | null {
  const parts = p.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
  if (parts.length === 0 || parts.some((s) => s === '..')) return null;
  return parts.join('/');
}

export function archiveUri(archivePath: string): string {
  return `${ARCHIVE_SCHEME}:/${archivePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** The archive path of a `source-lens-archive:` URI, or null for any other URI. */
export function archivePathOf(uri: string): string | null {
  if (!uri.startsWith(`${ARCHIVE_SCHEME}:`)) return null;
  let rest = uri.slice(ARCHIVE_SCHEME.length + 1).replace(/^\/+/, '');
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  try {
    return normaliseArchivePath(rest.split('/').map(decodeURIComponent).join('/'));
  } catch {
    return null;
  }
}
