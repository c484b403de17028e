/**
 * Saves text the app generated as a file on the user's machine. The data never leaves
 * the browser: a blob URL is created, clicked and revoked.
 */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  // A BOM makes Excel open UTF-8 CSV with accents intact.
  const blob = new Blob(["\uFEFF", text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
