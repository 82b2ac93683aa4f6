import { useState } from 'react';
import type { FirstLegPlanInput } from '../../utils/rules/engine/first-leg';
import type { Translate } from '../../utils/i18n';
import { FirstLegAdvice } from '../FirstLegAdvice';
import type { FirstLegView } from '../first-leg-view';

type Carton = FirstLegPlanInput['cartons'][number];

interface FirstLegPlannerProps {
  /** Marketplaces the pack's first-leg lines deliver to. */
  destinations: string[];
  today: string;
  t: Translate;
  /** Validates and costs the plan: the advice in words, or the plan's problems. */
  plan(
    input: FirstLegPlanInput,
  ): { ok: true; view: FirstLegView } | { ok: false; problems: string };
}

const emptyCarton: Carton = { count: 1, weightKg: 10, lengthCm: 50, widthCm: 40, heightCm: 30 };
const fields = [
  ['count', 'complianceCartonCount'],
  ['weightKg', 'complianceCartonKg'],
  ['lengthCm', 'complianceCartonLength'],
  ['widthCm', 'complianceCartonWidth'],
  ['heightCm', 'complianceCartonHeight'],
] as const;

/** Cartons, destination and dates in; the same result as `npm run rules -- first-leg` out. */
export function FirstLegPlanner({ destinations, today, t, plan }: FirstLegPlannerProps) {
  const [destination, setDestination] = useState(destinations[0] ?? 'US');
  const [readyDate, setReadyDate] = useState(today);
  const [neededBy, setNeededBy] = useState('');
  const [cartons, setCartons] = useState<Carton[]>([emptyCarton]);
  const [outcome, setOutcome] = useState<ReturnType<typeof plan> | null>(null);

  const setCarton = (index: number, key: keyof Carton, value: number) =>
    setCartons((lines) =>
      lines.map((line, at) => (at === index ? { ...line, [key]: value } : line)),
    );

  return (
    <div className="first-leg-planner" data-testid="first-leg-planner">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setOutcome(plan({ destination, readyDate, neededBy, cartons }));
        }}
      >
        <div className="fields">
          <label>
            {t('complianceDestination')}{' '}
            <select
              name="destination"
              value={destination}
              onChange={(event) => setDestination(event.currentTarget.value)}
            >
              {destinations.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('complianceReadyDate')}{' '}
            <input
              type="date"
              name="readyDate"
              value={readyDate}
              onChange={(event) => setReadyDate(event.currentTarget.value)}
            />
          </label>
          <label>
            {t('complianceNeededBy')}{' '}
            <input
              type="date"
              name="neededBy"
              value={neededBy}
              onChange={(event) => setNeededBy(event.currentTarget.value)}
            />
          </label>
        </div>
        <table className="table">
          <caption>{t('complianceCartons')}</caption>
          <thead>
            <tr>
              {fields.map(([key, label]) => (
                <th key={key}>{t(label)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {cartons.map((line, index) => (
              // Lines have no identity of their own but their position.
              <tr key={index} data-testid="carton-line">
                {fields.map(([key, label]) => (
                  <td key={key}>
                    <input
                      type="number"
                      name={key}
                      min={0}
                      step="any"
                      aria-label={t(label)}
                      value={line[key]}
                      onChange={(event) => setCarton(index, key, Number(event.currentTarget.value))}
                    />
                  </td>
                ))}
                <td>
                  {cartons.length > 1 && (
                    <button
                      type="button"
                      className="button quiet"
                      onClick={() => setCartons((lines) => lines.filter((_, at) => at !== index))}
                    >
                      {t('complianceRemoveCartons')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button
            type="button"
            className="button quiet"
            onClick={() => setCartons((lines) => [...lines, emptyCarton])}
          >
            {t('complianceAddCartons')}
          </button>
          <button type="submit" className="button primary">
            {t('compliancePlan')}
          </button>
        </div>
      </form>
      {outcome &&
        (outcome.ok ? (
          <FirstLegAdvice view={outcome.view} />
        ) : (
          <p className="notice error" role="alert" data-testid="first-leg-problems">
            {t('compliancePlanInvalid', { problems: outcome.problems })}
          </p>
        ))}
    </div>
  );
}
