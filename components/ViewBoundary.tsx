/**
 * One view's error boundary: data a view cannot show (an odd restored backup, a clip from a
 * future version) shows a sentence and a way back in place of that view, never a blank panel.
 * The other views and the clip bar keep working.
 */
import { Component, type ReactNode } from 'react';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

interface Props {
  children: ReactNode;
  fallback: (error: Error) => ReactNode;
}

class Boundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    console.error('RaceScout view failed:', error);
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

function Fallback({ error }: { error: Error }) {
  const { t } = useI18n();
  const nav = useNav();
  return (
    <section role="alert" data-testid="view-error" className="card">
      <p>{t('view_error')}</p>
      <p className="muted small" dir="auto">{error.message.slice(0, 300)}</p>
      <button type="button" onClick={() => nav.go({ view: 'competitors' })}>
        {t('view_error_back')}
      </button>
    </section>
  );
}

export function ViewBoundary({ children }: { children: ReactNode }) {
  return <Boundary fallback={(error) => <Fallback error={error} />}>{children}</Boundary>;
}
