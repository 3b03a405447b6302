/**
 * A setting bound to a form: local state while typing, written to the store after a short
 * pause, and kept in step when the stored value changes elsewhere (another panel, a restore).
 */
import { useEffect, useRef, useState } from 'react';
import { setSetting } from '../lib/store/queries-plan';

export function useSettingDraft<T>(key: string, stored: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const update = (next: T) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void setSetting(key, next).then(() => setDraft(null));
    }, 300);
  };
  return [draft ?? stored, update];
}
