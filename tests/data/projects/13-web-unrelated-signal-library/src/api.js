const BASE = '/api/v1';

export const api = {
  async login(email, password) {
    const res = await fetch(`${BASE}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error('login failed');
    return res.json();
  },
  async inbox() {
    return (await fetch(`${BASE}/messages`)).json();
  },
};
