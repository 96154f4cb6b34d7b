// A visible, announced error: the API's own message, which says what went wrong and what to do.

interface ErrorBannerProps {
  message: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A red banner with the error message and, when given, Try again / Dismiss buttons. */
export function ErrorBanner({ message, onRetry, onDismiss }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span className="error-banner-icon" aria-hidden="true">
        !
      </span>
      <p className="error-banner-message">{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {onDismiss && (
        <button type="button" className="button button-quiet" aria-label="Dismiss error" onClick={onDismiss}>
          ✕
        </button>
      )}
    </div>
  );
}
