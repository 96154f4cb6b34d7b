// A native modal <dialog>: it traps focus, closes on Escape and greys out the page behind it.
// It is portalled to <body>, so a dialog opened from a header control stays shown when that control
// sits in the header's closed "More" panel (a dialog under a display:none parent would block the page
// unseen).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  testId?: string;
  children: ReactNode;
}

/** Shows its children in a modal dialog while mounted; Escape calls `onClose`. */
export function ModalDialog({ title, onClose, testId, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  return createPortal(
    <dialog
      ref={dialogRef}
      className="modal"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // The parent decides whether the dialog goes away; it unmounts it.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>,
    document.body,
  );
}
