/** An option's full description (summary, advantages, disadvantages, source) in a dialog. */
import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { OptionId, OverlayId } from "../templates/types";
import { InfoDialog } from "./InfoDialog";
import { optionContent, optionSource } from "./options";

const useStyles = makeStyles({
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginTop: "8px" },
  about: { textAlign: "left", fontSize: tokens.fontSizeBase200, alignSelf: "flex-start" },
  list: { margin: "4px 0 8px", paddingLeft: "20px" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 0" },
});

export function OptionDetails({ id, triggerLabel }: { id: OptionId | OverlayId; triggerLabel: string }) {
  const styles = useStyles();
  const c = optionContent(id);
  return (
    <InfoDialog
      trigger={
        <Link as="button" className={styles.about}>
          {triggerLabel}
        </Link>
      }
      title={`Option ${id}: ${c.title}`}
    >
      <Text as="p">{c.summary}</Text>
      <h3 className={styles.heading}>Advantages</h3>
      <ul className={styles.list}>
        {c.advantages.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h3 className={styles.heading}>Disadvantages</h3>
      <ul className={styles.list}>
        {c.disadvantages.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <Text as="p" className={styles.source}>
        {optionSource(id)}
      </Text>
    </InfoDialog>
  );
}
