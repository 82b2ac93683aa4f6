/**
 * A Dexie live query as React state: re-runs when the tables it read change, in this page
 * or in another (another options tab, the background writing a feed check), since Dexie
 * broadcasts changes to every page of the extension's origin.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type Live<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

export function useLive<T>(query: () => Promise<T>): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (error: unknown) =>
        setLive({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, [query]);
  return live;
}
