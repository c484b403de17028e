import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allowReportInAppCsp } from "../../src/report/appCsp";
import { renderReportHtml } from "../../src/report/reportHtml";
import { smallCommunity } from "./fixtures";

function policyOf(html: string): Map<string, string[]> {
  const escaped = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
  const content = escaped.replaceAll("&#39;", "'").replaceAll("&apos;", "'");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the app's Content-Security-Policy and the printable report", () => {
  const app = policyOf(allowReportInAppCsp(readFileSync("index.html", "utf8")));

  it("allows the report's own stylesheet by the hash of the stylesheet the report really carries", async () => {
    const { analysis } = await smallCommunity();
    const report = renderReportHtml({ analysis, date: "2026-11-22" });
    const reportHashes = policyOf(report).get("style-src") ?? [];
    expect(reportHashes.length).toBe(1);
    expect(app.get("style-src")).toEqual(["'self'", reportHashes[0]]);
  });

  it("keeps everything else closed", () => {
    expect(app.get("default-src")).toEqual(["'self'"]);
    expect(app.get("connect-src")).toEqual(["'self'"]);
    expect(app.get("frame-src")).toEqual(["blob:"]);
    expect(app.get("style-src")).not.toContain("'unsafe-inline'");
  });
});
