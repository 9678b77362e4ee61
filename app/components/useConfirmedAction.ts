import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * A row action that asks first (archive, remove, revoke): which row is being asked about, and the
 * ConfirmModal props that run it. Asking clears the last attempt's error; on success the modal
 * closes, then `afterSuccess` refreshes the list.
 */
export function useConfirmedAction<T>(run: (item: T) => Promise<unknown>, afterSuccess: () => Promise<unknown>) {
  const [target, setTarget] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async () => {
      setTarget(null);
      await afterSuccess();
    },
  });
  return {
    target,
    ask: (item: T) => {
      mutation.reset();
      setTarget(item);
    },
    modal: {
      opened: target !== null,
      onConfirm: () => {
        if (target !== null) mutation.mutate(target);
      },
      onClose: () => setTarget(null),
      loading: mutation.isPending,
      error: mutation.error,
    },
  };
}
