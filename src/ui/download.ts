// Saves an exported file the way a browser saves a link's target: an <a download> on a Blob URL, clicked once.
import type { ExportedFile } from '../io/export';

export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the download reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
