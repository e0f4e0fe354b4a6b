/**
 * A faithful fake of the parts of the Excel JavaScript API the add-in uses, for jest and the
 * benchmark. Like Office.js it queues every operation on proxy objects and applies them, in order,
 * only on context.sync(); loaded properties are readable only after the sync; a failing operation
 * stops its batch with the operations before it already applied (Excel batches are not
 * transactions). It counts syncs, logs every change it applies, and can be told to fail.
 *
 * Use: const fx = createFakeExcel(); fx.book.addSheet("Sheet1"); await insertTemplate(fx.context, def);
 * then inspect fx.book (the workbook state), fx.syncs and fx.log.
 */
import { cellAddress, parseAddress, parseCell, rectAddress, type Rect } from "../../src/layout/a1";
import { toA1 } from "../../src/layout/r1c1";

export type CellValue = string | number | boolean;

export interface FakeCellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Border line style of each side of the cell, e.g. { top: "Continuous" }. */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

export interface FakeValidation {
  rule: Excel.DataValidationRule;
  ignoreBlanks?: boolean;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakeCell {
  /** "=..." for a formula cell; undefined for a constant. */
  formula?: string;
  value: CellValue;
  numberFormat: string;
  locked: boolean;
  format: FakeCellFormat;
  validation?: FakeValidation;
  /** A dynamic-array anchor: the values it spills (anchor included), rows × columns. */
  spill?: CellValue[][];
  /** A cell filled by a neighbour's spill. */
  spilledFrom?: string;
}

/** A conditional format as Excel keeps it: its range, type, rule and the format it applies. */
export interface FakeConditionalFormat {
  /** The range it covers, e.g. "D7:D15". */
  range: string;
  type: "CellValue" | "Custom";
  /** A "cell value" format's rule. */
  rule?: Excel.ConditionalCellValueRule;
  /** A custom format's formula ("=NOT($B$70)"), TRUE where the format applies. */
  formula?: string;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface FakeProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  password?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  /** Column index → width in points. */
  columnWidths: Map<number, number>;
  /** Row index → height in points (rows given a height). */
  rowHeights: Map<number, number>;
  /** Merged areas, e.g. "A2:F2". */
  merges: string[];
  /** Conditional formats in the order added. */
  conditionalFormats: FakeConditionalFormat[];
  protection: FakeProtection;
  freeze?: { rows: number; columns: number };
  /** Manual page breaks, each the cell a new page starts at ("A23"). */
  pageBreaks: string[];
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: Excel.PageLayoutZoomOptions;
    centerHorizontally?: boolean;
    /** Margins in points. */
    leftMargin?: number;
    rightMargin?: number;
    topMargin?: number;
    bottomMargin?: number;
    headerMargin?: number;
    footerMargin?: number;
    /** PageLayout.setPrintArea's address, e.g. "A1:F40". */
    printArea?: string;
    printTitleRows?: string;
    /** headersFooters.defaultForAllPages, e.g. { centerHeader: "&A" }. */
    headersFooters?: Partial<Record<"leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter", string>>;
  };
  tabColor?: string;
  /** "VeryHidden": hidden so that Excel's Unhide does not list it (only code can show it). */
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Threaded comments (Workbook.comments, ExcelApi 1.10), in the order they were added. */
  comments: FakeComment[];
  /** Notes, the old-style comments (Workbook.notes, ExcelApi 1.18). */
  notes: FakeNote[];
}

export interface FakeComment {
  /** The cell, e.g. "B2". */
  address: string;
  authorName: string;
  authorEmail: string;
  content: string;
  /** Replies in the thread; deleting the comment deletes them too. */
  replies: { authorName: string; content: string }[];
}

export interface FakeNote {
  address: string;
  authorName: string;
  content: string;
}

/** Workbook.properties (ExcelApi 1.7): the built-in document properties the API offers. */
export interface FakeDocumentProperties {
  author: string;
  category: string;
  comments: string;
  company: string;
  keywords: string;
  /** Read-only in the API: Excel sets it when the file is saved. */
  lastAuthor: string;
  manager: string;
  subject: string;
  title: string;
  revisionNumber: number;
  custom: { key: string; value: string | number | boolean; type: "String" | "Number" | "Boolean" | "Float" | "Date" }[];
}

export const WRITABLE_DOCUMENT_PROPERTIES = [
  "author",
  "category",
  "comments",
  "company",
  "keywords",
  "manager",
  "subject",
  "title",
] as const;

