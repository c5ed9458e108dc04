import { call, onSignedOut, session } from './api.js';
import { html, render, useEffect, useState } from './lib.js';
import { href, useRoute } from './router.js';
import { Session } from './session.js';
import { Badge, ErrorBanner, Field, Loading, described } from './ui.js';
import { screens, screenFor } from './screens/index.js';

function SignIn({ onSignedIn, notice }) {
  const [key, setKey] = useState('');
  const [state, setState] = useState({ busy: false, error: null });
  const submit = async event => {
    event.preventDefault();
    setState({ busy: true, error: null });
    session.set(key.trim());
    try {
      onSignedIn((await call('Viewer')).viewer);
    } catch (error) {
      session.clear();
      setState({ busy: false, error });
    }
  };
  return html`<main class="sign-in">
    <h1>CatoScim console</h1>
    <p>Sign in with an admin API key. A VIEWER key opens a read-only console. The key stays in this browser tab only and is
      forgotten when you sign out or close the tab.</p>
    ${notice ? html`<p class="banner" role="status">${notice}</p>` : null}
    <form onSubmit=${submit}>
      <${Field} id="api-key" label="API key" hint="Created with catoscim account create, or under Settings → API keys.">
        <input ...${described('api-key', { hint: true })} type="password" autocomplete="off" spellcheck="false" required
          value=${key} onInput=${e => setKey(e.currentTarget.value)} />
      <//>
      <${ErrorBanner} error=${state.error} />
      <button type="submit" class="primary" disabled=${state.busy || !key.trim()}>${state.busy ? 'Signing in…' : 'Sign in'}</button>
    </form>
  </main>`;
}

function Shell({ viewer, onSignOut }) {
  const route = useRoute();
  const screen = screenFor(route.parts[0]);
  const context = { accountId: viewer.account.id, accountName: viewer.account.name, role: viewer.role, canWrite: viewer.role === 'EDITOR' };
  useEffect(() => { document.title = `${screen.title} · ${viewer.account.name} · CatoScim`; }, [screen, viewer]);
  const Screen = screen.component;
  return html`<${Session.Provider} value=${context}>
    <a class="skip" href="#main" onClick=${e => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
    <header class="top">
      <span class="product">CatoScim</span>
      <span class="account" title=${viewer.account.id}>${viewer.account.name}</span>
      ${context.canWrite ? null : html`<${Badge} tone="info" title="This key is a VIEWER key: nothing can be changed">Read-only<//>`}
      <button type="button" class="sign-out" onClick=${onSignOut}>Sign out</button>
    </header>
    <nav class="side" aria-label="Screens">
      <ul>${screens.map(s => html`<li><a href=${href(s.path)} aria-current=${s === screen ? 'page' : undefined}>${s.title}</a></li>`)}</ul>
    </nav>
    <main id="main" tabindex="-1"><${Screen} route=${route} /></main>
  <//>`;
}

function App() {
  const [state, setState] = useState({ viewer: null, checking: !!session.key, notice: null });
  useEffect(() => {
    onSignedOut(() => {
      session.clear();
      setState({ viewer: null, checking: false, notice: 'The API key was refused (revoked, expired or unknown). Sign in again.' });
    });
    if (!session.key) return;
    call('Viewer')
      .then(data => setState({ viewer: data.viewer, checking: false, notice: null }))
      .catch(() => setState({ viewer: null, checking: false, notice: null }));
  }, []);
  const signOut = () => {
    session.clear();
    setState({ viewer: null, checking: false, notice: 'Signed out: the key is forgotten.' });
  };
  if (state.checking) return html`<${Loading} label="Checking the API key…" />`;
  if (!state.viewer) return html`<${SignIn} notice=${state.notice} onSignedIn=${viewer => setState({ viewer, checking: false, notice: null })} />`;
  return html`<${Shell} viewer=${state.viewer} onSignOut=${signOut} />`;
}

const root = document.getElementById('app');
// The page's own "Loading" text is not Preact's to diff: clear it, then render.
root.textContent = '';
render(html`<${App} />`, root);
