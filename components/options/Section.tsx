import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}

/** One card of the options page; its id is the anchor the navigation links to. */
export function Section({ id, title, hint, children }: SectionProps) {
  return (
    <section className="card" id={id} aria-labelledby={`${id}-title`} data-section={id}>
      <header className="card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {hint && <p className="muted">{hint}</p>}
      </header>
      {children}
    </section>
  );
}
