import type { StyleId } from "../../templates/types";

/** What the Office.js writer sets on a range for one template style. */
export interface OfficeCellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrapText?: boolean;
}

/**
 * Interim mapping until src/templates/styles.ts (owned by the templates work) lands; then this
 * function should read that table so both writers share one definition of each style.
 */
const INTERIM: Record<StyleId, OfficeCellStyle> = {
  title: { bold: true, fontSize: 14 },
  subtitle: { bold: true, fontSize: 12 },
  header: { bold: true, fill: "#D9E1F2" },
  label: {},
  input: { fill: "#FFCCFF" },
  output: { fill: "#F2F2F2" },
  total: { bold: true, fill: "#F2F2F2" },
  note: { italic: true, fontColor: "#595959", wrapText: true },
  check: { italic: true, fontColor: "#375623" },
};

export function officeStyle(style: StyleId): OfficeCellStyle {
  return INTERIM[style];
}
