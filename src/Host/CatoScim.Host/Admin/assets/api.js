// The console's only way to the service: POST /graphql with a persisted document's id (GraphQL/Documents), so a
// deployment that runs known documents only (GraphQL:PersistedDocuments:Only) still serves its console.
const KEY = 'catoscim.apiKey';

export const session = {
  get key() { return sessionStorage.getItem(KEY); },
  set(key) { sessionStorage.setItem(KEY, key); },
  clear() { sessionStorage.removeItem(KEY); },
};

let signedOut = () => {};
export function onSignedOut(handler) { signedOut = handler; }

export class ApiError extends Error {
  constructor(errors, status) {
    super(errors.map(e => e.message).join(' '));
    this.errors = errors;
    this.status = status;
  }

  get code() { return this.errors[0]?.extensions?.code ?? null; }

  /** Messages by input path (`input.name`), as the API's `extensions.field` names them. */
  get fields() {
    const byField = {};
    for (const e of this.errors) {
      const field = e.extensions?.field;
      if (field && !(field in byField)) byField[field] = e.message;
    }
    return byField;
  }
}

const failure = (message, code, status = 0) => new ApiError([{ message, extensions: { code } }], status);

let documents;
async function documentId(operation) {
  documents ??= fetch('documents.json', { headers: { accept: 'application/json' } })
    .then(r => (r.ok ? r.json() : Promise.reject(failure(`The console's documents could not be loaded (${r.status}).`, 'CONSOLE', r.status))));
  try {
    const id = (await documents)[operation];
    if (!id) throw failure(`This Host has no document named ${operation}; reload the page after an upgrade.`, 'CONSOLE');
    return id;
  } catch (e) {
    documents = undefined;
    throw e instanceof ApiError ? e : failure('The service cannot be reached.', 'NETWORK');
  }
}

export async function call(operation, variables = {}) {
  const id = await documentId(operation);
  let response;
  try {
    response = await fetch('../graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-api-key': session.key ?? '' },
      body: JSON.stringify({ documentId: id, variables }),
    });
  } catch {
    throw failure('The service cannot be reached; check the connection and try again.', 'NETWORK');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw failure(`The service answered ${response.status} without a GraphQL response.`, `HTTP_${response.status}`, response.status);
  }
  if (body.errors?.length) {
    const error = new ApiError(body.errors, response.status);
    if (error.code === 'UNAUTHENTICATED') signedOut(error);
    throw error;
  }
  return body.data;
}
