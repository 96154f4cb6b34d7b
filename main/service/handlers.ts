import type { MethodName, ResultOf, ValidParamsOf } from '../../shared/api';
import type { SessionInfo } from '../../shared/domain';
import { SpanmarkError } from '../../shared/errors';
import { ensureAnnotator, listAnnotators } from '../db/annotators';
import { getDocument, listDocuments } from '../db/documents';
import { importDocuments } from '../db/importDocuments';
import { logOperation } from '../db/operations';
import { getScheme } from '../db/scheme';
import { projectStats } from '../db/stats';
import { writeTransaction } from '../db/writeTransaction';
import type { ServiceContext } from './context';
import { createProject, openProject } from './project';
import { readImportFiles } from './importing/readImportFiles';
import { previewImportLabels } from '../../shared/importPreview';
import { writeExportFile } from './exporting/writeExportFile';
import { documentAnnotations, setDocumentStatus } from './editing/documentAnnotations';
import { createRelation, createSpan, deleteRelation, deleteSpan, updateSpan } from './editing/spanEdits';
import { redoEdit, undoEdit } from './editing/undoRedo';
import { replaceScheme } from '../db/replaceScheme';
import { agreementInput } from '../db/agreementInput';
import { mergeProjects } from './merging/mergeProjects';
import { computeAgreement } from '../../shared/agreement';
import { autoMerge } from './adjudication/autoMerge';
import { curationProgress, listDisagreements } from './adjudication/listDisagreements';
import { resolveDisagreement } from './adjudication/resolveDisagreement';
import { permittedPath } from '../uploads/pathPolicy';
import { getUserSettings, updateUserSettings, userScope } from './userSettings';
import { deleteDocument, renameDocument, restoreDocument } from './editing/documentEdits';
import { saveProjectCopy } from '../db/saveCopy';

type Handlers = {
  [M in MethodName]: (context: ServiceContext, params: ValidParamsOf<M>) => ResultOf<M>;
};

/** The implementation of every API method; params arrive already validated. */
export const handlers: Handlers = {
  getSessionInfo: (context) => sessionInfo(context),
  openProject: (context, { path }) => {
    context.replaceProject(openProject(permittedPath(context.options.browser, path, 'open'), context.options));
    return sessionInfo(context);
  },
  createProject: (context, { path }) => {
    context.replaceProject(createProject(permittedPath(context.options.browser, path, 'open'), context.options));
    return sessionInfo(context);
  },
  listDocuments: (context) => listDocuments(context.project.db),
  getDocument: (context, { id }) => {
    const document = getDocument(context.project.db, id);
    if (document === null) throw new SpanmarkError('not_found', `no document with id "${id}" in this project`);
    return document;
  },
  listAnnotators: (context) => listAnnotators(context.project.db),
  createAnnotator: (context, { name }) => {
    const { db } = context.project;
    writeTransaction(db, () => {
      if (!listAnnotators(db).includes(name)) logOperation(db, 'annotator.create', name, { name });
      ensureAnnotator(db, name);
    });
    return name;
  },
  getScheme: (context) => getScheme(context.project.db),
  getStats: (context) => projectStats(context.project.db),
  importFiles: (context, { paths, format, ...options }) =>
    importDocuments(context.project.db, readImportFiles(readablePaths(context, paths), format), options),
  getAnnotations: (context, { document, annotators, annotator }) =>
    documentAnnotations(context.project.db, document, annotators, annotator),
  createSpan: (context, params) => createSpan(context.project.db, params),
  updateSpan: (context, params) => updateSpan(context.project.db, params),
  deleteSpan: (context, params) => deleteSpan(context.project.db, params),
  createRelation: (context, params) => createRelation(context.project.db, params),
  deleteRelation: (context, params) => deleteRelation(context.project.db, params),
  undoEdit: (context, { document, annotator }) => undoEdit(context.project.db, document, annotator),
  redoEdit: (context, { document, annotator }) => redoEdit(context.project.db, document, annotator),
  setDocumentStatus: (context, { document, annotator, status }) => {
    setDocumentStatus(context.project.db, document, annotator, status);
    return null;
  },
  updateScheme: (context, scheme) => {
    const { db } = context.project;
    writeTransaction(db, () => {
      replaceScheme(db, scheme);
      logOperation(db, 'scheme.update', null, scheme);
    });
    return getScheme(db);
  },
  renameDocument: (context, { document, title, annotator }) =>
    renameDocument(context.project.db, document, title, annotator ?? null),
  deleteDocument: (context, { document, annotator }) => deleteDocument(context.project.db, document, annotator ?? null),
  restoreDocument: (context, { operation, annotator }) =>
    restoreDocument(context.project.db, operation, annotator ?? null),
  getUserSettings: (context) => getUserSettings(context.project.db, userScope()),
  updateUserSettings: (context, patch) => updateUserSettings(context.project.db, userScope(), patch),
  startImport: (context, params) =>
    context.jobs.startImport(context.project.path, { ...params, paths: readablePaths(context, params.paths) }),
  startExport: (context, params) =>
    context.jobs.startExport(context.project.path, context.project.name, {
      ...params,
      out: params.out === undefined ? undefined : permittedPath(context.options.browser, params.out, 'write'),
    }),
  previewImport: (context, { paths, format }) =>
    previewImportLabels(readImportFiles(readablePaths(context, paths), format), getScheme(context.project.db)),
  getJob: (context, { id }) => context.jobs.get(id),
  mergeProjects: (context, { paths }) =>
    mergeProjects(context.project.db, context.project.path, readablePaths(context, paths), {
      nativeBinding: context.options.nativeBinding,
    }),
  getAgreement: (context, options) => computeAgreement(agreementInput(context.project.db), options),
  exportFile: (context, request) =>
    writeExportFile(context.project.db, {
      ...request,
      out: permittedPath(context.options.browser, request.out, 'write'),
      projectPath: context.project.path,
    }),
  autoMerge: (context, params) => autoMerge(context.project.db, params),
  listDisagreements: (context, params) => listDisagreements(context.project.db, params),
  getCurationProgress: (context, params) => curationProgress(context.project.db, params),
  resolveDisagreement: (context, params) => resolveDisagreement(context.project.db, params),
  saveCopy: (context, { out }) => {
    const { db, path, name } = context.project;
    if (out !== undefined)
      return { ...saveProjectCopy(db, path, permittedPath(context.options.browser, out, 'write')), download: null };
    let bytes = 0;
    const offered = context.jobs.offerDownload(name, (copyPath) => (bytes = saveProjectCopy(db, path, copyPath).bytes));
    return { path: offered.path, bytes, download: offered.download };
  },
};

function readablePaths(context: ServiceContext, paths: string[]): string[] {
  return paths.map((path) => permittedPath(context.options.browser, path, 'read'));
}

function sessionInfo(context: ServiceContext): SessionInfo {
  const { project } = context;
  return {
    projectPath: project.path,
    projectName: project.name,
    defaultAnnotator: context.options.defaultAnnotator ?? null,
    appVersion: context.options.appVersion,
    nativeFileDialogs: context.options.nativeFileDialogs ?? false,
    ...(context.options.browser === undefined ? {} : { allowedFolders: context.options.browser.allowed }),
    ...(context.integrityCheck === null ? {} : { integrityCheck: context.integrityCheck }),
  };
}