export interface FakeName {
  name: string;
  /** "=Sheet1!$B$5" as NamedItem.formula reads. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface LoggedOp {
  sync: number;
  op: string;
  sheet?: string;
  address?: string;
  detail?: unknown;
}

/** The shape of OfficeExtension.Error that callers see. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const EMPTY_FORMAT = (): FakeCellFormat => ({});
const key = (row: number, col: number) => cellAddress({ row, col });

export function quoteSheetIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function absolute(r: Rect): string {
  return rectAddress(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The workbook's state: what tests set up and inspect. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  activeSheet?: string;
  properties: FakeDocumentProperties = {
    author: "",
    category: "",
    comments: "",
    company: "",
    keywords: "",
    lastAuthor: "",
    manager: "",
    subject: "",
    title: "",
    revisionNumber: 0,
    custom: [],
  };
  /** Workbook.settings (ExcelApi 1.4): this add-in's key-value settings stored in the file. */
  settings: { key: string; value: unknown }[] = [];
  /** Workbook.protection (ExcelApi 1.7): the structure protected (sheets cannot be shown, hidden, added or deleted). */
  protection: { protected: boolean; password?: string } = { protected: false };

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`, "WorksheetCollection.getItem");
    return s;
  }

  addSheet(name: string): FakeSheet {
    if (/[[\]:*?/\\]/.test(name) || name.length === 0 || name.length > 31 || /^'|'$/.test(name)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (sheet name ${name}).`,
        "WorksheetCollection.add",
      );
    }
    if (this.sheet(name)) {
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `A resource with the same name or identifier already exists (sheet ${name}).`,
        "WorksheetCollection.add",
      );
    }
    const s: FakeSheet = {
      name,
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      conditionalFormats: [],
      protection: { protected: false, options: {} },
      pageLayout: {},
      pageBreaks: [],
      visibility: "Visible",
      comments: [],
      notes: [],
    };
    this.sheets.push(s);
    this.activeSheet ??= name;
    return s;
  }

  deleteSheet(name: string): void {
    const s = this.requireSheet(name);
    if (this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    }
    this.sheets = this.sheets.filter((x) => x !== s);
    const ref = quoteSheetIfNeeded(s.name) + "!";
    for (const n of this.names) if (n.formula.includes(ref)) n.formula = n.formula.split(ref).join("#REF!");
    if (this.activeSheet === s.name) this.activeSheet = this.sheets[0]?.name;
  }

  cell(sheet: string, ref: string): FakeCell | undefined {
    return this.requireSheet(sheet).cells.get(cellAddress(parseCell(ref)));
  }

  /** Test set-up: "=..." strings are formulas (with an optional value they show), others constants. */
  setCell(sheet: string, ref: string, content: CellValue, shows?: CellValue, spill?: CellValue[][]): FakeCell {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const at = parseCell(ref);
    // As in Excel, what a replaced formula spilled goes with it.
    const anchor = cellAddress(at);
    for (const [k, cell] of s.cells) if (cell.spilledFrom === anchor) s.cells.delete(k);
    const c = blankCell();
    if (typeof content === "string" && content.startsWith("=")) {
      c.formula = content;
      c.value = spill ? spill[0][0] : (shows ?? 0);
    } else c.value = content;
    s.cells.set(cellAddress(at), c);
    if (spill) {
      c.spill = spill;
      spill.forEach((row, i) =>
        row.forEach((v, j) => {
          if (i === 0 && j === 0) return;
          s.cells.set(key(at.row + i, at.col + j), { ...blankCell(), value: v, spilledFrom: cellAddress(at) });
        }),
      );
    }
    return c;
  }

  addName(name: string, formula: string, comment = ""): FakeName {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (name ${name}).`,
        "NamedItemCollection.add",
      );
    }
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `A resource with the same name or identifier already exists (name ${name}).`,
        "NamedItemCollection.add",
      );
    }
    const n = { name, formula: formula.startsWith("=") ? formula : `=${formula}`, comment, visible: true };
    this.names.push(n);
    return n;
  }

  /** Test set-up: a threaded comment on a cell (one per cell, as in Excel). */
  addComment(sheet: string, ref: string, content: string, authorName = "Ann Smith", replies: FakeComment["replies"] = []): FakeComment {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const address = cellAddress(parseCell(ref));
    if (s.comments.some((c) => c.address === address) || s.notes.some((n) => n.address === address)) {
      throw new FakeOfficeError("InvalidArgument", `The cell ${address} already has a comment or note.`, "CommentCollection.add");
    }
    const c = { address, authorName, authorEmail: `${authorName.toLowerCase().replace(/\W+/g, ".")}@council.example`, content, replies };
    s.comments.push(c);
    return c;
  }

  /** Test set-up: a note on a cell (a cell has a comment or a note, not both). */
  addNote(sheet: string, ref: string, content: string, authorName = "Ann Smith"): FakeNote {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const address = cellAddress(parseCell(ref));
    if (s.comments.some((c) => c.address === address) || s.notes.some((n) => n.address === address)) {
      throw new FakeOfficeError("InvalidArgument", `The cell ${address} already has a comment or note.`, "NoteCollection.add");
    }
    const n = { address, authorName, content };
    s.notes.push(n);
    return n;
  }

  /** A deep copy, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        ...s,
        cells: [...s.cells.entries()].map(([k, v]) => [k, structuredClone(v)]),
        columnWidths: [...s.columnWidths.entries()],
        rowHeights: [...s.rowHeights.entries()],
        merges: [...s.merges],
        protection: structuredClone(s.protection),
        pageLayout: structuredClone(s.pageLayout),
        pageBreaks: [...s.pageBreaks],
        comments: structuredClone(s.comments),
        notes: structuredClone(s.notes),
      })),
      names: structuredClone(this.names),
      properties: structuredClone(this.properties),
      settings: structuredClone(this.settings),
      protection: structuredClone(this.protection),
    };
  }
}

function blankCell(): FakeCell {
  return { value: "", numberFormat: "General", locked: true, format: EMPTY_FORMAT() };
}

/** How Excel reads a string typed or written through Range.formulas / Range.values. */
function parseEntry(v: unknown): { formula?: string; value: CellValue } {
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v ?? "");
  if (s.startsWith("=")) return { formula: s, value: "" };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.trim() !== "" && !Number.isNaN(Number(s))) return { value: Number(s) };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  return { value: s };
}

type Op = { name: string; sheet?: () => string | undefined; address?: string; run: () => void };

export interface FailRule {
  /** Fail on the nth sync (1-based) ... */
  sync?: number;
  /** ... after applying this many of its operations (0: before any). */
  afterOps?: number;
  /** Or fail at the first operation whose name matches (e.g. "Range.dataValidation.rule"). */
  op?: string | RegExp;
  code?: string;
  message?: string;
}

export type Evaluate = (book: FakeWorkbook, sheet: string, address: string, formula: string) => CellValue;

export interface FakeExcelOptions {
  /** Computes a formula cell's value when a formula is written; without it the value is "". */
  evaluate?: Evaluate;
  /**
   * What a method call or property set on a null object does at sync: "ignore" (the default) or
   * "throw" ItemNotFound, to check code that must work under either behaviour.
   */
  nullObjectCalls?: "ignore" | "throw";
}

/** The request context: queue, sync, counters and failure injection. */
export class FakeContext {
  readonly book: FakeWorkbook;
  readonly workbook: FakeWorkbookProxy;
  syncs = 0;
  readonly log: LoggedOp[] = [];
  private queue: Op[] = [];
  private failRules: FailRule[] = [];
  readonly evaluate?: Evaluate;
  readonly nullObjectCalls: "ignore" | "throw";

  constructor(book: FakeWorkbook, options: FakeExcelOptions = {}) {
    this.book = book;
    this.evaluate = options.evaluate;
    this.nullObjectCalls = options.nullObjectCalls ?? "ignore";
    this.workbook = new FakeWorkbookProxy(this);
  }

  failOn(rule: FailRule): void {
    this.failRules.push(rule);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  record(op: string, sheet?: string, address?: string, detail?: unknown): void {
    this.log.push({ sync: this.syncs, op, sheet, address, detail });
  }

  /** Operations queued since the last sync (for tests on batching). */
  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      const rule = this.failRules.find(
        (r) =>
          (r.sync === this.syncs && (r.afterOps ?? 0) === i) ||
          (r.op !== undefined && (typeof r.op === "string" ? r.op === op.name : r.op.test(op.name))),
      );
      if (rule) {
        this.failRules = this.failRules.filter((r) => r !== rule);
        throw new FakeOfficeError(rule.code ?? "GeneralException", rule.message ?? `Injected failure at ${op.name}.`, op.name);
      }
      op.run();
    }
    const rule = this.failRules.find((r) => r.sync === this.syncs);
    if (rule) {
      this.failRules = this.failRules.filter((r) => r !== rule);
      throw new FakeOfficeError(rule.code ?? "GeneralException", rule.message ?? "Injected failure at the end of the batch.");
    }
  }

  /** Runs `run` in the queue; wraps it so a missing object raises ItemNotFound like Excel. */
  op(name: string, run: () => void, address?: string): void {
    this.enqueue({ name, run, address });
  }
}

function notLoaded(what: string): never {
  throw new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function splitProps(props?: string | string[] | { select?: string; expand?: string }): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap((p) => splitProps(p));
  if (typeof props === "object") return [...splitProps(props.select), ...splitProps(props.expand)];
  return props
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Base of all proxies: load() queues a read of the named properties; reading before sync throws. */
abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(
    readonly context: FakeContext,
    protected readonly nullable = false,
  ) {}

  /** True once resolved to nothing (only *OrNullObject proxies). */
  protected abstract exists(): boolean;
  protected abstract readProp(prop: string): unknown;
  protected child(_name: string): Proxy | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded("isNullObject");
    return this.nullState;
  }

  /** Nullable proxies learn whether they exist at the point of the queue where they were made. */
  protected registerNullable(): void {
    if (this.nullable) this.context.op("resolve", () => (this.nullState = !this.exists()));
  }

  protected isNull(): boolean {
    return this.nullable && !this.exists();
  }

  load(props?: string | string[] | { select?: string; expand?: string }): this {
    const list = splitProps(props);
    const own: string[] = [];
    for (const p of list) {
      const slash = p.indexOf("/");
      if (slash < 0) own.push(p);
      else {
        const c = this.child(p.slice(0, slash));
        if (!c) throw new Error(`Fake Excel: ${this.constructor.name} has no navigation property ${p.slice(0, slash)}`);
        c.load(p.slice(slash + 1));
      }
    }
    this.context.op(`${this.constructor.name}.load`, () => {
      if (this.nullable) this.nullState = !this.exists();
      if (this.isNull()) {
        for (const p of own) this.loaded.set(p, null);
        return;
      }
      for (const p of own) this.loaded.set(p, structuredCloneSafe(this.readProp(p)));
    });
    return this;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Queues a change; on a null object it is ignored, as Excel does. */
  protected change(name: string, run: () => void, address?: string): void {
    this.context.op(
      name,
      () => {
        if (this.isNull()) {
          if (this.context.nullObjectCalls === "throw") throw new FakeOfficeError("ItemNotFound", `${name} on a null object.`, name);
          return;
        }
        run();
      },
      address,
    );
  }
}

function structuredCloneSafe<T>(v: T): T {
  return v === undefined ? v : structuredClone(v);
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly comments: FakeCellAnnotationCollection<FakeComment>;
  readonly notes: FakeCellAnnotationCollection<FakeNote>;
  readonly properties: FakeDocumentPropertiesProxy;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.comments = new FakeCellAnnotationCollection(context, "comments", "Comment");
    this.notes = new FakeCellAnnotationCollection(context, "notes", "Note");
    this.properties = new FakeDocumentPropertiesProxy(context);
    this.settings = new FakeSettingCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

/** Loads a collection's items inside the queued operation, as Office.js fills `items` on sync. */
function splitItemProps(props?: string | string[]): string[] {
  return splitProps(props).map((p) => p.replace(/^items\//, ""));
}

/**
 * Workbook.comments (Comment, ExcelApi 1.10) and Workbook.notes (Note, ExcelApi 1.18): every
 * sheet's, sheet by sheet. Each item has authorName and content, delete() and getLocation();
 * comments also authorEmail. Deleting either on a protected sheet is refused (the fake takes
 * Excel's stricter behaviour: callers unprotect first).
 */
class FakeCellAnnotationCollection<T extends FakeComment | FakeNote> extends Proxy {
  private _items?: FakeCellAnnotation<T>[];
  constructor(
    context: FakeContext,
    private readonly field: "comments" | "notes",
    private readonly kind: "Comment" | "Note",
  ) {
    super(context);
  }
  protected exists() {
    return true;
  }
  protected readProp(): unknown {
    return undefined;
  }
  get items(): FakeCellAnnotation<T>[] {
    if (!this._items) notLoaded("items");
    return this._items;
  }
  override load(props?: string | string[]): this {
    const wanted = splitItemProps(props);
    this.context.op(`${this.kind}Collection.load`, () => {
      this._items = this.context.book.sheets.flatMap((s) =>
        (s[this.field] as T[]).map((a) => {
          const item = new FakeCellAnnotation<T>(this.context, this.field, this.kind, a);
          item.loadNow(wanted.length ? wanted : ["authorName", "content"]);
          return item;
        }),
      );
    });
    return this;
  }
}

class FakeCellAnnotation<T extends FakeComment | FakeNote> extends Proxy {
  constructor(
    context: FakeContext,
    private readonly field: "comments" | "notes",
    private readonly kind: "Comment" | "Note",
    private readonly target: T,
  ) {
    super(context);
  }
  /** The sheet it is on, or ItemNotFound once it (or its sheet) was deleted. */
  private sheetOf(): FakeSheet {
    const s = this.context.book.sheets.find((x) => (x[this.field] as T[]).includes(this.target));
    if (!s) throw new FakeOfficeError("ItemNotFound", `The ${this.kind.toLowerCase()} doesn't exist.`, `${this.kind}.delete`);
    return s;
  }
  protected exists(): boolean {
    try {
      this.sheetOf();
      return true;
    } catch {
      return false;
    }
  }
  protected readProp(prop: string): unknown {
    this.sheetOf();
    const allowed = this.kind === "Comment" ? ["authorName", "authorEmail", "content"] : ["authorName", "content"];
    if (!allowed.includes(prop)) throw new Error(`Fake Excel: ${this.kind}.${prop} is not faked`);
    return (this.target as unknown as Record<string, unknown>)[prop];
  }
  loadNow(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.readProp(p));
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get authorEmail(): string {
    return this.get("authorEmail");
  }
  get content(): string {
    return this.get("content");
  }
  getLocation(): FakeRange {
    const ws = new FakeWorksheet(this.context, () => this.sheetOf());
    return new FakeRange(this.context, ws, () => parseAddress(this.target.address).rect);
  }
  delete(): void {
    this.change(`${this.kind}.delete`, () => {
      const s = this.sheetOf();
      if (s.protection.protected) {
        throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is protected (${this.kind}.delete).`, `${this.kind}.delete`);
      }
      (s as unknown as Record<string, T[]>)[this.field] = (s[this.field] as T[]).filter((x) => x !== this.target);
      this.context.record(`delete${this.kind}`, s.name, this.target.address);
    });
  }
}

/** Workbook.properties: the built-in properties (lastAuthor and creationDate read-only) and custom ones. */
class FakeDocumentPropertiesProxy extends Proxy {
  readonly custom: FakeCustomPropertyCollection;
  constructor(context: FakeContext) {
    super(context);
    this.custom = new FakeCustomPropertyCollection(context);
    for (const prop of WRITABLE_DOCUMENT_PROPERTIES) {
      Object.defineProperty(this, prop, {
        get: () => this.get(prop),
        set: (v: unknown) =>
          this.change(`DocumentProperties.${prop}`, () => {
            this.context.book.properties[prop] = String(v);
            this.context.record("setProperty", undefined, undefined, { [prop]: String(v) });
          }),
      });
    }
  }
  protected exists() {
    return true;
  }
  protected readProp(prop: string): unknown {
    if ((WRITABLE_DOCUMENT_PROPERTIES as readonly string[]).includes(prop) || prop === "lastAuthor" || prop === "revisionNumber") {
      return this.context.book.properties[prop as keyof FakeDocumentProperties];
    }
    throw new Error(`Fake Excel: DocumentProperties.${prop} is not faked`);
  }
  protected override child(name: string): Proxy | undefined {
    return name === "custom" ? this.custom : undefined;
  }
  /** Read-only, as in Office.js: assigning it is a TypeError in strict mode. */
  get lastAuthor(): string {
    return this.get("lastAuthor");
  }
}

class FakeCustomPropertyCollection extends Proxy {
  private _items?: FakeCustomProperty[];
  protected exists() {
    return true;
  }
  protected readProp(): unknown {
    return undefined;
  }
  get items(): FakeCustomProperty[] {
    if (!this._items) notLoaded("items");
    return this._items;
  }
  override load(props?: string | string[]): this {
    const wanted = splitItemProps(props);
    this.context.op("CustomPropertyCollection.load", () => {
      this._items = this.context.book.properties.custom.map((p) => {
        const item = new FakeCustomProperty(this.context, p);
        item.loadNow(wanted.length ? wanted : ["key", "value", "type"]);
        return item;
      });
    });
    return this;
  }
}

class FakeCustomProperty extends Proxy {
  constructor(
    context: FakeContext,
    private readonly target: FakeDocumentProperties["custom"][number],
  ) {
    super(context);
  }
  protected exists() {
    return this.context.book.properties.custom.includes(this.target);
  }
  protected readProp(prop: string): unknown {
    if (prop === "key" || prop === "value" || prop === "type") return this.target[prop];
    throw new Error(`Fake Excel: CustomProperty.${prop} is not faked`);
  }
  loadNow(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.readProp(p));
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  get type(): string {
    return this.get("type");
  }
  delete(): void {
    this.change("CustomProperty.delete", () => {
      if (!this.exists())
        throw new FakeOfficeError("ItemNotFound", `The custom property ${this.target.key} doesn't exist.`, "CustomProperty.delete");
      const props = this.context.book.properties;
      props.custom = props.custom.filter((p) => p !== this.target);
      this.context.record("deleteCustomProperty", undefined, undefined, this.target.key);
    });
  }
}

