// The API's method names without their schemas, for code that must enumerate them but should not
// carry the validation library (the sandboxed preload, the renderer's client). shared/api.ts checks
// at compile time that this list and the contract name exactly the same methods.

/** The names of all API methods. */
export const METHOD_NAMES = [
  'getSessionInfo',
  'openProject',
  'createProject',
  'listDocuments',
  'getDocument',
  'listAnnotators',
  'createAnnotator',
  'getScheme',
  'getStats',
  'importFiles',
  'exportFile',
  'getAnnotations',
  'createSpan',
  'updateSpan',
  'deleteSpan',
  'createRelation',
  'deleteRelation',
  'undoEdit',
  'redoEdit',
  'setDocumentStatus',
  'updateScheme',
  'renameDocument',
  'deleteDocument',
  'restoreDocument',
  'getUserSettings',
  'updateUserSettings',
  'startImport',
  'previewImport',
  'startExport',
  'getJob',
  'getAgreement',
  'mergeProjects',
  'autoMerge',
  'listDisagreements',
  'getCurationProgress',
  'resolveDisagreement',
  'saveCopy',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
