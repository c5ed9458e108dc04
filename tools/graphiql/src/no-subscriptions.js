// Stands in for graphql-ws: the admin API has no subscriptions, so GraphiQL is never given a subscription URL.
export function createClient() {
  throw new Error('The CatoScim admin API has no subscriptions.');
}
