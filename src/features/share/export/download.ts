/** Saves a blob as a file: a temporary link with a `download` name, clicked, then its object URL revoked. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download starts from the click; revoking on the next task leaves the browser time to take the URL.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
