/**
 * Saves `text` as a file the reader downloads: made on this device, never
 * sent anywhere. Where the browser refuses (no object URLs), false.
 */
export function download(from: HTMLElement, name: string, type: string, text: string): boolean {
  const doc = from.ownerDocument;
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoked after the browser has started the download.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
    return true;
  } catch {
    return false;
  }
}
