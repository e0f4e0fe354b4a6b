/** Where the pane's figures and defaults come from, said once, behind an information button. */
import { lazy, Suspense } from "react";
import { Button } from "@fluentui/react-components";
import { InfoDialog } from "./InfoDialog";

const SourcesList = lazy(() => import(/* webpackChunkName: "dialog" */ "./SourcesList"));

/** An "i" in a circle, drawn here: an icon package would weigh more than the pane's first screen can spare. */
function InfoIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <rect x="7.35" y="6.6" width="1.3" height="5" fill="currentColor" />
      <circle cx="8" cy="4.6" r="0.85" fill="currentColor" />
    </svg>
  );
}

export function Sources() {
  return (
    <InfoDialog
      trigger={
        <Button size="small" appearance="subtle" icon={<InfoIcon />} title="Sources of the figures">
          Sources
        </Button>
      }
      title="Sources of the figures"
    >
      <Suspense fallback={null}>
        <SourcesList />
      </Suspense>
    </InfoDialog>
  );
}
