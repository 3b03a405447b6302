/** The team database's address and credentials, and what to share with it. */
import { useState } from 'react';
import { useI18n } from './I18nContext';

export interface TeamSetup {
  url: string;
  username?: string;
  password?: string;
  screenshots: boolean;
  rawCaptures: boolean;
}

export function TeamSetupForm({ busy, onSubmit }: { busy: boolean; onSubmit: (setup: TeamSetup) => void }) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<TeamSetup>({ url: '', username: '', password: '', screenshots: true, rawCaptures: false });
  const set = (patch: Partial<TeamSetup>) => setSetup((s) => ({ ...s, ...patch }));
  return (
    <form
      className="form"
      data-testid="team-setup"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(setup);
      }}
    >
      <label>
        {t('team_url')}
        <input type="url" dir="ltr" required placeholder="https://couch.example.com/team-audits" value={setup.url} onChange={(e) => set({ url: e.target.value })} />
      </label>
      <label>
        {t('team_username')}
        <input type="text" dir="auto" autoComplete="username" value={setup.username} onChange={(e) => set({ username: e.target.value })} />
      </label>
      <label>
        {t('team_password')}
        <input type="password" autoComplete="current-password" value={setup.password} onChange={(e) => set({ password: e.target.value })} />
      </label>
      <p className="small muted">{t('team_password_note')}</p>
      <label className="check">
        <input type="checkbox" checked={setup.screenshots} onChange={(e) => set({ screenshots: e.target.checked })} /> {t('team_share_screenshots')}
      </label>
      <label className="check">
        <input type="checkbox" checked={setup.rawCaptures} onChange={(e) => set({ rawCaptures: e.target.checked })} /> {t('team_share_raw')}
      </label>
      <button type="submit" disabled={busy}>
        {busy ? t('team_connecting') : t('team_connect')}
      </button>
    </form>
  );
}
