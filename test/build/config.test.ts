/* The webpack configuration itself (no build needed): office.js source, CSP and source maps per mode. */
import * as path from "path";

type Plugin = { constructor: { name: string }; userOptions?: { templateParameters?: { officeScript: string; csp: string } } };
type Config = { devtool: string | false; plugins: Plugin[] };

const configFor = (env: Record<string, string>, mode: "production" | "development"): Config =>
  require(path.resolve(__dirname, "../../webpack.config.js"))(env, { mode });

function page(config: Config) {
  const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!;
  return html.userOptions!.templateParameters!;
}

function copies(config: Config): string[] {
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as unknown as { patterns: { to: string }[] };
  return copy.patterns.map((p) => p.to);
}

describe("webpack.config.js", () => {
  test("development serves office.js from its own origin and never uses eval source maps", () => {
    const dev = configFor({}, "development");
    expect(page(dev).officeScript).toBe("office-js/office.js");
    expect(copies(dev)).toContain("office-js/");
    expect(String(dev.devtool)).not.toMatch(/eval/);
    expect(page(dev).csp).toMatch(/script-src 'self';/);
  });

  test("the store build uses the Office CDN and allows exactly that origin besides its own", () => {
    const prod = configFor({}, "production");
    expect(page(prod).officeScript).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(copies(prod)).not.toContain("office-js/");
    expect(page(prod).csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(page(prod).csp).not.toMatch(/unsafe-eval/);
    expect(String(prod.devtool)).not.toMatch(/eval/);
  });

  test("the test build (officejs=local) is a production build with office.js served locally", () => {
    const test = configFor({ officejs: "local" }, "production");
    expect(page(test).officeScript).toBe("office-js/office.js");
    expect(page(test).csp).toMatch(/script-src 'self';/);
  });
});
