//go:build race

package slackapp

// fanOut is the size of the rate-limited fan-out test. The race detector
// makes the embedded database about twenty times slower, so the fan-out
// shrinks under -race; without it the test sends 500 messages.
const fanOut = 100
