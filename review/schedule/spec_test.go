package schedule

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseSpecAccepts(t *testing.T) {
	for _, spec := range []string{
		"@yearly",
		"@monthly",
		"@weekly",
		"@daily",
		"@hourly",
		" @daily ",
		"0 9 1 * *",
		"*/15 8-17 * * mon-fri",
		"0 0 29 2 *",
	} {
		sched, err := ParseSpec(spec)
		if err != nil {
			t.Errorf("ParseSpec(%q): %v", spec, err)
			continue
		}
		if sched == nil {
			t.Errorf("ParseSpec(%q) returned a nil schedule", spec)
		}
	}
}

func TestParseSpecRefuses(t *testing.T) {
	tests := []struct {
		spec   string
		reason string
	}{
		{"61 * * * *", "end of range (61) above maximum (59): 61"},
		{"* * *", "expected exactly 5 fields, found 3: [* * *]"},
		{"0 0 9 * * *", "expected exactly 5 fields, found 6: [0 0 9 * * *]"},
		{"", "empty spec string"},
		{"   ", "empty spec string"},
		{"0 9 * * funday", `failed to parse int from funday: strconv.Atoi: parsing "funday": invalid syntax`},
		{"@fortnightly", "unrecognized descriptor: @fortnightly"},
		{"CRON_TZ=UTC 0 9 * * *", ReasonZonePrefix},
		{"TZ=Europe/Berlin 0 9 * * *", ReasonZonePrefix},
		{" TZ=UTC", ReasonZonePrefix},
		{"@every 1h", ReasonEvery},
		{"0 0 30 2 *", ReasonNeverFires},
	}
	for _, tt := range tests {
		sched, err := ParseSpec(tt.spec)
		var se *SpecError
		if !errors.As(err, &se) {
			t.Errorf("ParseSpec(%q) = %v, %v; want a *SpecError", tt.spec, sched, err)
			continue
		}
		if se.Spec != tt.spec || se.Reason != tt.reason {
			t.Errorf("ParseSpec(%q) error = %#v; want Spec %q, Reason %q", tt.spec, se, tt.spec, tt.reason)
		}
		if msg := err.Error(); !strings.Contains(msg, tt.reason) {
			t.Errorf("ParseSpec(%q) error text %q does not give the reason", tt.spec, msg)
		}
	}
}

func TestLoadZone(t *testing.T) {
	for _, name := range []string{"Europe/Berlin", "America/New_York", "UTC"} {
		loc, err := LoadZone(name)
		if err != nil {
			t.Errorf("LoadZone(%q): %v", name, err)
			continue
		}
		if loc.String() != name {
			t.Errorf("LoadZone(%q) = %v", name, loc)
		}
	}
}

func TestLoadZoneRefuses(t *testing.T) {
	tests := []struct {
		name   string
		reason string
	}{
		{"", ReasonNoZone},
		{"Local", ReasonLocalZone},
		{"Europe/Nowhere", "unknown time zone Europe/Nowhere"},
		{"../Europe/Berlin", "time: invalid location name"},
	}
	for _, tt := range tests {
		loc, err := LoadZone(tt.name)
		var ze *ZoneError
		if !errors.As(err, &ze) {
			t.Errorf("LoadZone(%q) = %v, %v; want a *ZoneError", tt.name, loc, err)
			continue
		}
		if ze.Name != tt.name || ze.Reason != tt.reason {
			t.Errorf("LoadZone(%q) error = %#v; want Reason %q", tt.name, ze, tt.reason)
		}
		if msg := err.Error(); !strings.Contains(msg, tt.reason) {
			t.Errorf("LoadZone(%q) error text %q does not give the reason", tt.name, msg)
		}
	}
}

func FuzzParseSpec(f *testing.F) {
	for _, seed := range []string{
		"", "@monthly", "@every 1h", "0 9 1 * *", "61 * * * *", "* * *",
		"CRON_TZ=UTC 0 9 * * *", "TZ=", "*/0 * * * *", "1-0 * * * *", "0 0 30 2 *",
	} {
		f.Add(seed)
	}
	probe := time.Date(2027, time.January, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, spec string) {
		sched, err := ParseSpec(spec)
		if err != nil {
			var se *SpecError
			if !errors.As(err, &se) || se.Reason == "" {
				t.Fatalf("ParseSpec(%q) error %v is not a *SpecError with a reason", spec, err)
			}
			return
		}
		if sched.Next(probe).IsZero() {
			t.Fatalf("ParseSpec(%q) accepted a schedule that does not fire", spec)
		}
	})
}
