import type { Command } from 'commander';
import { callService } from '../callService';
import { withProject } from '../openContext';

/** `spanmark rename`, `delete` and `restore`: a document's title, and deleting it with a way back. */
export function registerDocumentCommands(program: Command): void {
  program
    .command('rename')
    .description("change a document's title (its id and text stay)")
    .argument('<project>', 'the .spanmark project file')
    .argument('<id>', 'the id of the document')
    .argument('<title>', 'the new title')
    .action((projectPath: string, id: string, title: string) => {
      withProject(projectPath, (context) => {
        const stored = callService(context, 'renameDocument', { document: id, title });
        process.stdout.write(`Renamed "${id}" to "${stored}"\n`);
      });
    });
  program
    .command('delete')
    .description('delete a document with all its spans, relations and statuses (restore brings it back)')
    .argument('<project>', 'the .spanmark project file')
    .argument('<id>', 'the id of the document')
    .action((projectPath: string, id: string) => {
      withProject(projectPath, (context) => {
        const deleted = callService(context, 'deleteDocument', { document: id });
        const whose = Object.entries(deleted.spans).map(([annotator, count]) => `${annotator} ${count}`);
        const spans = Object.values(deleted.spans).reduce((sum, count) => sum + count, 0);
        process.stdout.write(
          `Deleted "${id}" with ${spans} spans${whose.length > 0 ? ` (${whose.join(', ')})` : ''} and ${deleted.relations} relations; ` +
            `bring it back with: spanmark restore ${projectPath} ${deleted.operation}\n`,
        );
      });
    });
  program
    .command('restore')
    .description('bring back a deleted document, named by the operation number `delete` printed')
    .argument('<project>', 'the .spanmark project file')
    .argument('<operation>', 'the number `spanmark delete` printed')
    .action((projectPath: string, operation: string) => {
      withProject(projectPath, (context) => {
        const id = callService(context, 'restoreDocument', { operation: Number(operation) });
        process.stdout.write(`Restored "${id}"\n`);
      });
    });
}
