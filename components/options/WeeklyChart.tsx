import type { WeekPoint } from '../../utils/compliance/tallies';

interface WeeklyChartProps {
  weeks: WeekPoint[];
  /** 0–1, drawn as a dashed line; null draws none. */
  target: number | null;
  label: string;
}

const WIDTH = 120;
const HEIGHT = 32;

/**
 * One bar per week, its height the week's share (an empty week shows no bar), with the
 * target as a line: a few SVG rectangles, no chart library.
 */
export function WeeklyChart({ weeks, target, label }: WeeklyChartProps) {
  const slot = WIDTH / Math.max(weeks.length, 1);
  const y = (share: number) => HEIGHT - share * HEIGHT;
  return (
    <svg
      className="weekly-chart"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-shiplens="compliance-chart"
    >
      <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="chart-back" />
      {weeks.map((point, index) =>
        point.share === null ? null : (
          <rect
            key={point.week}
            x={index * slot + 1}
            y={y(point.share)}
            width={Math.max(slot - 2, 1)}
            height={HEIGHT - y(point.share)}
            className={target !== null && point.share < target ? 'chart-bar below' : 'chart-bar'}
            data-week={point.week}
            data-share={point.share}
          >
            <title>{`${point.week}: ${Math.round(point.share * 100)}% (${point.count})`}</title>
          </rect>
        ),
      )}
      {target !== null && (
        <line x1={0} x2={WIDTH} y1={y(target)} y2={y(target)} className="chart-target" />
      )}
    </svg>
  );
}