/** Workbook.settings: key-value pairs the add-in stores in the file (per file and add-in). */
class FakeSettingCollection extends Proxy {
  private _items?: FakeSetting[];
  protected exists() {
    return true;
  }
  protected readProp(): unknown {
    return undefined;
  }
  get items(): FakeSetting[] {
    if (!this._items) notLoaded("items");
    return this._items;
  }
  override load(props?: string | string[]): this {
    const wanted = splitItemProps(props);
    this.context.op("SettingCollection.load", () => {
      this._items = this.context.book.settings.map((x) => {
        const item = new FakeSetting(this.context, x);
        item.loadNow(wanted.length ? wanted : ["key", "value"]);
        return item;
      });
    });
    return this;
  }
  add(key: string, value: unknown): void {
    this.context.op("SettingCollection.add", () => {
      const existing = this.context.book.settings.find((x) => x.key === key);
      if (existing) existing.value = structuredCloneSafe(value);
      else this.context.book.settings.push({ key, value: structuredCloneSafe(value) });
    });
  }
}

class FakeSetting extends Proxy {
  constructor(
    context: FakeContext,
    private readonly target: { key: string; value: unknown },
  ) {
    super(context);
  }
  protected exists() {
    return this.context.book.settings.includes(this.target);
  }
  protected readProp(prop: string): unknown {
    if (prop === "key" || prop === "value") return this.target[prop];
    throw new Error(`Fake Excel: Setting.${prop} is not faked`);
  }
  loadNow(props: string[]): void {
    for (const p of props) this.loaded.set(p, structuredCloneSafe(this.readProp(p)));
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.change("Setting.delete", () => {
      if (!this.exists()) throw new FakeOfficeError("ItemNotFound", `The setting ${this.target.key} doesn't exist.`, "Setting.delete");
      this.context.book.settings = this.context.book.settings.filter((x) => x !== this.target);
      this.context.record("deleteSetting", undefined, undefined, this.target.key);
    });
  }
}

