package main

import (
	"testing"
	"time"
)

// RETENTION takes days or a duration of at least an hour, RUN_LEASE a
// duration of at least 3 s; the defaults are 90 days and one minute.
func TestRetentionAndLeaseSettings(t *testing.T) {
	for in, want := range map[string]time.Duration{"90d": 90 * 24 * time.Hour, "1d": 24 * time.Hour, "2160h": 2160 * time.Hour, "1h": time.Hour} {
		if got, err := (config{Retention: in}).retention(); err != nil || got != want {
			t.Errorf("RETENTION=%s: %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "0d", "-5d", "90", "30m", "neunzig"} {
		if _, err := (config{Retention: bad}).retention(); err == nil {
			t.Errorf("RETENTION=%q accepted", bad)
		}
	}
	if got, err := (config{RunLease: "45s"}).runLease(); err != nil || got != 45*time.Second {
		t.Errorf("RUN_LEASE=45s: %v, %v", got, err)
	}
	c, _, err := parseConfig(nil, func(string) string { return "" }, nil)
	if err != nil {
		t.Fatal(err)
	}
	tm, err := timingOf(c)
	if err != nil || tm.retention != 90*24*time.Hour || tm.lease != time.Minute || tm.firePause != 0 {
		t.Errorf("defaults: %+v, %v", tm, err)
	}
}
