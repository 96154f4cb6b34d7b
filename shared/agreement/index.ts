// The public surface of the agreement measures; main/ and renderer/ import from here.
export { computeAgreement } from './report';
export { formatAgreementTables } from './formatTables';
export { comparedLabel, GOLD_ANNOTATOR } from './scope';
export type * from './types';
