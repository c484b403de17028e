import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { allowReportInAppCsp } from "./src/report/appCsp";

/**
 * The dev server injects styles inline, which the app's Content-Security-Policy forbids; the
 * policy is only dropped while developing, never from the built app.
 */
const dropCspInDev: Plugin = {
  name: "weaver-dev-csp",
  apply: "serve",
  transformIndexHtml: (html) =>
    html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ""),
};

const reportCsp: Plugin = { name: "weaver-report-csp", transformIndexHtml: allowReportInAppCsp };

export default defineConfig({
  plugins: [react(), reportCsp, dropCspInDev],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
