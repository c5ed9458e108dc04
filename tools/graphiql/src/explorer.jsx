// The GraphQL explorer the Host serves at /graphql to a browser: GraphiQL 5 with the API key kept for this tab only.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import './explorer.css';

const KEY_ITEM = 'catoscim.apiKey';
const ENDPOINT = '/graphql';
const assets = new URL('.', document.currentScript.src);

// Monaco runs its language services in workers; each is a bundle next to this one (worker-src 'self').
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(new URL(`${name}.worker.js`, assets), { name: label });
  },
};

// sessionStorage, never localStorage: the key lives as long as this tab and is never written anywhere else.
const readKey = () => sessionStorage.getItem(KEY_ITEM) ?? '';

function fetcherFor(key) {
  return createGraphiQLFetcher({
    url: ENDPOINT,
    fetch: (input, init = {}) => {
      const headers = new Headers(init.headers);
      if (key) {
        headers.set('x-api-key', key);
      }
      return fetch(input, { ...init, headers });
    },
  });
}

const DEFAULT_QUERY = `# Ask who this key is, then explore the schema in the Docs panel.
query Viewer {
  viewer {
    role
    account {
      id
      name
    }
  }
}
`;

const root = createRoot(document.getElementById('graphiql'));
let generation = 0;
function render() {
  const key = readKey();
  document.getElementById('key-state').textContent = key ? 'Key set for this tab.' : 'No key: queries are refused.';
  root.render(
    // Mounted afresh for each key, so the schema is fetched with it; without a key every request is refused, so the
    // schema is not asked for until there is one. The tabs survive in GraphiQL's own storage (never the key).
    <GraphiQL
      key={++generation}
      fetcher={fetcherFor(key)}
      schema={key ? undefined : null}
      defaultQuery={DEFAULT_QUERY}
      shouldPersistHeaders={false}
    />,
  );
}

const form = document.getElementById('key-bar');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('api-key');
  const key = input.value.trim();
  if (key) {
    sessionStorage.setItem(KEY_ITEM, key);
  }
  input.value = '';
  render();
});
document.getElementById('forget-key').addEventListener('click', () => {
  sessionStorage.removeItem(KEY_ITEM);
  render();
});
render();
