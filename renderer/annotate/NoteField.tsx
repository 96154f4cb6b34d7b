// A span's free-text note. Saved when the field loses focus or after a pause in typing, and shown
// as saved only once the API answered.
import { useEffect, useRef, useState } from 'react';

const PAUSE_MS = 800;

type NoteState = 'saved' | 'editing' | 'saving' | 'failed';

interface NoteFieldProps {
  spanId: string;
  note: string;
  readOnly: boolean;
  /** Saves the note; resolves true once the API stored it. */
  onSave: (note: string) => Promise<boolean>;
}

/** The note textarea with its save state underneath. */
export function NoteField({ spanId, note, readOnly, onSave }: NoteFieldProps) {
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<NoteState>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, note, onSave });
  latest.current = { draft, note, onSave };

  // Another span, or the stored note changed (undo, redo): show it unless the user is typing.
  useEffect(() => {
    if (state !== 'editing') setDraft(note);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `state` only guards the typing; a change of it must not reset the draft
  }, [spanId, note]);

  const save = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const { draft: text, note: stored, onSave: send } = latest.current;
    if (text === stored) {
      setState('saved');
      return;
    }
    setState('saving');
    void send(text).then((ok) => setState((now) => (now === 'saving' ? (ok ? 'saved' : 'failed') : now)));
  };

  // Leaving the span (or the panel) saves what was typed.
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        const { draft: text, note: stored, onSave: send } = latest.current;
        if (text !== stored) void send(text);
      }
    },
    [spanId],
  );

  return (
    <div className="note-field">
      <textarea
        className="input note-input"
        data-testid="span-note"
        dir="auto"
        rows={2}
        placeholder={readOnly ? 'No note' : 'A note on this span…'}
        readOnly={readOnly}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setState('editing');
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(save, PAUSE_MS);
        }}
        onBlur={() => {
          if (state === 'editing') save();
        }}
      />
      {!readOnly && (
        <span className={`note-state note-state-${state}`} data-testid="note-state" data-state={state}>
          {state === 'saved'
            ? draft === ''
              ? ''
              : 'Note saved'
            : state === 'editing'
              ? 'Editing…'
              : state === 'saving'
                ? 'Saving…'
                : 'Note not saved'}
        </span>
      )}
    </div>
  );
}
