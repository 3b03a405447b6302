/**
 * The Team tab: set up the team's CouchDB database, see how sync goes (last sync, changes
 * waiting, last error) and who clipped what. The browser is asked for the database's origin on
 * the user's click, before anything is sent.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { clipsByMember, pendingCount } from '../lib/store/sync-store';
import type { SyncStatus } from '../lib/sync/status';
import { configureSync, disconnectSync, requestOriginAccess, syncNow, syncStatus } from './runtime';
import { useI18n } from './I18nContext';
import { Section } from './Section';
import { TeamSetupForm, type TeamSetup } from './TeamSetupForm';

/** An address or a name inside a sentence keeps its own direction (a URL in Arabic reads left to right). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Reads the background's sync status now and every few seconds (a sync may finish meanwhile). */
export function useSyncStatus(): [SyncStatus | null, () => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const read = () => void syncStatus().then((r) => live && r.ok && setStatus(r.status));
    read();
    const timer = setInterval(read, 3_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tick]);
  return [status, () => setTick((n) => n + 1)];
}

export function TeamView() {
  const { t, tn, dateTime, number } = useI18n();
  const [status, refresh] = useSyncStatus();
  const pending = useLiveQuery(() => pendingCount(), []);
  const members = useLiveQuery(() => clipsByMember(), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const connect = async (setup: TeamSetup) => {
    // The browser's prompt shows only during the click: ask before anything else awaits.
    // Asked for the host, without a port: permission patterns carry none (lib/background/sync.ts checks the same).
    let host: string | null = null;
    try {
      const u = new URL(setup.url);
      host = `${u.protocol}//${u.hostname}`;
    } catch {
      host = null;
    }
    if (host) await requestOriginAccess(host);
    setBusy(true);
    const r = await configureSync(setup);
    setBusy(false);
    setMessage(r.ok ? null : { text: r.error, error: true });
    refresh();
    if (r.ok) await runNow();
  };
  const runNow = async () => {
    setBusy(true);
    const r = await syncNow();
    setBusy(false);
    setMessage(r.ok ? { text: t('team_synced', number(r.pushed), number(r.pulled)), error: false } : { text: r.error, error: true });
    refresh();
  };
  /** What is shared from now on (the stored password is kept: same database, same user). */
  const share = async (patch: { screenshots?: boolean; rawCaptures?: boolean }) => {
    if (!status?.url) return;
    setBusy(true);
    const r = await configureSync({ url: status.url, username: status.username ?? undefined, ...patch });
    setBusy(false);
    setMessage(r.ok ? null : { text: r.error, error: true });
    refresh();
  };
  const disconnect = async () => {
    await disconnectSync();
    setMessage(null);
    refresh();
  };

  return (
    <section data-view="team">
      <Section title={t('team_title')} id="team-sync">
        <p className="small muted">{t('team_intro')}</p>
        {status && !status.configured ? <TeamSetupForm busy={busy} onSubmit={(s) => void connect(s)} /> : null}
        {status?.configured ? (
          <div className="card" data-testid="sync-status">
            <p data-testid="sync-connected">{t('team_connected', isolate(status.url ?? ''), isolate(status.user ?? status.username ?? t('team_anonymous')))}</p>
            <dl className="facts">
              <dt>{t('team_last_sync')}</dt>
              <dd data-testid="sync-last">{status.lastSyncAt ? dateTime(status.lastSyncAt) : t('team_never')}</dd>
              <dt>{t('team_pending')}</dt>
              <dd data-testid="sync-pending">{pending === undefined ? '…' : number(pending)}</dd>
              <dt>{t('team_last_error')}</dt>
              <dd data-testid="sync-error" className={status.lastError ? 'error' : undefined}>
                {status.lastError ?? '—'}
              </dd>
            </dl>
            {status.newer ? <p className="note warning small">{tn('team_newer', status.newer, number(status.newer))}</p> : null}
            {status.design === 'needs-admin' ? <p className="note warning small">{t('team_design_needs_admin')}</p> : null}
            {(['screenshots', 'rawCaptures'] as const).map((k) => (
              <label key={k} className="check small">
                <input type="checkbox" checked={status[k]} disabled={busy} onChange={(e) => void share({ [k]: e.target.checked })} data-share={k} /> {t(k === 'screenshots' ? 'team_share_screenshots' : 'team_share_raw')}
              </label>
            ))}
            <div className="row">
              <button type="button" onClick={() => void runNow()} disabled={busy || status.running} data-testid="sync-now">
                {busy || status.running ? t('team_syncing') : t('team_sync_now')}
              </button>
              <button type="button" className="link" onClick={() => void disconnect()}>
                {t('team_disconnect')}
              </button>
            </div>
            <p className="small muted">{t('team_disconnect_note')}</p>
          </div>
        ) : null}
        {message ? (
          <p className={message.error ? 'small error' : 'small'} role={message.error ? 'alert' : 'status'} data-testid="sync-message">
            {message.text}
          </p>
        ) : null}
      </Section>
      <Section title={t('team_members')} id="team-members">
        {members?.length ? (
          <table className="table" data-testid="team-members">
            <thead>
              <tr>
                <th>{t('team_member')}</th>
                <th>{t('team_clips')}</th>
                <th>{t('team_latest')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.by ?? ''}>
                  <td dir="auto">{m.by === null ? t('team_you_unsent') : m.by || t('team_anonymous')}</td>
                  <td>{number(m.clips)}</td>
                  <td>{m.latest ? dateTime(m.latest) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('team_no_clips')}</p>
        )}
      </Section>
    </section>
  );
}
