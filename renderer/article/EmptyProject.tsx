// What a project without documents shows: how to put articles into it.
import { IMPORT_FORMATS } from '../../shared/formats/formatNames';

// Read from the contract so the hint grows with the importers.
const FORMATS = IMPORT_FORMATS.filter((format) => format !== 'auto').join(', ');

interface EmptyProjectProps {
  projectPath: string;
}

/** A friendly explanation of `spanmark import`, with this project's path filled in. */
export function EmptyProject({ projectPath }: EmptyProjectProps) {
  return (
    <section className="empty-state" data-testid="empty-project">
      <h2 className="empty-state-title">This project has no documents yet</h2>
      <p>Import articles from the command line, then reopen the project or reload this window:</p>
      <pre className="command">spanmark import &lt;project&gt; &lt;files&gt;</pre>
      <p>For this project, for example:</p>
      <pre className="command">spanmark import {quoteForShell(projectPath)} articles/</pre>
      <p className="empty-state-hint">
        Files and folders can be mixed; the format is picked by file extension ({FORMATS}).
      </p>
    </section>
  );
}

function quoteForShell(path: string): string {
  return /^[\w./:\\-]+$/u.test(path) ? path : `"${path.replace(/(["\\$`])/gu, '\\$1')}"`;
}
