export function login(user, password) {
  return fetch('/api/login', { method: 'POST', body: JSON.stringify({ user, password }) });
}
