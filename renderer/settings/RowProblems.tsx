/** A row's problems that belong to no single field. */
export function RowProblems({ messages }: { messages: string[] | undefined }) {
  if (messages === undefined || messages.length === 0) return null;
  return (
    <ul className="row-problems" data-testid="row-problems">
      {messages.map((message) => (
        <li key={message} className="field-error">
          {message}
        </li>
      ))}
    </ul>
  );
}
