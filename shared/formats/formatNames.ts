/** Formats `spanmark import` reads; `auto` picks by file extension. */
export const IMPORT_FORMATS = [
  'auto',
  'txt',
  'jsonl',
  'doccano',
  'labelstudio',
  'brat',
  'ptc',
  'conll',
  'webanno',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Formats `spanmark export` writes. */
export const EXPORT_FORMATS = ['jsonl', 'doccano', 'labelstudio', 'brat', 'ptc', 'conll', 'csv', 'webanno'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
