import type { FirstLegView } from './first-leg-view';

/**
 * The first-leg recommendation and every line with its figures, as worded by
 * `firstLegView`: on Send to Amazon pages and in the options planner (the same result as
 * `npm run rules -- first-leg`).
 */
export function FirstLegAdvice({ view }: { view: FirstLegView }) {
  return (
    <section className="first-leg" data-shiplens="first-leg" data-channel={view.recommended ?? ''}>
      <p className="first-leg-top">
        <strong>{view.headline}</strong>
      </p>
      {view.sampleNote && <p className="muted">{view.sampleNote}</p>}
      <table className="first-leg-options">
        <thead>
          <tr>
            {view.columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr
              key={row.channelId}
              data-shiplens="first-leg-option"
              data-channel={row.channelId}
              data-eligible={row.eligible}
              className={row.eligible ? '' : 'muted'}
            >
              <td>
                {row.name} <span className="tag">{row.mode}</span>
              </td>
              {row.cells.map((cell, index) => (
                // Cells have no identity but their column.
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {view.notices.length > 0 && (
        <ul className="first-leg-notices muted">
          {view.notices.map((notice) => (
            <li key={notice.id} data-policy={notice.id}>
              {notice.text}{' '}
              <a href={notice.url} target="_blank" rel="noreferrer">
                {view.sourceLabel}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
