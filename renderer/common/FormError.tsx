// The error line under a dialog's fields, announced to screen readers.

interface FormErrorProps {
  message: string | null;
  testId: string;
}

/** Shows a form's error message, or nothing when there is none. */
export function FormError({ message, testId }: FormErrorProps) {
  if (message === null) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
