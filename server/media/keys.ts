// Where a file lives in the media store: `<brandId>/<yyyy>/<mm>/<mediaId>.<ext>`, the same in a
// directory and in a bucket. A key names a file under the store's root and nothing else, so one that
// could climb out of it (`..`), start at the root, or hold characters a path or URL treats specially
// is refused before it reaches the file system or the network.
import { IMAGE_EXTENSIONS, type ImageType } from '../../core/publish/media.ts';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function mediaKey(brandId: string, mediaId: string, mimeType: ImageType, at: Date): string {
  const year = String(at.getUTCFullYear());
  const month = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `${brandId}/${year}/${month}/${mediaId}.${IMAGE_EXTENSIONS[mimeType]}`;
}

export function assertMediaKey(key: string): void {
  const segments = key.split('/');
  if (key.length > 512 || !segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) {
    throw new Error(`Not a media store key: ${JSON.stringify(key)}`);
  }
}
