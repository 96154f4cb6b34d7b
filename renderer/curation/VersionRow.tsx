// One annotator's version of a group: its number (the accept key), the context with its spans
// marked, the spans in words, and Accept / Edit.
import type { AnnotatorVersion } from '../../shared/adjudication';
import type { OffsetMap } from '../../shared/offsets';
import type { ContextRange } from './contextSegments';
import { HighlightedContext } from './HighlightedContext';
import { SpanList } from './SpanList';
import type { SpanLabels } from './spanLabels';

interface VersionRowProps {
  version: AnnotatorVersion;
  index: number;
  chosen: boolean;
  text: string;
  map: OffsetMap;
  range: ContextRange;
  labels: SpanLabels;
  busy: boolean;
  onChoose: () => void;
  onAccept: () => void;
  onEdit: () => void;
}

/** A version with its accept key; clicking the row chooses it for Enter and E. */
export function VersionRow({
  version,
  index,
  chosen,
  text,
  map,
  range,
  labels,
  busy,
  onChoose,
  onAccept,
  onEdit,
}: VersionRowProps) {
  const key = index < 9 ? String(index + 1) : null;
  return (
    <li
      className="version-row"
      data-testid="version-row"
      data-annotator={version.annotator}
      data-chosen={chosen}
      onClick={onChoose}
    >
      <div className="version-head">
        <span className="version-key" aria-hidden="true">
          {key ?? '·'}
        </span>
        <span className="version-annotator">{version.annotator}</span>
        <SpanList spans={version.spans} labels={labels} empty="marked nothing here" />
        <span className="version-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="accept-version"
            disabled={busy}
            aria-keyshortcuts={key ?? undefined}
            onClick={(event) => {
              event.stopPropagation();
              onAccept();
            }}
          >
            Accept{key !== null && <kbd>{key}</kbd>}
          </button>
          <button
            type="button"
            className="button"
            data-testid="edit-version"
            disabled={busy || version.spans.length === 0}
            title={
              version.spans.length === 0
                ? 'Nothing to edit: this annotator marked nothing here'
                : 'Accept this version, then adjust it'
            }
            onClick={(event) => {
              event.stopPropagation();
              onEdit();
            }}
          >
            Edit…
          </button>
        </span>
      </div>
      <HighlightedContext
        text={text}
        map={map}
        range={range}
        spans={version.spans}
        colorOf={labels.colorOf}
        nameOf={labels.nameOf}
        testId="version-context"
      />
    </li>
  );
}
