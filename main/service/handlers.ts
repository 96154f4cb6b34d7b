import { resolve } from 'node:path';
import type { MethodName, ResultOf, ValidParamsOf } from '../../shared/api';
import type { SessionInfo } from '../../shared/domain';
import { SpanmarkError } from '../../shared/errors';
import { ensureAnnotator, listAnnotators } from '../db/annotators';
import { getDocument, listDocuments } from '../db/documents';
import { importDocuments } from '../db/importDocuments';
import { logOperation } from '../db/operations';
import { getScheme } from '../db/scheme';
import { projectStats } from '../db/stats';
import type { ServiceContext } from './context';
import { createProject, openProject } from './project';
import { readImportFiles } from './readImportFiles';
import { writeExportFile } from './writeExportFile';

type Handlers = {
  [M in MethodName]: (context: ServiceContext, params: ValidParamsOf<M>) => ResultOf<M>;
};

/** The implementation of every API method; params arrive already validated. */
export const handlers: Handlers = {
  getSessionInfo: (context) => sessionInfo(context),
  openProject: (context, { path }) => {
    context.replaceProject(openProject(resolve(path), context.options));
    return sessionInfo(context);
  },
  createProject: (context, { path }) => {
    context.replaceProject(createProject(resolve(path), context.options));
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
    db.transaction(() => {
      if (!listAnnotators(db).includes(name)) logOperation(db, 'annotator.create', name, { name });
      ensureAnnotator(db, name);
    })();
    return name;
  },
  getScheme: (context) => getScheme(context.project.db),
  getStats: (context) => projectStats(context.project.db),
  importFiles: (context, { paths, format, annotator }) =>
    importDocuments(context.project.db, readImportFiles(paths, format), { annotator }),
  exportFile: (context, { format, out, annotators }) =>
    writeExportFile(context.project.db, format, resolve(out), { annotators }),
};

function sessionInfo(context: ServiceContext): SessionInfo {
  const { project } = context;
  return {
    projectPath: project.path,
    projectName: project.name,
    defaultAnnotator: context.options.defaultAnnotator ?? null,
    appVersion: context.options.appVersion,
    nativeFileDialogs: context.options.nativeFileDialogs ?? false,
  };
}
