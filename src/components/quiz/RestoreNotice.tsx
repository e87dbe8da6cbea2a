/**
 * Says plainly that a link could not be fully restored. The message comes
 * from the codec's own wording, never from the URL, and renders as text.
 */
interface Props {
  message: string;
  onDismiss: () => void;
}

export function RestoreNotice({ message, onDismiss }: Props) {
  return (
    <div class="quiz-notice" role="alert">
      <p>
        <strong>This link could not be fully restored.</strong> {message}
      </p>
      <button type="button" class="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
