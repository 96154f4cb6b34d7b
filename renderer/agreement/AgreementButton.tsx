// The header button that opens the Agreement view.

interface AgreementButtonProps {
  open: boolean;
  disabled: boolean;
  onOpen: () => void;
}

/** "Agreement": pressed while the view is open. */
export function AgreementButton({ open, disabled, onOpen }: AgreementButtonProps) {
  return (
    <button
      type="button"
      className="button"
      data-testid="open-agreement"
      aria-pressed={open}
      disabled={disabled || open}
      onClick={onOpen}
    >
      <span aria-hidden="true">⚖</span> Agreement
    </button>
  );
}
