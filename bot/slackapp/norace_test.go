//go:build !race

package slackapp

// fanOut is the size of the rate-limited fan-out test (see race_test.go).
const fanOut = 500