/** Workbook.protection: only `protected` is read. */
class FakeWorkbookProtection extends Proxy {
  protected exists() {
    return true;
  }
  protected readProp(prop: string): unknown {
    if (prop === "protected") return this.context.book.protection.protected;
    throw new Error(`Fake Excel: WorkbookProtection.${prop} is not faked`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorksheetCollection extends Proxy {
  private _items?: FakeWorksheet[];
  private itemProps: string[] = [];

  protected exists() {
    return true;
  }
  protected readProp(prop: string) {
    return prop === "count" ? this.context.book.sheets.length : undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this._items) notLoaded("items");
    return this._items;
  }

  override load(props?: string | string[]): this {
    const list = splitProps(props).map((p) => p.replace(/^items\//, ""));
    this.context.op("WorksheetCollection.load", () => {
      this._items = this.context.book.sheets.map((s) => new FakeWorksheet(this.context, () => s));
    });
    this.itemProps = list.length ? list : ["name"];
    // The items exist only once the op above ran, so their loads queue in a second op.
    this.context.op("WorksheetCollection.loadItems", () => {
      for (const w of this._items!) w.loadNow(this.itemProps);
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    const n = name ?? `Sheet${this.context.book.sheets.length + 1}`;
    const ws = new FakeWorksheet(this.context, () => {
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The worksheet ${n} was never added.`);
      if (!this.context.book.sheets.includes(sheet)) throw new FakeOfficeError("ItemNotFound", `The worksheet ${n} was deleted.`);
      return sheet;
    });
    this.context.op("WorksheetCollection.add", () => {
      sheet = this.context.book.addSheet(n);
      this.context.record("addSheet", n);
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.requireSheet(name), true);
  }
}

class FakeWorksheet extends Proxy {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(
    context: FakeContext,
    readonly resolve: () => FakeSheet,
    nullable = false,
  ) {
    super(context, nullable);
    this.protection = new FakeWorksheetProtection(context, this);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.registerNullable();
  }

  readonly horizontalPageBreaks = {
    add: (cell: string) =>
      this.context.op("PageBreakCollection.add", () => {
        parseAddress(cell);
        this.resolve().pageBreaks.push(cell);
      }),
  };

  exists(): boolean {
    try {
      this.resolve();
      return true;
    } catch {
      return false;
    }
  }

  protected readProp(prop: string): unknown {
    const s = this.resolve();
    switch (prop) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor ?? "";
      case "position":
        return this.context.book.sheets.indexOf(s);
      default:
        throw new Error(`Fake Excel: Worksheet.${prop} is not faked`);
    }
  }

  protected override child(name: string): Proxy | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  /** Loads straight away; used by a collection's load inside its own queued operation. */
  loadNow(props: string[]): void {
    for (const p of props) {
      if (p.startsWith("protection/")) this.protection.loadNow(p.slice("protection/".length));
      else this.loaded.set(p, this.readProp(p));
    }
  }

  get name(): string {
    return this.get("name");
  }

  set tabColor(color: string) {
    this.change("Worksheet.tabColor", () => {
      this.resolve().tabColor = color;
    });
  }

  get visibility(): FakeSheet["visibility"] {
    return this.get("visibility");
  }

  /** As in Excel: refused while the workbook's structure is protected, or for the last visible sheet. */
  set visibility(v: FakeSheet["visibility"]) {
    this.change("Worksheet.visibility", () => {
      const s = this.resolve();
      if (!["Visible", "Hidden", "VeryHidden"].includes(v))
        throw new FakeOfficeError("InvalidArgument", `Not a visibility: ${String(v)}.`, "Worksheet.visibility");
      if (this.context.book.protection.protected && v !== s.visibility) {
        throw new FakeOfficeError("InvalidOperation", "The workbook's structure is protected.", "Worksheet.visibility");
      }
      if (v !== "Visible" && this.context.book.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      s.visibility = v;
      this.context.record("visibility", s.name, undefined, v);
    });
  }

  getRange(address?: string): FakeRange {
    // Whole rows ("3:5") as the cells of those rows.
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(address ?? "");
    if (rows) return new FakeRange(this.context, this, () => parseAddress(`A${rows[1]}:XFD${rows[2]}`).rect, address);
    const local = fullColumns(address)
      ? address!.replace(/^.*!/, "").replace(/^(\$?[A-Za-z]+):(\$?[A-Za-z]+)$/, (_m, a: string, b: string) => `${a}1:${b}1048576`)
      : (address ?? "A1");
    return new FakeRange(this.context, this, () => parseAddress(local).rect, address, fullColumns(address));
  }

  /** Worksheet.getRanges (ExcelApi 1.9): "A1:B2,D5,3:4", areas separated by commas. */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      address.split(",").map((a) => this.getRange(a.trim())),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const used = (): Rect | undefined => {
      const s = this.resolve();
      let r: Rect | undefined;
      for (const [k, c] of s.cells) {
        const hasValue = c.formula !== undefined || c.value !== "";
        if (valuesOnly && !hasValue) continue;
        const p = parseCell(k);
        r = r
          ? {
              top: Math.min(r.top, p.row),
              left: Math.min(r.left, p.col),
              bottom: Math.max(r.bottom, p.row),
              right: Math.max(r.right, p.col),
            }
          : { top: p.row, left: p.col, bottom: p.row, right: p.col };
      }
      return r;
    };
    return new FakeRange(this.context, this, used, undefined, false, true);
  }

  activate(): void {
    this.change("Worksheet.activate", () => {
      this.context.book.activeSheet = this.resolve().name;
      this.context.record("activate", this.resolve().name);
    });
  }

  delete(): void {
    this.change("Worksheet.delete", () => {
      const name = this.resolve().name;
      this.context.book.deleteSheet(name);
      this.context.record("deleteSheet", name);
    });
  }
}

function fullColumns(address?: string): boolean {
  return !!address && /^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/.test(address.replace(/^.*!/, ""));
}

class FakeWorksheetProtection extends Proxy {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected exists() {
    return this.ws.exists();
  }
  protected readProp(prop: string): unknown {
    const p = this.ws.resolve().protection;
    switch (prop) {
      case "protected":
        return p.protected;
      case "options":
        return p.options;
      case "isPasswordProtected":
        return p.protected && !!p.password;
      default:
        throw new Error(`Fake Excel: WorksheetProtection.${prop} is not faked`);
    }
  }
  loadNow(prop: string): void {
    this.loaded.set(prop, structuredCloneSafe(this.readProp(prop)));
  }
  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.get("options");
  }
  get isPasswordProtected(): boolean {
    return this.get("isPasswordProtected");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.change("WorksheetProtection.protect", () => {
      const s = this.ws.resolve();
      if (s.protection.protected)
        throw new FakeOfficeError("InvalidOperation", "The worksheet is already protected.", "WorksheetProtection.protect");
      s.protection = { protected: true, options: { ...(options ?? {}) }, password: password || undefined };
      this.context.record("protect", s.name, undefined, options);
    });
  }
  unprotect(password?: string): void {
    this.change("WorksheetProtection.unprotect", () => {
      const s = this.ws.resolve();
      if (s.protection.password !== undefined && s.protection.password !== password) {
        throw new FakeOfficeError("InvalidArgument", "The password is incorrect.", "WorksheetProtection.unprotect");
      }
      s.protection = { protected: false, options: s.protection.options };
      this.context.record("unprotect", s.name);
    });
  }
}

class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  private set(rows: number, columns: number) {
    this.context.op("WorksheetFreezePanes.freeze", () => {
      const s = this.ws.resolve();
      s.freeze = { rows, columns };
      this.context.record("freeze", s.name, undefined, s.freeze);
    });
  }
  freezeRows(count = 1): void {
    this.set(count, 0);
  }
  freezeColumns(count = 1): void {
    this.set(0, count);
  }
  freezeAt(frozenRange: string | FakeRange): void {
    const rect = () => (typeof frozenRange === "string" ? parseAddress(frozenRange).rect : frozenRange.rect());
    this.context.op("WorksheetFreezePanes.freeze", () => {
      const r = rect();
      const s = this.ws.resolve();
      s.freeze = { rows: r.bottom + 1, columns: r.right + 1 };
      this.context.record("freeze", s.name, undefined, s.freeze);
    });
  }
  unfreeze(): void {
    this.context.op("WorksheetFreezePanes.unfreeze", () => (this.ws.resolve().freeze = undefined));
  }
}

class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  private setter(
    prop:
      | "orientation"
      | "paperSize"
      | "zoom"
      | "centerHorizontally"
      | "leftMargin"
      | "rightMargin"
      | "topMargin"
      | "bottomMargin"
      | "headerMargin"
      | "footerMargin",
    v: unknown,
  ) {
    this.context.op(`PageLayout.${prop}`, () => {
      const s = this.ws.resolve();
      (s.pageLayout as Record<string, unknown>)[prop] = v;
    });
  }
  set orientation(v: string) {
    this.setter("orientation", v);
  }
  set paperSize(v: string) {
    this.setter("paperSize", v);
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.setter("zoom", v);
  }
  set centerHorizontally(v: boolean) {
    this.setter("centerHorizontally", v);
  }
  set leftMargin(v: number) {
    this.setter("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.setter("rightMargin", v);
  }
  set topMargin(v: number) {
    this.setter("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.setter("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.setter("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.setter("footerMargin", v);
  }
  setPrintArea(area: string): void {
    this.context.op("PageLayout.setPrintArea", () => {
      parseAddress(area);
      this.ws.resolve().pageLayout.printArea = area;
    });
  }
  readonly headersFooters = {
    defaultForAllPages: setterObject(
      Object.fromEntries(
        (["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const).map((k) => [
          k,
          (v: unknown) =>
            this.context.op(`HeaderFooter.${k}`, () => {
              const s = this.ws.resolve();
              s.pageLayout.headersFooters = { ...s.pageLayout.headersFooters, [k]: String(v) };
            }),
        ]),
      ),
    ) as Excel.HeaderFooter,
  };
  setPrintTitleRows(rows: string): void {
    this.context.op("PageLayout.setPrintTitleRows", () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `Not a row range: ${rows}`);
      this.ws.resolve().pageLayout.printTitleRows = rows;
    });
  }
}

/** Blocks what Excel blocks on a protected sheet. */
function guard(s: FakeSheet, cells: FakeCell[] | "format" | "columns", what: string): void {
  const p = s.protection;
  if (!p.protected) return;
  const denied =
    cells === "format" ? !p.options.allowFormatCells : cells === "columns" ? !p.options.allowFormatColumns : cells.some((c) => c.locked);
  if (denied) {
    throw new FakeOfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${s.name}, ${what}).`,
      what,
    );
  }
}

class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly where: () => Rect | undefined,
    private readonly given?: string,
    readonly columnsOnly = false,
    nullable = false,
  ) {
    super(context, nullable);
    this.format = new FakeRangeFormat(context, [this]);
    this.dataValidation = new FakeDataValidation(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
    this.registerNullable();
  }

  protected exists(): boolean {
    return this.ws.exists() && this.where() !== undefined;
  }

  rect(): Rect {
    const r = this.where();
    if (!r) throw new FakeOfficeError("ItemNotFound", "The range doesn't exist.");
    if (this.columnsOnly) return { ...r, top: 0, bottom: 1048575 };
    return r;
  }

  sheet(): FakeSheet {
    return this.ws.resolve();
  }

  /** Every cell of the range, created blank when missing. */
  cellsGrid(): FakeCell[][] {
    const r = this.rect();
    const s = this.sheet();
    const rows: FakeCell[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: FakeCell[] = [];
      for (let j = r.left; j <= r.right; j++) {
        const k = key(i, j);
        let c = s.cells.get(k);
        if (!c) {
          c = blankCell();
          s.cells.set(k, c);
        }
        row.push(c);
      }
      rows.push(row);
    }
    return rows;
  }

  private readGrid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const r = this.rect();
    const s = this.sheet();
    const out: T[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: T[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(f(s.cells.get(key(i, j))));
      out.push(row);
    }
    return out;
  }

  fullAddress(): string {
    return `${quoteSheetIfNeeded(this.sheet().name)}!${rectAddress(this.rect())}`;
  }

  protected readProp(prop: string): unknown {
    const r = this.rect();
    switch (prop) {
      case "address":
        return this.fullAddress();
      case "formulas":
        return this.readGrid((c) => (c ? (c.formula ?? c.value) : ""));
      case "values":
        return this.readGrid((c) => (c ? c.value : ""));
      case "numberFormat":
        return this.readGrid((c) => (c ? c.numberFormat : "General"));
      case "valueTypes":
        return this.readGrid((c) => valueType(c));
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      default:
        throw new Error(`Fake Excel: Range.${prop} is not faked`);
    }
  }

  get address(): string {
    return this.get("address");
  }

  /** Merges the range into one cell (across: each row on its own); Excel keeps the top-left value. */
  merge(across = false): void {
    this.context.op("Range.merge", () => {
      const r = this.rect();
      const s = this.sheet();
      guard(s, "format", "Range.merge");
      const areas = across ? Array.from({ length: r.bottom - r.top + 1 }, (_x, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      for (const a of areas) {
        for (let i = a.top; i <= a.bottom; i++)
          for (let j = a.left; j <= a.right; j++) {
            const c = s.cells.get(key(i, j));
            if ((i !== a.top || j !== a.left) && c && (c.formula !== undefined || c.value !== "")) {
              throw new FakeOfficeError(
                "InvalidOperation",
                `Merging ${rectAddress(a)} would lose the value of ${key(i, j)}.`,
                "Range.merge",
              );
            }
          }
        s.merges.push(rectAddress(a));
      }
      this.context.record("merge", s.name, rectAddress(r));
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  /** Excel accepts a 2-D array of the range's size, or one value for every cell. */
  private grid(input: unknown, prop: string): unknown[][] {
    const r = this.rect();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (!Array.isArray(input)) return Array.from({ length: rows }, () => Array.from({ length: cols }, () => input));
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}, ${rectAddress(r)}).`,
        `Range.${prop}`,
      );
    }
    return input as unknown[][];
  }

  /**
   * Writes cell contents. `formulasR1C1` is read as Excel reads it: each cell's references are
   * counted from that cell, so one text fills a block the way a formula copied across it would.
   */
  private writeContent(input: unknown, prop: "formulas" | "formulasR1C1" | "values"): void {
    this.change(
      `Range.${prop}`,
      () => {
        const data = this.grid(input, prop);
        const cells = this.cellsGrid();
        const s = this.sheet();
        guard(s, cells.flat(), `Range.${prop}`);
        const r = this.rect();
        // Overwriting a spill anchor removes its spill, as in Excel.
        for (const c of cells.flat()) if (c.spill) clearSpill(s, c);
        cells.forEach((row, i) =>
          row.forEach((c, j) => {
            const v = data[i][j];
            if (v === null || v === undefined) return;
            const e = prop === "values" ? { ...parseEntry(v), formula: undefined } : parseEntry(v);
            if (prop === "values" && typeof v === "string" && v.startsWith("=")) e.formula = v;
            if (prop === "formulasR1C1" && e.formula !== undefined) e.formula = toA1(e.formula, { row: r.top + i, col: r.left + j });
            c.formula = e.formula;
            c.spilledFrom = undefined;
            const address = key(r.top + i, r.left + j);
            c.value = e.formula !== undefined ? (this.context.evaluate?.(this.context.book, s.name, address, e.formula) ?? "") : e.value;
          }),
        );
        // The request carries what was given: one value for a block stays one value.
        this.context.record(`set ${prop}`, s.name, rectAddress(r), input);
      },
      this.given,
    );
  }

  set formulas(input: unknown) {
    this.writeContent(input, "formulas");
  }
  set formulasR1C1(input: unknown) {
    this.writeContent(input, "formulasR1C1");
  }
  set values(input: unknown) {
    this.writeContent(input, "values");
  }
  set numberFormat(input: unknown) {
    this.change("Range.numberFormat", () => {
      const data = this.grid(input, "numberFormat");
      const cells = this.cellsGrid();
      guard(this.sheet(), "format", "Range.numberFormat");
      cells.forEach((row, i) => row.forEach((c, j) => data[i][j] != null && (c.numberFormat = String(data[i][j]))));
      this.context.record("set numberFormat", this.sheet().name, rectAddress(this.rect()), input);
    });
  }

  getSpillingToRangeOrNullObject(): FakeRange {
    const spill = (): Rect | undefined => {
      const r = this.rect();
      const c = this.sheet().cells.get(key(r.top, r.left));
      if (!c?.spill) return undefined;
      return { top: r.top, left: r.left, bottom: r.top + c.spill.length - 1, right: r.left + c.spill[0].length - 1 };
    };
    return new FakeRange(this.context, this.ws, spill, undefined, false, true);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.ws, () => {
      const r = this.rect();
      return { top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column };
    });
  }

  select(): void {
    this.change("Range.select", () => undefined);
  }
}

function clearSpill(s: FakeSheet, anchor: FakeCell): void {
  const at = [...s.cells.entries()].find(([, c]) => c === anchor)?.[0];
  if (!at) return;
  for (const c of s.cells.values()) {
    if (c.spilledFrom !== at) continue;
    c.value = "";
    c.spilledFrom = undefined;
  }
  anchor.spill = undefined;
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === "") return "Empty";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return /^#(NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!|SPILL!|CALC!|BUSY!)$/.test(c.value) ? "Error" : "String";
}

/**
 * Worksheet.getRanges (ExcelApi 1.9): several rectangles or whole rows of one sheet, formatted in
 * one operation (what the fake offers of it: the format).
 */
class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  constructor(context: FakeContext, areas: FakeRange[]) {
    this.format = new FakeRangeFormat(context, areas);
  }
}

class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  readonly protection: { locked: boolean };

  /** `areas`: one range, or the areas of a RangeAreas, which one operation formats together. */
  constructor(
    private readonly context: FakeContext,
    private readonly areas: readonly FakeRange[],
  ) {
    const setFormat = (prop: keyof FakeCellFormat, name: string) => (v: unknown) =>
      this.apply(name, (c) => ((c.format as Record<string, unknown>)[prop] = v));
    this.fill = setterObject({ color: setFormat("fill", "RangeFill.color") }) as { color: string };
    this.font = setterObject({
      bold: setFormat("bold", "RangeFont.bold"),
      italic: setFormat("italic", "RangeFont.italic"),
      color: setFormat("fontColor", "RangeFont.color"),
      size: setFormat("fontSize", "RangeFont.size"),
      name: setFormat("fontName", "RangeFont.name"),
    }) as { bold: boolean; italic: boolean; color: string; size: number; name: string };
    this.protection = setterObject({ locked: (v) => this.apply("FormatProtection.locked", (c) => (c.locked = Boolean(v))) }) as {
      locked: boolean;
    };
  }

  private get range(): FakeRange {
    if (this.areas.length !== 1) throw new Error("Fake Excel: borders of several areas at once are not faked");
    return this.areas[0];
  }

  private sheet(): FakeSheet {
    return this.areas[0].sheet();
  }

  /** The operation's address as the request carries it: the areas, comma-separated. */
  private address(of: (r: Rect) => string): string {
    return this.areas.map((a) => of(a.rect())).join(",");
  }

  private apply(name: string, f: (c: FakeCell) => void): void {
    this.context.op(name, () => {
      const cells = this.areas.flatMap((a) => a.cellsGrid().flat());
      guard(this.sheet(), "format", name);
      cells.forEach(f);
      this.context.record(name, this.sheet().name, this.address(rectAddress));
    });
  }

  readonly borders = {
    getItem: (index: string) =>
      setterObject({
        style: (v) => this.border(index, String(v)),
        weight: () => undefined,
        color: () => undefined,
      }),
  };

  /** A border index as Excel draws it: edges of the range, or the lines between its cells. */
  private border(index: string, style: string): void {
    this.context.op("RangeBorder.style", () => {
      const grid = this.range.cellsGrid();
      guard(this.range.sheet(), "format", "RangeBorder.style");
      const set = (c: FakeCell, side: "top" | "bottom" | "left" | "right") => (c.format.borders = { ...c.format.borders, [side]: style });
      const last = grid.length - 1;
      const lastCol = grid[0].length - 1;
      grid.forEach((row, i) =>
        row.forEach((c, j) => {
          if (index === "EdgeTop" && i === 0) set(c, "top");
          if (index === "EdgeBottom" && i === last) set(c, "bottom");
          if (index === "EdgeLeft" && j === 0) set(c, "left");
          if (index === "EdgeRight" && j === lastCol) set(c, "right");
          if (index === "InsideHorizontal") {
            if (i > 0) set(c, "top");
            if (i < last) set(c, "bottom");
          }
          if (index === "InsideVertical") {
            if (j > 0) set(c, "left");
            if (j < lastCol) set(c, "right");
          }
        }),
      );
    });
  }

  set wrapText(v: boolean) {
    this.apply("RangeFormat.wrapText", (c) => (c.format.wrapText = v));
  }
  set horizontalAlignment(v: string) {
    this.apply("RangeFormat.horizontalAlignment", (c) => (c.format.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.apply("RangeFormat.verticalAlignment", (c) => (c.format.verticalAlignment = v));
  }
  set rowHeight(points: number) {
    this.context.op("RangeFormat.rowHeight", () => {
      const s = this.sheet();
      if (s.protection.protected && !s.protection.options.allowFormatRows) guard(s, "format", "RangeFormat.rowHeight");
      for (const a of this.areas) for (let i = a.rect().top; i <= a.rect().bottom; i++) s.rowHeights.set(i, points);
      this.context.record(
        "rowHeight",
        s.name,
        this.address((r) => `${r.top + 1}:${r.bottom + 1}`),
        points,
      );
    });
  }
  set columnWidth(points: number) {
    this.context.op("RangeFormat.columnWidth", () => {
      const s = this.sheet();
      guard(s, "columns", "RangeFormat.columnWidth");
      for (const a of this.areas) for (let j = a.rect().left; j <= a.rect().right; j++) s.columnWidths.set(j, points);
      this.context.record(
        "columnWidth",
        s.name,
        this.address((r) => rectAddress({ ...r, top: 0, bottom: 0 })),
        points,
      );
    });
  }
}

/** An object whose property assignments call the given setters (write-only, like queued sets). */
function setterObject(setters: Record<string, (v: unknown) => void>): object {
  const o = {};
  for (const [k, f] of Object.entries(setters)) Object.defineProperty(o, k, { set: f, enumerable: true });
  return o;
}

class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  private apply(name: string, f: (v: FakeValidation) => void): void {
    this.context.op(name, () => {
      const cells = this.range.cellsGrid().flat();
      const s = this.range.sheet();
      if (s.protection.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is protected (${name}).`, name);
      for (const c of cells) {
        // Office.js: a cell's validation ignores blanks until told otherwise.
        c.validation ??= { rule: {}, ignoreBlanks: true };
        f(c.validation);
      }
      this.context.record(name, s.name, rectAddress(this.range.rect()));
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    if (Object.keys(rule).length !== 1) throw new FakeOfficeError("InvalidArgument", "A data validation rule has exactly one type.");
    this.apply("DataValidation.rule", (v) => (v.rule = structuredClone(rule)));
  }
  set ignoreBlanks(v: boolean) {
    this.apply("DataValidation.ignoreBlanks", (x) => (x.ignoreBlanks = v));
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255) {
      throw new FakeOfficeError("InvalidArgument", "A validation prompt's title is 32 characters at most and its message 255.");
    }
    this.apply("DataValidation.prompt", (v) => (v.prompt = { ...prompt }));
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 255) {
      throw new FakeOfficeError("InvalidArgument", "A validation alert's title is 32 characters at most and its message 255.");
    }
    this.apply("DataValidation.errorAlert", (v) => (v.errorAlert = { ...alert }));
  }
  clear(): void {
    this.context.op("DataValidation.clear", () => {
      for (const c of this.range.cellsGrid().flat()) c.validation = undefined;
    });
  }
}

const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/**
 * Range.conditionalFormats (ExcelApi 1.6), for "cell value" and custom (formula) formats: add()
 * queues the format, and its rule and format properties are queued sets on it. Like Excel, adding or changing one
 * on a protected sheet that does not allow formatting cells is denied.
 */
class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string): {
    cellValue: {
      format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
      rule: Excel.ConditionalCellValueRule;
    };
    custom: {
      format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
      rule: { formula: string };
    };
  } {
    if (type !== "CellValue" && type !== "Custom") throw new Error(`Fake Excel: conditional formats of type ${type} are not faked`);
    let made: FakeConditionalFormat | undefined;
    this.context.op("ConditionalFormatCollection.add", () => {
      const s = this.range.sheet();
      guard(s, "format", "ConditionalFormatCollection.add");
      made = { range: rectAddress(this.range.rect()), type, format: {} };
      s.conditionalFormats.push(made);
      this.context.record("add conditional format", s.name, made.range);
    });
    const set = (name: string, f: (cf: FakeConditionalFormat) => void) =>
      this.context.op(name, () => {
        if (!made) throw new FakeOfficeError("ItemNotFound", "The conditional format doesn't exist.", name);
        guard(this.range.sheet(), "format", name);
        f(made);
      });
    const fmt = (prop: keyof FakeConditionalFormat["format"], name: string) => (v: unknown) =>
      set(name, (cf) => ((cf.format as Record<string, unknown>)[prop] = v));
    const format = {
      fill: setterObject({ color: fmt("fill", "ConditionalRangeFill.color") }),
      font: setterObject({
        color: fmt("fontColor", "ConditionalRangeFont.color"),
        bold: fmt("bold", "ConditionalRangeFont.bold"),
        italic: fmt("italic", "ConditionalRangeFont.italic"),
      }),
    };
    if (type === "Custom") {
      // Excel refuses a formula that is not one ("=" first); the rule belongs to the custom format only.
      const rule = setterObject({
        formula: (formula: unknown) =>
          set("ConditionalFormatRule.formula", (cf) => {
            if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2)
              throw new FakeOfficeError(
                "InvalidArgument",
                `The argument is invalid or missing or has an incorrect format (formula ${JSON.stringify(formula)}).`,
                "ConditionalFormatRule.formula",
              );
            cf.formula = formula;
          }),
      });
      return { custom: { format, rule } } as unknown as ReturnType<FakeConditionalFormatCollection["add"]>;
    }
    const cellValue = { format };
    Object.defineProperty(cellValue, "rule", {
      enumerable: true,
      set: (rule: Excel.ConditionalCellValueRule) =>
        set("CellValueConditionalFormat.rule", (cf) => {
          const two = rule.operator === "Between" || rule.operator === "NotBetween";
          if (!CELL_VALUE_OPERATORS.includes(rule.operator) || !rule.formula1 || two !== (rule.formula2 !== undefined)) {
            throw new FakeOfficeError(
              "InvalidArgument",
              `The argument is invalid or missing or has an incorrect format (rule ${JSON.stringify(rule)}).`,
              "CellValueConditionalFormat.rule",
            );
          }
          cf.rule = { ...rule };
        }),
    });
    return { cellValue } as unknown as ReturnType<FakeConditionalFormatCollection["add"]>;
  }
}

class FakeNamedItemCollection extends Proxy {
  private _items?: FakeNamedItem[];
  protected exists() {
    return true;
  }
  protected readProp(): unknown {
    return undefined;
  }
  get items(): FakeNamedItem[] {
    if (!this._items) notLoaded("items");
    return this._items;
  }
  override load(props?: string | string[]): this {
    const list = splitProps(props).map((p) => p.replace(/^items\//, ""));
    const wanted = list.length ? list : ["name", "formula", "value", "type", "visible", "comment"];
    this.context.op("NamedItemCollection.load", () => {
      this._items = this.context.book.names.map((n) => {
        const item = new FakeNamedItem(this.context, () => n);
        item.loadNow(wanted);
        return item;
      });
    });
    return this;
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    let created: FakeName | undefined;
    this.context.op("NamedItemCollection.add", () => {
      const formula =
        typeof reference === "string" ? reference : `=${quoteSheetIfNeeded(reference.sheet().name)}!${absolute(reference.rect())}`;
      created = this.context.book.addName(name, formula, comment ?? "");
      this.context.record("addName", undefined, undefined, { name, formula: created.formula });
    });
    return new FakeNamedItem(this.context, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", `The name ${name} was never added.`);
      return created;
    });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name), true);
  }
  private find(name: string): FakeName {
    const n = this.context.book.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!n) throw new FakeOfficeError("ItemNotFound", `The name ${name} doesn't exist.`);
    return n;
  }
}

class FakeNamedItem extends Proxy {
  constructor(
    context: FakeContext,
    private readonly resolve: () => FakeName,
    nullable = false,
  ) {
    super(context, nullable);
    this.registerNullable();
  }
  protected exists(): boolean {
    try {
      return this.context.book.names.includes(this.resolve());
    } catch {
      return false;
    }
  }
  protected readProp(prop: string): unknown {
    const n = this.resolve();
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return n.formula;
      case "value":
        return n.formula.slice(1);
      case "type":
        return n.formula.includes("#REF!") ? "Error" : "Range";
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      default:
        throw new Error(`Fake Excel: NamedItem.${prop} is not faked`);
    }
  }
  loadNow(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.readProp(p));
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get value(): string {
    return this.get("value");
  }
  get type(): string {
    return this.get("type");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  delete(): void {
    this.change("NamedItem.delete", () => {
      const n = this.resolve();
      this.context.book.names = this.context.book.names.filter((x) => x !== n);
      this.context.record("deleteName", undefined, undefined, n.name);
    });
  }
}

export interface FakeExcel {
  /** Pass this where an Excel.RequestContext is expected. */
  context: Excel.RequestContext;
  fake: FakeContext;
  book: FakeWorkbook;
  readonly syncs: number;
  readonly log: LoggedOp[];
}

/**
 * Each sync's request size in bytes, estimated as the JSON of the operations it carried with their
 * arguments (values, formulas, formats, validation), as Office.js serialises them.
 */
export function requestBytes(log: readonly LoggedOp[]): Map<number, number> {
  const bytes = new Map<number, number>();
  for (const op of log) bytes.set(op.sync, (bytes.get(op.sync) ?? 0) + Buffer.byteLength(JSON.stringify(op)));
  return bytes;
}

export function createFakeExcel(options: FakeExcelOptions & { book?: FakeWorkbook } = {}): FakeExcel {
  const book = options.book ?? new FakeWorkbook();
  const fake = new FakeContext(book, options);
  return {
    context: fake as unknown as Excel.RequestContext,
    fake,
    book,
    get syncs() {
      return fake.syncs;
    },
    get log() {
      return fake.log;
    },
  };
}

/**
 * Installs a global Office whose requirements report the given API sets as supported, e.g.
 * { ExcelApi: "1.9" }. Returns a function that restores the previous global.
 */
export function installFakeOffice(supported: Record<string, string>): () => void {
  const g = globalThis as { Office?: unknown };
  const previous = g.Office;
  const atLeast = (have: string, want: string) => {
    const a = have.split(".").map(Number);
    const b = want.split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name in supported && atLeast(supported[name], version ?? "1.1"),
      },
    },
  };
  return () => {
    g.Office = previous;
  };
}
