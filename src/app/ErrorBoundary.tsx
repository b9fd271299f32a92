import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  text: { title: string; body: string; reload: string };
  children: ReactNode;
}

/** Shows a message and a way back instead of a blank page when rendering fails. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { text } = this.props;
    return (
      <div className="error" role="alert">
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        <a href={window.location.pathname}>{text.reload}</a>
      </div>
    );
  }
}
