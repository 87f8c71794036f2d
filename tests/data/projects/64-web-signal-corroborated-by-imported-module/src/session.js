export function startSession(client, user, token) {
  const session = client.login(user, token);
  session.onLoginSuccess = () => session.messageInstantSend('ops', { hello: user });
  return session;
}
