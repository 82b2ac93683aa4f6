import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Translate } from '../../utils/i18n';

interface SectionBoundaryProps {
  id: string;
  title: string;
  t: Translate;
  children: ReactNode;
}

interface SectionBoundaryState {
  error: string | null;
}

/**
 * One options section that fails to render shows why in its own card; React would otherwise
 * unmount the whole page and leave it blank. "Show it again" re-renders the section, for a
 * failure that came from data which has changed since.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, SectionBoundaryState> {
  override state: SectionBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): SectionBoundaryState {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(
      `ShipLens options: the ${this.props.id} section failed`,
      error,
      info.componentStack,
    );
  }

  override render(): ReactNode {
    const { id, title, t, children } = this.props;
    if (this.state.error === null) return children;
    return (
      <section className="card" id={id} data-section={id} data-section-failed="">
        <header className="card-head">
          <h2>{title}</h2>
        </header>
        <div className="notice error" role="alert">
          <p>{t('hardeningSectionFailed', { error: this.state.error })}</p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            {t('hardeningSectionRetry')}
          </button>
        </div>
      </section>
    );
  }
}
