//go:build !race

package review

// fanOut is the size of the rate-limited fan-out test (see race_test.go).
const fanOut = 500
