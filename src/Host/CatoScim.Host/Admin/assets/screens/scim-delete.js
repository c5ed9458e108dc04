import { useMutation } from '../hooks.js';
import { html } from '../lib.js';
import { useSession } from '../session.js';
import { Dialog, ErrorBanner } from '../ui.js';

/** Says what a deletion keeps: the users and groups stay, unlinked, with their state; the tokens stop working. */
export function DeleteDirectoryDialog({ directory, open, onClose, onDeleted }) {
  const { accountId } = useSession();
  const remove = useMutation('DeleteScimDirectory');
  const close = () => { remove.reset(); onClose(); };
  const confirm = async () => {
    if (await remove.run({ accountId, input: { directoryId: directory.id } })) {
      close();
      onDeleted();
    }
  };
  const users = `${directory.userCount.toLocaleString()} user${directory.userCount === 1 ? '' : 's'}`;
  const groups = `${directory.groupCount.toLocaleString()} group${directory.groupCount === 1 ? '' : 's'}`;
  return html`<${Dialog} title=${`Delete ${directory.name}?`} open=${open} onClose=${close}>
    <p>${users} and ${groups} will be unlinked and kept, with their attributes and status. Its tokens are revoked, so the IdP's
      requests are refused from now on. This cannot be undone.</p>
    <${ErrorBanner} error=${remove.error} />
    <div class="actions">
      <button type="button" onClick=${close}>Cancel</button>
      <button type="button" class="danger" disabled=${remove.busy} onClick=${confirm}>Delete directory</button>
    </div>
  <//>`;
}
