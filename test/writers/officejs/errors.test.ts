import { describeOfficeError, EchExcelError } from "../../../src/writers/officejs";
import { FakeOfficeError } from "../../support/fakeExcel";

describe("describeOfficeError", () => {
  it("explains a protected sheet and what to do", () => {
    const d = describeOfficeError(
      new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet."),
    );
    expect(d.code).toBe("AccessDenied");
    expect(d.text).toMatch(/protected.*Review > Unprotect Sheet/);
    expect(d.detail).toMatch(/protected sheet/);
  });

  it("recognises protection from Excel's message whatever the code", () => {
    expect(describeOfficeError(new FakeOfficeError("InvalidOperation", "This sheet is protected.")).action).toMatch(/Unprotect/);
  });

  it.each([
    ["ApiNotFound", /newer|Microsoft 365/],
    ["InvalidOperationInCellEditMode", /Enter or Esc/],
    ["ItemNotFound", /renamed or deleted/],
    ["RequestPayloadSizeLimitExceeded", /too large/],
    ["GeneralException", /restart Excel/],
  ])("has plain words for %s", (code, pattern) => {
    expect(describeOfficeError(new FakeOfficeError(code, "x")).text).toMatch(pattern);
  });

  it("passes the add-in's own errors through, with Office's reason when there is one", () => {
    const inner = new FakeOfficeError("AccessDenied", "protected");
    const d = describeOfficeError(new EchExcelError("InsertFailed", "Inserting failed, so nothing was added.", "", inner));
    expect(d.code).toBe("InsertFailed");
    expect(d.message).toMatch(/nothing was added.*protected/);
    expect(d.action).toMatch(/Unprotect/);
  });

  it("still says something useful for unknown errors", () => {
    const d = describeOfficeError(new TypeError("boom"));
    expect(d).toMatchObject({ code: "Unknown", detail: "boom" });
    expect(d.text).toMatch(/Try again/);
    expect(describeOfficeError("plain text").detail).toBe("plain text");
  });
});
