/** Choose a commissioning model A–D and the E/F overlays, each with its summary and full description. */
import { useId } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { OptionId, OverlayId } from "../templates/types";
import { optionContent, optionSource, OPTIONS, OVERLAYS } from "./options";

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column" },
  // Fluent greys an unselected radio's label (colorNeutralForeground3); the titles stay in full
  // colour so every option reads as well as the chosen one.
  title: { color: tokens.colorNeutralForeground1 },
  summary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginTop: "8px" },
  overlay: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  about: { marginLeft: "32px", marginBottom: "4px", textAlign: "left", fontSize: tokens.fontSizeBase200 },
  list: { margin: "4px 0 8px", paddingLeft: "20px" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 0" },
});

function OptionLabel({ id }: { id: OptionId | OverlayId }) {
  const styles = useStyles();
  const c = optionContent(id);
  return (
    <span className={styles.label}>
      <span className={styles.title}>
        {id}. {c.title}
      </span>
      <span className={styles.summary}>{c.summary}</span>
    </span>
  );
}

/** The full description: a modal dialog (focus moves in, Escape closes, focus returns). */
export function OptionDetails({ id, triggerLabel }: { id: OptionId | OverlayId; triggerLabel: string }) {
  const styles = useStyles();
  const c = optionContent(id);
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Link as="button" className={styles.about}>
          {triggerLabel}
        </Link>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            Option {id}: {c.title}
          </DialogTitle>
          {/* Focusable so keyboard users can scroll a long description. */}
          <DialogContent tabIndex={0}>
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
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

interface Props {
  option: OptionId;
  overlays: readonly OverlayId[];
  onOption: (id: OptionId) => void;
  onOverlays: (ids: OverlayId[]) => void;
}

export function OptionPicker({ option, overlays, onOption, onOverlays }: Props) {
  const styles = useStyles();
  const modelLabel = useId();
  const overlayLabel = useId();
  return (
    <div>
      <h3 id={modelLabel} className={styles.heading}>
        Commissioning model
      </h3>
      <RadioGroup aria-labelledby={modelLabel} value={option} onChange={(_, d) => onOption(d.value as OptionId)}>
        {OPTIONS.map((id) => (
          <Radio key={id} value={id} label={<OptionLabel id={id} />} />
        ))}
      </RadioGroup>
      <OptionDetails id={option} triggerLabel={`About option ${option}: advantages and disadvantages`} />
      <h3 id={overlayLabel} className={styles.heading}>
        Add to it (optional)
      </h3>
      <div role="group" aria-labelledby={overlayLabel}>
        {OVERLAYS.map((id) => (
          <div key={id} className={styles.overlay}>
            <Checkbox
              checked={overlays.includes(id)}
              label={<OptionLabel id={id} />}
              onChange={(_, d) => onOverlays(OVERLAYS.filter((o) => (o === id ? d.checked === true : overlays.includes(o))))}
            />
            <OptionDetails id={id} triggerLabel={`About ${id}: advantages and disadvantages`} />
          </div>
        ))}
      </div>
    </div>
  );
}
