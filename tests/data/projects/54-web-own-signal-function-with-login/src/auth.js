export const auth = {
  async login(email, password) {
    const response = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ email, password }) });
    return response.json();
  },
};
