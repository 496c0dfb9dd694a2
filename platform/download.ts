/** Saves data as a file through the browser's download of an object URL (nothing leaves the machine). */
export function downloadFile(name: string, data: string | Uint8Array, mime: string): void {
  downloadBlob(name, new Blob([data as BlobPart], { type: mime }));
}

/**
 * Saves a Blob (a large backup is built of many small Blobs, so no single string holds it;
 * the browser keeps the parts, on disk when they are large).
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // A large file's download may start late: the URL is kept for a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name safe on every OS, from a title: "店长 JD 2026-11-22.md". */
export function fileName(base: string, ext: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 60) || 'roleclip';
  return `${safe} ${day}.${ext}`;
}
