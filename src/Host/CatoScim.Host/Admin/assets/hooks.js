import { call, ApiError } from './api.js';
import { useCallback, useEffect, useRef, useState } from './lib.js';

/**
 * Runs a query document and keeps its last answer while a new one loads, so filters and refreshes never blank the
 * screen. `every` (ms) refreshes it in the background; an older answer arriving late never replaces a newer one.
 */
export function useQuery(operation, variables, { every = 0, skip = false, version = 0 } = {}) {
  const [state, setState] = useState({ data: null, error: null, loading: !skip });
  const ticket = useRef(0);
  const key = JSON.stringify(variables ?? {});
  // `version` changes when the caller knows the data changed (after a mutation elsewhere on the screen).

  const load = useCallback(async () => {
    if (skip) return;
    const mine = ++ticket.current;
    setState(s => ({ ...s, loading: true }));
    try {
      const data = await call(operation, JSON.parse(key));
      if (mine === ticket.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (mine === ticket.current) setState(s => ({ data: s.data, error, loading: false }));
    }
  }, [operation, key, skip, version]);

  useEffect(() => { load(); }, [load]);
  useEffect(() => {
    if (!every) return undefined;
    const timer = setInterval(() => { if (document.visibilityState === 'visible') load(); }, every);
    return () => clearInterval(timer);
  }, [load, every]);

  return { ...state, reload: load };
}

/** A mutation document: `run` resolves to the data, or to null with `error` set (field errors under `error.fields`). */
export function useMutation(operation) {
  const [state, setState] = useState({ busy: false, error: null });
  const run = useCallback(async variables => {
    setState({ busy: true, error: null });
    try {
      const data = await call(operation, variables);
      setState({ busy: false, error: null });
      return data;
    } catch (error) {
      setState({ busy: false, error: error instanceof ApiError ? error : new ApiError([{ message: String(error) }], 0) });
      return null;
    }
  }, [operation]);
  const reset = useCallback(() => setState({ busy: false, error: null }), []);
  return { ...state, run, reset };
}

/** The value once it has stopped changing for `ms`: search boxes query on a pause, not per keystroke. */
export function useDebounced(value, ms = 300) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
