import type { ImportReport } from '../../shared/domain';
import { countOf } from '../common/plural';

/** What an import did, with its warnings and the records it skipped, each with file and line. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="job-report" data-testid="import-report" role="status">
      <p>
        Imported {countOf(report.documentsAdded, 'new document')} ({report.documentsMatched} already present),{' '}
        {countOf(report.spansAdded, 'span')} and {countOf(report.relationsAdded, 'relation')}.
      </p>
      {report.skipped.length > 0 && (
        <IssueList
          title={`Skipped ${countOf(report.skipped.length, 'invalid record')}`}
          items={report.skipped}
          testId="import-skipped"
        />
      )}
      {report.warnings.length > 0 && (
        <IssueList
          title={countOf(report.warnings.length, 'warning')}
          items={report.warnings}
          testId="import-warnings"
        />
      )}
    </div>
  );
}

function IssueList({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  return (
    <details className="issue-list" data-testid={testId} open={items.length <= 5}>
      <summary>{title}</summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
