import { REPORT_STYLE_HASH } from "./reportStyle";

/**
 * The app's Content-Security-Policy, widened by exactly what the printable report needs when
 * the app opens it from a Blob URL: the report's one stylesheet, allowed by its hash (a Blob
 * document inherits the opener's policy), and blob: frames for the print preview. Applied to
 * index.html at build time so the hash can never drift from the stylesheet.
 */
export function allowReportInAppCsp(html: string): string {
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content="[^"]*?)style-src 'self'([^"]*)"/,
    (_match, before: string, after: string) =>
      `${before}style-src 'self' ${REPORT_STYLE_HASH}${after}; frame-src blob:"`,
  );
}
