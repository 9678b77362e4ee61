// Which brand the page on screen is about, told to the frame (AppLayout) by the page's brand picker,
// so the frame can say "publishing is paused" even before the address names the brand (`?brand=`
// appears only once someone picks one).
import { createContext, useCallback, useContext, useEffect, useState } from 'react';

type Report = (reporter: object, brandId: string | null) => void;

export const ShownBrandContext = createContext<Report | null>(null);

/** For the frame: the brand the last mounted reporter shows, and the function reporters call. */
export function useShownBrandRegistry(): { shownBrandId: string | null; report: Report } {
  const [entries, setEntries] = useState<readonly { reporter: object; brandId: string }[]>([]);
  const report = useCallback<Report>((reporter, brandId) => {
    setEntries((list) => {
      const others = list.filter((entry) => entry.reporter !== reporter);
      return brandId ? [...others, { reporter, brandId }] : others;
    });
  }, []);
  return { shownBrandId: entries.at(-1)?.brandId ?? null, report };
}

/** For a page's brand picker: tells the frame which brand is shown, and forgets it on leaving. */
export function useReportShownBrand(brandId: string | null): void {
  const report = useContext(ShownBrandContext);
  const [reporter] = useState(() => ({}));
  useEffect(() => {
    if (!report) return;
    report(reporter, brandId);
    return () => report(reporter, null);
  }, [report, reporter, brandId]);
}
