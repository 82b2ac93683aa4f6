import type { FirstLegView } from './first-leg-view';

/**
 * The first-leg recommendation and every line with its figures, as worded by
 * `firstLegView`: on Send to Amazon pages and in the options planner (the same result as
 * `npm run rules -- first-leg`).
 */
export function FirstLegAdvice({ view }: { view: FirstLegView }) {
  return (
    <section className="first-leg" data-shiplens="first-leg" data-channel={view.recommended ?? ''}>
      <strong>{view.headline}</strong>
      {view.sampleNote && <p className="muted">{view.sampleNote}</p>}
      <ol>
        {view.rows.map((row) => (
          <li
            key={row.channelId}
            data-shiplens="first-leg-option"
            data-channel={row.channelId}
            data-eligible={row.eligible}
            className={row.eligible ? '' : 'muted'}
          >
            {row.text}
          </li>
        ))}
      </ol>
      {view.notices.map((notice) => (
        <p key={notice.id} className="muted" data-policy={notice.id}>
          {notice.text}{' '}
          <a href={notice.url} target="_blank" rel="noreferrer">
            {view.sourceLabel}
          </a>
        </p>
      ))}
    </section>
  );
}
