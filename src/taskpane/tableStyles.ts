/** The pane's tables of figures share one look: small type, figures to the right, a rule under each row. */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

const rule = `1px solid ${tokens.colorNeutralStroke2}`;

export const TABLE_STYLES = {
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: "2px 4px", borderBottom: rule },
  rowHead: { textAlign: "left", padding: "2px 4px", fontWeight: tokens.fontWeightRegular, borderBottom: rule },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "4px 0" },
} satisfies Record<string, GriffelStyle>;
