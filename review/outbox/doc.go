// Package outbox is how the bot's scheduled work speaks: work queues
// Messages under deterministic keys (Queue) in the store's outbox, and the
// Sender delivers them through a Poster, the interface each chat transport
// implements (the Slack app, the console).
//
// Queueing is idempotent per key, so work that runs again queues nothing
// twice. The Sender paces posts per channel, waits out rate limits, retries
// temporary failures and claims every attempt in the store, so that of any
// number of senders only one posts a message; it duplicates a message only
// if the process dies between the post and its record (see Sender). The
// package knows no chat service: it stores text and Block Kit JSON as the
// composer made them and hands them to the Poster.
package outbox
