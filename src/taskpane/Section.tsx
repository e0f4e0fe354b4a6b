/** A titled region of the pane; its heading names it for screen readers' landmark lists. */
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`h-${id}`}>
      <h2 id={`h-${id}`} className={styles.h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}
