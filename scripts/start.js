#!/usr/bin/env node
/* `npm start`: serves the add-in at https://localhost:3000 with Office's dev certificates and, on a
   machine with desktop Excel (Windows or macOS), sideloads it. Elsewhere (Linux, or no Excel) it
   keeps serving and says how to sideload into Excel on the web. Stop with Ctrl+C. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCerts = require("office-addin-dev-certs");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const PORT = 3000;

const WEB_SIDELOAD = `
To use the add-in in Excel on the web:
  1. Open a workbook at https://excel.cloud.microsoft (or office.com > Excel).
  2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in.
  3. Browse to ${manifest} and choose Upload.
  The browser must trust https://localhost:${PORT}: open https://localhost:${PORT}/taskpane.html once
  and accept the certificate if it was not installed as trusted (see docs/sideload.md).
The pane also works on its own in a browser (not in Excel, it downloads the workbook): https://localhost:${PORT}/taskpane.html`;

/** Dev certificates trusted by the OS where possible; if trusting fails, still serve with them. */
async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      console.warn(`Could not install the dev certificate as trusted (${firstLine(e)}).`);
      console.warn(`Serving with ${dir}; trust ca.crt in your browser or run: npx office-addin-dev-certs install`);
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    }
    throw e;
  }
}

function firstLine(e) {
  return String((e && e.message) || e).split("\n")[0];
}

/** Desktop Excel exists only on Windows and macOS; office-addin-debugging opens it and sideloads. */
async function sideloadIntoDesktopExcel() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.log(`\nNo desktop Excel on ${process.platform}.`);
    return false;
  }
  try {
    const { startDebugging, AppType } = require("office-addin-debugging");
    const { OfficeApp } = require("office-addin-manifest");
    await startDebugging(manifest, {
      appType: AppType.Desktop,
      app: OfficeApp.Excel,
      devServerPort: PORT,
      enableDebugging: false,
      enableLiveReload: false,
    });
    console.log("\nSideloaded into Excel: find ECH Cost Model on the Home tab.");
    return true;
  } catch (e) {
    console.log(`\nCould not sideload into desktop Excel (${firstLine(e)}).`);
    return false;
  }
}

async function main() {
  const config = require(path.join(root, "webpack.config.js"))({ officejs: "local" }, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    { ...config.devServer, port: PORT, server: { type: "https", options: await httpsOptions() } },
    compiler,
  );
  await server.start();
  console.log(`\nServing the ECH Cost Model add-in at https://localhost:${PORT}/taskpane.html`);

  const stop = async () => {
    if (process.platform === "win32" || process.platform === "darwin") {
      try {
        // Removes the sideloaded manifest again so Excel does not keep pointing at a dead server.
        await require("office-addin-debugging").stopDebugging(manifest);
      } catch {
        /* nothing was sideloaded */
      }
    }
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  if (!(await sideloadIntoDesktopExcel())) console.log(WEB_SIDELOAD);
  console.log("\nPress Ctrl+C to stop.");
}

main().catch((e) => {
  if (e && e.code === "EADDRINUSE") {
    console.error(`Port ${PORT} is already in use (another npm start?). Stop that server and run npm start again.`);
  } else {
    console.error(`npm start failed: ${e && e.stack ? e.stack : e}`);
  }
  process.exit(1);
});
