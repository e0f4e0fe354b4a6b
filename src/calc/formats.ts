/**
 * The number formats of every template, in one place: rows choose one of these (row.format) where
 * they are defined, and test/templates/formats.test.ts checks each value cell's format against the
 * unit printed beside it.
 *
 * Percentages: no one format prints 27% and 27.5% both without a stray decimal point in all three
 * spreadsheets: "0.##%" prints "27%" in LibreOffice but "27.%" in Excel and Gnumeric. So a share
 * whose values are whole percentages (the published defaults: 27%, 46%, 27%; 80%, 60%, 40%) uses
 * `percent`, and one that is worked out and may not be whole uses `percent1`.
 */
export const FMT = {
  /** Pounds and pence, for amounts an hour, a week or a month, as the sources print them (£10.00 an hour, £245.67 a week). */
  money: "£#,##0.00;-£#,##0.00",
  /** Whole pounds, for amounts a year and capital sums (£1,610,491 a year), where pence would be false precision. */
  money0: "£#,##0;-£#,##0",
  /** A whole percentage (27%): a share whose values are whole percentages, such as the pink input shares. */
  percent: "0%",
  /** A percentage to one decimal place (27.5%): a share that is worked out and need not be whole. */
  percent1: "0.0%",
  /** Hours to one decimal place (126.0 hours a week), as the published model prints them. */
  hours: "#,##0.0",
  /** A whole number of people or units (35 tenants). */
  count: "0",
  /** A month number or a number of months. */
  months: "0",
  /** A plain number to two decimal places, for figures with no unit of their own. */
  number: "#,##0.00",
} as const;
