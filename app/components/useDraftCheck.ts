// Checks a draft against the brand's policy as the user types: after a short pause, and only the latest
// draft (an older answer arriving late never replaces a newer one).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkDraft, type CheckRequest } from '../pages/policy/api.ts';

const PAUSE_MS = 250;

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function useDraftCheck(brandId: string | undefined, input: CheckRequest) {
  const settled = useDebounced(input, PAUSE_MS);
  const pending = settled !== input;
  const query = useQuery({
    queryKey: ['brand', brandId, 'policy', 'check', settled],
    queryFn: () => checkDraft(brandId!, settled),
    enabled: Boolean(brandId) && settled.text.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const empty = input.text.trim().length === 0;
  return {
    ...query,
    data: empty ? undefined : query.data,
    checking: !empty && (pending || query.isFetching),
    // Whether the answer is for the text as it is now: an older answer's offsets would mark other words.
    current: !empty && !pending && !query.isPlaceholderData && query.data !== undefined,
  };
}
