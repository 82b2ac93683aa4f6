import type { ReactNode } from 'react';
import type { Translate } from '../../utils/i18n';
import { SectionBoundary } from './SectionBoundary';

export interface OptionsSection {
  id: string;
  title: string;
  content: ReactNode;
}

interface OptionsPageProps {
  t: Translate;
  sections: OptionsSection[];
  /** Shown above the sections: problems with the stored rules, a load error. */
  banner?: ReactNode;
}

/** The options page frame: a header, a table of contents, and the sections, each failing alone. */
export function OptionsPage({ t, sections, banner }: OptionsPageProps) {
  return (
    <div className="options">
      <header className="options-head">
        <div className="brand" aria-hidden="true">
          SL
        </div>
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p className="muted">{t('optionsIntro')}</p>
        </div>
      </header>
      <div className="options-body">
        <nav className="options-nav" aria-label={t('optionsTitle')}>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="options-main">
          {banner}
          {sections.map((section) => (
            <div key={section.id}>
              <SectionBoundary id={section.id} title={section.title} t={t}>
                {section.content}
              </SectionBoundary>
            </div>
          ))}
        </main>
      </div>
    </div>
  );
}
