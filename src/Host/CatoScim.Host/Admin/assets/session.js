import { createContext, useContext } from './lib.js';

/** Who is signed in: the key's account and role. VIEWER keys get a read-only console (`canWrite` false). */
export const Session = createContext(null);

export function useSession() {
  return useContext(Session);
}
