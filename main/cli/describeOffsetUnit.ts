import type { OffsetUnit } from '../../shared/formats/codec';
import { missingCase } from '../../shared/errors';

/** How an export's offset unit is stated to the user. */
export function describeOffsetUnit(unit: OffsetUnit): string {
  switch (unit) {
    case 'codepoint':
      return 'Unicode code points, end exclusive';
    case 'utf16':
      return 'UTF-16 code units, end exclusive';
    default:
      return missingCase(unit);
  }
}
