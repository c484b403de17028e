/**
 * The report's one stylesheet. It is a constant, and the report uses no style attributes, so
 * a Content-Security-Policy can allow exactly this stylesheet by its hash (REPORT_STYLE_HASH)
 * without 'unsafe-inline': the report opened from a blob: URL inherits the app's policy.
 * Colours that depend on the data (nodes, swatches, bars) are SVG presentation attributes,
 * which style-src does not govern; the heatmap uses a fixed ladder of classes.
 */
import { sha256, toBase64 } from "./sha256";

/** Heatmap steps: class h0 (empty) to h6 (the largest cell). */
export const HEAT_STEPS = 6;

export const REPORT_CSS = `
@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 190mm; padding: 10mm 0; font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1f2933; background: #fff; }
h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 3mm; color: #102a43; }
h2 { font-size: 15pt; margin: 0 0 3mm; padding-bottom: 1.5mm; border-bottom: 0.6mm solid #0072b2; color: #102a43; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; color: #243b53; }
h2, h3, p.explain { break-after: avoid; page-break-after: avoid; }
.keep { break-inside: avoid; page-break-inside: avoid; }
p { margin: 0 0 2mm; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8.5pt; color: #0072b2; font-weight: 600; margin-bottom: 2mm; }
.meta { color: #486581; }
.note { background: #fff7e0; border-left: 1.2mm solid #d9a400; padding: 2mm 3mm; }
.explain { color: #52606d; font-size: 9.5pt; }
.muted { color: #7b8794; }
section { margin-top: 7mm; }
section.page { break-before: page; page-break-before: always; }
header { margin-bottom: 4mm; }
.findings { margin: 0; padding-left: 5mm; }
.findings li { margin-bottom: 1.5mm; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm; }
.figure { border: 0.3mm solid #d9e2ec; border-radius: 2mm; padding: 2mm 3mm; break-inside: avoid; page-break-inside: avoid; }
.figure .value { font-size: 16pt; font-weight: 700; color: #102a43; margin: 0; line-height: 1.2; }
.figure .label { font-weight: 600; margin: 0 0 1mm; }
.figure .explain { margin: 0; font-size: 8pt; line-height: 1.3; }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figure svg.network { width: 100%; height: auto; border: 0.3mm solid #d9e2ec; border-radius: 2mm; }
figcaption { font-size: 9pt; color: #52606d; margin-top: 1.5mm; }
.legend { list-style: none; padding: 0; margin: 2mm 0 0; columns: 3; font-size: 9pt; }
.legend li { break-inside: avoid; margin-bottom: 0.8mm; }
svg.swatch { vertical-align: -0.5mm; margin-right: 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr, li { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.2mm solid #d9e2ec; }
th { background: #f0f4f8; font-weight: 600; color: #243b53; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.small { break-inside: avoid; page-break-inside: avoid; }
table.heat { width: auto; font-size: 8pt; }
table.heat th.col { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; vertical-align: bottom; padding: 1mm 0.8mm; }
table.heat td { text-align: center; min-width: 7mm; padding: 1mm 0.8mm; border: 0.2mm solid #fff; }
table.heat td.diag { outline: 0.4mm solid #243b53; outline-offset: -0.4mm; }
.h0 { background: #f5f7fa; color: #9aa5b1; }
.h1 { background: #e3f0fa; }
.h2 { background: #c6e0f4; }
.h3 { background: #9ccbec; }
.h4 { background: #66aee0; }
.h5 { background: #2f8acb; color: #fff; }
.h6 { background: #0b5f9c; color: #fff; }
ol.cards { padding-left: 0; list-style: none; counter-reset: card; margin: 0; }
ol.cards > li { counter-increment: card; border: 0.3mm solid #d9e2ec; border-radius: 2mm; padding: 2.5mm 3mm 2mm 11mm; margin-bottom: 2.5mm; position: relative; }
ol.cards > li::before { content: counter(card); position: absolute; left: 3mm; top: 2.3mm; font-weight: 700; color: #0072b2; font-size: 12pt; }
.who { font-size: 11pt; margin-bottom: 1mm; }
.who .arrow { color: #0072b2; font-weight: 700; padding: 0 1.5mm; }
.detail { color: #52606d; font-size: 9pt; margin-bottom: 1mm; }
.reasons { margin: 0 0 1mm; }
.parts { font-size: 8.5pt; color: #52606d; margin: 0; }
.parts svg { vertical-align: -0.6mm; margin-right: 1mm; }
.chips { margin: 0 0 1mm; }
.chip { display: inline-block; border-radius: 1.5mm; padding: 0.3mm 1.8mm; margin: 0 1mm 0.8mm 0; font-size: 8.5pt; background: #e3f0fa; color: #0b4f80; }
.chip.absent { background: #fde8e8; color: #9b1c1c; }
.chip.fragile { background: #fff1d6; color: #8a5a00; }
.chip.underrepresented { background: #fef6d8; color: #7a5d00; }
.chip.peripheral { background: #ece9fb; color: #4b3a99; }
.more { font-style: italic; color: #52606d; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #7b8794; border-top: 0.2mm solid #d9e2ec; padding-top: 2mm; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The style element, built here so that no formatter can put whitespace inside it: the hash
 * covers the element's exact text.
 */
export const REPORT_STYLE_ELEMENT = `<style>${REPORT_CSS}</style>`;

/** The CSP source that allows the stylesheet above: "'sha256-…'". */
export const REPORT_STYLE_HASH = `'sha256-${toBase64(sha256(new TextEncoder().encode(REPORT_CSS)))}'`;
