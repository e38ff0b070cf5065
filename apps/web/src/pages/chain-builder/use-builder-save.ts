import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { builderKeys } from './chain-builder-api';
import { formErrorsFromApi, type FormErrors } from './builder-form-model';

/**
 * A builder save: on success the goal's builder data and its chain view are fetched again; a 400/422 (or a 409 on
 * a field such as a taken key) becomes messages at the fields, anything else a message above the form.
 */
export function useBuilderSave<T, R>(
  goalId: string,
  save: (input: T) => Promise<R>,
  options: { onSaved?: (result: R) => void; rename?: Record<string, string>; conflictField?: string } = {},
) {
  const queryClient = useQueryClient();
  const [fieldErrors, setFieldErrors] = useState<FormErrors>({});
  const mutation = useMutation({
    mutationFn: save,
    onMutate: () => setFieldErrors({}),
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: builderKeys.all(goalId) }),
        queryClient.invalidateQueries({ queryKey: ['chain', goalId] }),
      ]);
      options.onSaved?.(result);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const fields = formErrorsFromApi(error.fields, options.rename);
      if (error.status === 409 && options.conflictField && Object.keys(fields).length === 0) fields[options.conflictField] = error.message;
      setFieldErrors(fields);
    },
  });
  return { mutation, fieldErrors, setFieldErrors };
}

/** The message above a form when a save failed for a reason not shown at a field. */
export function generalError(error: unknown, fieldErrors: FormErrors): string | null {
  if (!error) return null;
  if (Object.keys(fieldErrors).length > 0) return null;
  return error instanceof ApiError ? error.message : String(error);
}
