/**
 * A titled, collapsible region of the pane: the heading names it for screen readers' landmark lists,
 * one line says what it holds, and its content is mounted the first time it opens (so what it needs
 * loads then), and kept afterwards so what the user typed there stays.
 */
import { useState, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: "4px 0" },
  summary: { cursor: "pointer", padding: "6px 0", listStylePosition: "outside", marginLeft: "16px" },
  h2: { display: "inline", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  help: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  body: { display: "flex", flexDirection: "column", rowGap: "8px", padding: "4px 0 8px" },
});

interface Props {
  id: string;
  title: string;
  /** One line: what the section holds. */
  help: string;
  open: boolean;
  onOpen: (open: boolean) => void;
  children: ReactNode;
}

export function Section({ id, title, help, open, onOpen, children }: Props) {
  const styles = useStyles();
  const [mounted, setMounted] = useState(open);
  if (open && !mounted) setMounted(true);
  return (
    <section className={styles.section} aria-labelledby={`h-${id}`} data-section={id}>
      {/* Opened and closed by the pane's state (a solve or a scenario opens Scheme), not by the browser alone. */}
      <details open={open}>
        <summary
          className={styles.summary}
          onClick={(e) => {
            e.preventDefault();
            onOpen(!open);
          }}
        >
          <h2 id={`h-${id}`} className={styles.h2}>
            {title}
          </h2>
          <span className={styles.help}>{help}</span>
        </summary>
        {mounted && <div className={styles.body}>{children}</div>}
      </details>
    </section>
  );
}
