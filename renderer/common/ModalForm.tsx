// A modal dialog whose body is one form: Enter submits, Escape closes.
import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface ModalFormProps {
  title: string;
  testId: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

/** A dialog holding a form; `onSubmit` runs without the page reloading. */
export function ModalForm({ title, testId, onClose, onSubmit, children }: ModalFormProps) {
  return (
    <ModalDialog title={title} onClose={onClose} testId={testId}>
      <form
        className="modal-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </ModalDialog>
  );
}
