import { useSearchParams } from 'react-router';
import { YEAR_PARAM } from '../../paths';
import { parseYear } from './goal-tree-model';

export function currentYear(): number {
  return new Date().getFullYear();
}

/** The year in `?ar=`; changing it pushes a history entry so the back button returns to the previous year. */
export function useYearParam(fallback: number = currentYear()): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get(YEAR_PARAM), fallback);
  const setYear = (next: number) => {
    const copy = new URLSearchParams(params);
    copy.set(YEAR_PARAM, String(next));
    setParams(copy);
  };
  return [year, setYear];
}
