/** Number formats as the seed prints them: £ with pence, percentages to 2 places, hours to 1 place. */
export const FMT = {
  money: "£#,##0.00;-£#,##0.00",
  money0: "£#,##0;-£#,##0",
  percent: "0.00%",
  hours: "#,##0.0",
  count: "0",
  number: "#,##0.00",
  months: "0",
} as const;
