// The blind-mode switch: off, an annotator sees only their own spans, so others' choices do not
// sway theirs; on, every annotator's spans are shown.

interface ShowOthersToggleProps {
  show: boolean;
  disabled: boolean;
  onChange: (show: boolean) => void;
}

/** A labelled switch, "Show other annotators". */
export function ShowOthersToggle({ show, disabled, onChange }: ShowOthersToggleProps) {
  return (
    <label
      className="switch"
      title={show ? 'Showing every annotator’s spans' : 'Blind mode: only your own spans are shown'}
    >
      <input
        type="checkbox"
        role="switch"
        className="switch-input"
        data-testid="show-others-toggle"
        checked={show}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-label">Show other annotators</span>
    </label>
  );
}
