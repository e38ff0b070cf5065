import { useEffect, useRef } from 'react';

/** A form opened inline takes focus on its heading, so keyboard and screen-reader users land in it. */
export function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
