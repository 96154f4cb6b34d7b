// Which module reads and writes each format name.
import { bratCodec } from './brat';
import type { ExportCodec, ImportCodec } from './codec';
import { conllCodec } from './conll';
import { csvCodec } from './csv';
import { doccanoCodec } from './doccano';
import type { ExportFormat, ImportFormat } from './formatNames';
import { labelStudioCodec } from './labelStudio';
import { nativeCodec } from './native';
import { ptcCodec } from './ptc';
import { txtCodec } from './txt';
import { webannoCodec } from './webanno';

/** The parser of each import format (`auto` is resolved by file name before this). */
export const IMPORT_CODECS: Record<Exclude<ImportFormat, 'auto'>, ImportCodec> = {
  txt: txtCodec,
  jsonl: nativeCodec,
  doccano: doccanoCodec,
  labelstudio: labelStudioCodec,
  brat: bratCodec,
  ptc: ptcCodec,
  conll: conllCodec,
  webanno: webannoCodec,
};

/** The writer of each export format. */
export const EXPORT_CODECS: Record<ExportFormat, ExportCodec> = {
  jsonl: nativeCodec,
  doccano: doccanoCodec,
  labelstudio: labelStudioCodec,
  brat: bratCodec,
  ptc: ptcCodec,
  conll: conllCodec,
  csv: csvCodec,
  webanno: webannoCodec,
};
