import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { functionFiles } from "../../scripts/functionFiles";

/** The generator's CLI exits 0 even on errors, so its API is checked here instead. */
const FUNCTIONS: string[] = functionFiles();

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { dimensionality?: string };
}

describe("functions.json metadata", () => {
  let functions: Fn[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
  }, 30000);

  const signatures: Record<string, { params: string[]; optional: string[]; matrix: boolean }> = {
    CAREHOURS: {
      params: ["tenants", "bandShares", "bandHours", "supportShares", "nightHours", "nightSupportShare"],
      optional: ["nightHours", "nightSupportShare"],
      matrix: true,
    },
    UNITCOST: { params: ["careHours", "hourlyRates", "managerSalary", "onCosts"], optional: ["onCosts"], matrix: false },
    TENANTBUDGET: { params: ["expenditure", "income"], optional: [], matrix: true },
    NATIONALLIVINGWAGE: { params: ["priceBase"], optional: [], matrix: false },
    BREAKEVENHOURS: { params: ["budget", "councilAnnualCost", "blockHours", "spotHours"], optional: [], matrix: false },
    BREAKEVENHIGHSHARE: {
      params: ["budget", "councilAnnualCost", "blockHours", "spotHours", "tenants", "bandShares", "bandHours"],
      optional: [],
      matrix: false,
    },
    NETCOST: {
      params: [
        "councilAnnualCost",
        "tenants",
        "bandShares",
        "bandHours",
        "supportShares",
        "selfFunderShares",
        "averageContributions",
        "nightHours",
        "nightSupportShare",
        "supportFunding",
      ],
      optional: ["nightHours", "nightSupportShare", "supportFunding"],
      matrix: true,
    },
    COSTLINES: {
      params: [
        "priceBase",
        "careHours",
        "nightHours",
        "payRates",
        "managerSalary",
        "assumptions",
        "sleepIn",
        "secondaryThreshold",
        "employmentAllowance",
      ],
      optional: ["assumptions", "sleepIn", "secondaryThreshold", "employmentAllowance"],
      matrix: true,
    },
  };

  test("every exported function has metadata with help text on it and each parameter", () => {
    const exported = Object.keys(require("../../src/functions/functions"))
      .map((k) => k.toUpperCase())
      .sort();
    expect(functions.map((f) => f.id).sort()).toEqual(exported);
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.description && f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description && p.description.length).toBeGreaterThan(10);
    }
  });

  test.each(Object.entries(signatures))("%s has the documented signature", (id, sig) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => p.name)).toEqual(sig.params);
    expect(f.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(sig.optional);
    expect(f.result.dimensionality === "matrix").toBe(sig.matrix);
  });

  test("ranges are declared as matrices so either orientation arrives whole", () => {
    const carehours = functions.find((x) => x.id === "CAREHOURS")!;
    expect(carehours.parameters.filter((p) => p.dimensionality === "matrix").map((p) => p.name)).toEqual([
      "bandShares",
      "bandHours",
      "supportShares",
    ]);
  });
});
