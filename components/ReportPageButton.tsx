import { useState } from 'react';
import type { Translate } from '../utils/translate';

interface ReportPageButtonProps {
  t: Translate;
  /** Saves the scrubbed page; resolves with the saved file's name. */
  onReport: () => Promise<string>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; file: string }
  | { kind: 'failed'; error: string };

/**
 * "Report this page": saves the page, scrubbed of buyer data, as a file for a bug report.
 * Used by the popup and by the panel of a page ShipLens could not read; where the file is
 * made and saved is the caller's (`onReport`).
 */
export function ReportPageButton({ t, onReport }: ReportPageButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  return (
    <div className="report-page" data-shiplens="report-page" data-status={status.kind}>
      <button
        type="button"
        className="button"
        title={t('captureReportHint')}
        disabled={status.kind === 'saving'}
        onClick={() => {
          setStatus({ kind: 'saving' });
          onReport().then(
            (file) => setStatus({ kind: 'saved', file }),
            (error: unknown) =>
              setStatus({
                kind: 'failed',
                error: error instanceof Error ? error.message : String(error),
              }),
          );
        }}
      >
        {status.kind === 'saving' ? t('captureSaving') : t('captureReportPage')}
      </button>
      {status.kind === 'saved' && (
        <p className="muted small" role="status">
          {t('captureSaved', { file: status.file })}
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="notice error small" role="alert">
          {t('captureFailed', { error: status.error })}
        </p>
      )}
    </div>
  );
}
