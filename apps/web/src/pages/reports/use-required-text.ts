import { useState } from 'react';

/** A text the user must write before acting (a return comment, a reason to reopen): its value, error and a check. */
export function useRequiredText(requiredMessage: string) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return {
    value: value.trim(),
    error,
    inputProps: {
      value,
      onChange: (e: { currentTarget: { value: string } }) => {
        setValue(e.currentTarget.value);
        setError(null);
      },
    },
    /** True when written; otherwise shows the message at the field. */
    check: () => {
      if (value.trim()) return true;
      setError(requiredMessage);
      return false;
    },
  };
}
