import { Component, type ReactNode } from 'react';

interface IsolatedProps {
  /** Which host this is, for the report. */
  name: string;
  children?: ReactNode;
}

/**
 * Every host renders inside one of these: a component that throws takes down its own host's
 * content only (reported once, with the host's key), never the other hosts sharing the root.
 */
export class Isolated extends Component<IsolatedProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn(`[ShipLens] ${this.props.name} failed to render`, error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
