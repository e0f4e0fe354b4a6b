/**
 * A modal dialog opened by a trigger: focus moves in, Escape or Close closes it, focus returns to
 * the trigger. The dialog's code loads on the first click, so the first screen does not carry it.
 */
import { cloneElement, lazy, Suspense, useRef, useState, type ReactElement, type ReactNode } from "react";

const DialogView = lazy(() => import(/* webpackChunkName: "dialog" */ "./DialogView"));

export function InfoDialog({
  trigger,
  title,
  children,
}: {
  trigger: ReactElement<{ onClick?: () => void; ref?: unknown }>;
  title: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so the dialog closes itself (and gives the page back) rather than being torn down.
  const [used, setUsed] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const close = () => {
    setOpen(false);
    // Back to the control that opened it, as a dialog with its own trigger does.
    setTimeout(() => ref.current?.focus(), 0);
  };
  return (
    <>
      {cloneElement(trigger, {
        onClick: () => {
          setUsed(true);
          setOpen(true);
        },
        ref,
        "aria-haspopup": "dialog",
      } as never)}
      {used && (
        <Suspense fallback={null}>
          <DialogView open={open} title={title} onClose={close}>
            {children}
          </DialogView>
        </Suspense>
      )}
    </>
  );
}
