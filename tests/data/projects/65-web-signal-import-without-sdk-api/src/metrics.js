export function track(event) {
  navigator.sendBeacon('/metrics', JSON.stringify({ event, at: Date.now() }));
}
