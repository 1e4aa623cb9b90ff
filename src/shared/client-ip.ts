/**
 * The visitor's address as the site server resolved it (TRUST_PROXY applied),
 * handed to Payload on requests it passes to Next. The server removes any
 * value a client sent, so it cannot be forged.
 */
export const CLIENT_IP_HEADER = 'x-hub-client-ip'
