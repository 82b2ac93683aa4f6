import { useState } from 'react';

interface ConfirmButtonProps {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm(): void;
}

/** A destructive action that asks first, inline (no blocking browser dialog). */
export function ConfirmButton({ label, question, yes, no, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="notice confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="actions">
        <button
          type="button"
          className="button danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {yes}
        </button>
        <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
          {no}
        </button>
      </div>
    </div>
  );
}
