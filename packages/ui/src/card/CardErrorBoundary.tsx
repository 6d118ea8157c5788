import { Component, type ReactNode } from 'react';

interface CardErrorBoundaryProps {
  /** Shown instead of the card when rendering it threw. */
  fallback: ReactNode;
  /** A change (new data for this card) clears the error and tries again. */
  resetKey: unknown;
  children?: ReactNode;
}

interface CardErrorBoundaryState {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Keeps one malformed connection from taking the whole grid down: the card that throws shows
 * `fallback`, every other card renders as usual.
 */
export class CardErrorBoundary extends Component<CardErrorBoundaryProps, CardErrorBoundaryState> {
  override state: CardErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<CardErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: CardErrorBoundaryProps,
    state: CardErrorBoundaryState,
  ): Partial<CardErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
