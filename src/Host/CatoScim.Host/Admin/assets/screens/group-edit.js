import { useMutation } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { Dialog, ErrorBanner, Field, described } from '../ui.js';

export function RenameGroupDialog({ group, open, onClose, onRenamed }) {
  const { accountId } = useSession();
  const [name, setName] = useState(group.name);
  const rename = useMutation('UpdateGroup');
  const close = () => { setName(group.name); rename.reset(); onClose(); };
  const submit = async event => {
    event.preventDefault();
    if (await rename.run({ accountId, input: { groupId: group.id, name: name.trim() } })) {
      rename.reset();
      onClose();
      onRenamed();
    }
  };
  const nameProps = { field: 'input.name', error: rename.error };
  return html`<${Dialog} title=${`Rename ${group.name}`} open=${open} onClose=${close}>
    <form onSubmit=${submit}>
      <${Field} id="group-rename" label="New name" ...${nameProps}>
        <input ...${described('group-rename', nameProps)} required maxlength="256" value=${name} onInput=${e => setName(e.currentTarget.value)} />
      <//>
      <${ErrorBanner} error=${rename.error} claimed=${['input.name']} />
      <div class="actions">
        <button type="button" onClick=${close}>Cancel</button>
        <button type="submit" class="primary" disabled=${rename.busy || !name.trim() || name.trim() === group.name}>Save name</button>
      </div>
    </form>
  <//>`;
}

/** Says what a deletion keeps: the members stay as users; only the group and its memberships go. */
export function DeleteGroupDialog({ group, open, onClose }) {
  const { accountId } = useSession();
  const remove = useMutation('DeleteGroup');
  const close = () => { remove.reset(); onClose(); };
  const confirm = async () => {
    if (await remove.run({ accountId, input: { groupId: group.id } })) location.hash = '#/groups';
  };
  const members = `${group.memberCount.toLocaleString()} member${group.memberCount === 1 ? '' : 's'}`;
  return html`<${Dialog} title=${`Delete ${group.name}?`} open=${open} onClose=${close}>
    <p>The group has ${members}. The users are kept; only the group and their memberships are removed. A licence rule for
      this group stops covering anyone, so members with no other rule give their seat back. This cannot be undone.</p>
    <${ErrorBanner} error=${remove.error} />
    <div class="actions">
      <button type="button" onClick=${close}>Cancel</button>
      <button type="button" class="danger" disabled=${remove.busy} onClick=${confirm}>Delete group</button>
    </div>
  <//>`;
}
