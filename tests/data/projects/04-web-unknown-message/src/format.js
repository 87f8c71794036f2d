export function formatOutgoing(ticket) {
  if (ticket.subject) {
    return `[#${ticket.id}] ${ticket.subject}`;
  }
  return ticket.body;
}
