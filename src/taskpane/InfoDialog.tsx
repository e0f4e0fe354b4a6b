/** A modal dialog opened by a trigger: focus moves in, Escape or Close closes it, focus returns to the trigger. */
import type { ReactElement, ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";

export function InfoDialog({ trigger, title, children }: { trigger: ReactElement; title: ReactNode; children: ReactNode }) {
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          {/* Focusable so keyboard users can scroll a long content. */}
          <DialogContent tabIndex={0}>{children}</DialogContent>
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
