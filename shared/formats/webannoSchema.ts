// The header of a WebAnno TSV 3.x file: the format line and the layer declarations that say what
// each column after the token text holds. `#T_SP=type|feature|…` declares a span layer,
// `#T_RL=type|feature|…|BT_basetype` a relation layer, `#T_CH=type|referenceType|referenceRelation`
// a coreference chain layer.
import { InputError } from '../errors';

/** What one annotation column holds. */
export type WebannoColumnKind = 'feature' | 'placeholder' | 'relationSource' | 'slotRole' | 'slotTarget' | 'chain';

/** One annotation column: its position among the annotation columns and what it holds. */
export interface WebannoColumn {
  index: number;
  kind: WebannoColumnKind;
  /** The feature name for `feature` columns, else ''. */
  feature: string;
}

/** One declared layer and its columns. */
export interface WebannoLayer {
  kind: 'span' | 'relation' | 'chain';
  /** The UIMA type name, e.g. `webanno.custom.Spanmark`. */
  type: string;
  columns: WebannoColumn[];
  /** For a relation layer, the type its ends are annotations of (after `BT_`). */
  baseType: string | null;
}

/** The format version and the layers of a file. */
export interface WebannoSchema {
  minorVersion: number;
  layers: WebannoLayer[];
  columnCount: number;
}

const FORMAT = /^#FORMAT=WebAnno TSV 3\.(\d+)\s*$/u;
const LAYER_PREFIXES = { '#T_SP=': 'span', '#T_RL=': 'relation', '#T_CH=': 'chain' } as const;

/** Reads the header lines (up to the first line that is not a layer declaration); throws an InputError naming the line. */
export function readWebannoSchema(lines: string[], file: string): { schema: WebannoSchema; bodyStart: number } {
  const first = lines[0] ?? '';
  const format = FORMAT.exec(first);
  if (format === null) {
    const hint = /^\s*#\s*de\.|^#id=|^#text=/mu.test(lines.slice(0, 3).join('\n'))
      ? 'this looks like the older WebAnno TSV 2 format; open it in WebAnno or INCEpTION and export it as WebAnno TSV 3.3'
      : 'export the document from WebAnno or INCEpTION as "WebAnno TSV 3.3"';
    throw new InputError(
      file,
      1,
      `not a WebAnno TSV 3 file: the first line must be "#FORMAT=WebAnno TSV 3.x"; ${hint}`,
    );
  }
  const layers: WebannoLayer[] = [];
  let columnCount = 0;
  let index = 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const prefix = (Object.keys(LAYER_PREFIXES) as (keyof typeof LAYER_PREFIXES)[]).find((candidate) =>
      line.startsWith(candidate),
    );
    if (prefix === undefined) break;
    const kind = LAYER_PREFIXES[prefix];
    // Like WebAnno, empty fields are dropped: `#T_SP=type|` declares one placeholder column.
    const [type, ...declarations] = line
      .slice(prefix.length)
      .split('|')
      .filter((field) => field !== '');
    if (type === undefined) throw new InputError(file, index + 1, 'the layer declaration names no type');
    const layer: WebannoLayer = { kind, type, columns: [], baseType: null };
    if (declarations.length === 0) layer.columns.push({ index: columnCount++, kind: 'placeholder', feature: '' });
    for (const declaration of declarations) {
      layer.columns.push({ index: columnCount++, ...columnOf(kind, declaration, layer) });
    }
    layers.push(layer);
  }
  return { schema: { minorVersion: Number(format[1]), layers, columnCount }, bodyStart: index };
}

function columnOf(kind: WebannoLayer['kind'], declaration: string, layer: WebannoLayer): Omit<WebannoColumn, 'index'> {
  if (kind === 'relation' && declaration.startsWith('BT_')) {
    layer.baseType = declaration.slice(3);
    return { kind: 'relationSource', feature: '' };
  }
  if (kind === 'chain') return { kind: 'chain', feature: declaration };
  if (declaration.startsWith('ROLE_')) return { kind: 'slotRole', feature: '' };
  // A slot target column names a type (dotted) right after its role column.
  if (kind === 'span' && declaration.includes('.') && layer.columns.at(-1)?.kind === 'slotRole')
    return { kind: 'slotTarget', feature: '' };
  return { kind: 'feature', feature: declaration };
}
