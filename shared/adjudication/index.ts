// The public surface of adjudication: auto-merge, disagreement groups and their resolution.
export { autoMergeSpans, majority, planAutoMerge, type AgreedSpan, type MergeInput, type MergePlan } from './autoMerge';
export { curationGroups, disagreements, type CurationInput } from './curationGroups';
export { groupKey } from './groupKey';
export { overlapClusters, type OverlapCluster } from './overlapClusters';
export { planAccept, planReject, type DocumentState } from './planResolution';
export { spanMatchKey } from './spanIdentity';
export type * from './types';
export { GOLD_ANNOTATOR } from './types';
