package schedule

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Reasons given by SpecError and ZoneError for refusals that are ours rather
// than those of robfig/cron or the time package. The chat layer can compare
// Reason against these to localise the message; any other Reason is the
// library's own text.
const (
	ReasonZonePrefix = "a time zone prefix (CRON_TZ= or TZ=) is not allowed; the zone is set separately"
	ReasonEvery      = "@every is not supported; use a 5-field spec or @hourly, @daily, @weekly, @monthly, @yearly"
	ReasonNeverFires = "the schedule never fires"
	ReasonNoZone     = "no time zone given"
	ReasonLocalZone  = "Local is not a time zone name; use an IANA name such as Europe/Berlin"
)

// SpecError reports a cron spec that ParseSpec refused.
type SpecError struct {
	Spec   string // the spec as given
	Reason string // robfig/cron's parse error text, or one of the Reason constants
}

func (e *SpecError) Error() string {
	return fmt.Sprintf("invalid schedule %q: %s", e.Spec, e.Reason)
}

// ZoneError reports a time zone name that LoadZone refused.
type ZoneError struct {
	Name   string // the name as given
	Reason string // the time package's error text, or one of the Reason constants
}

func (e *ZoneError) Error() string {
	return fmt.Sprintf("invalid time zone %q: %s", e.Name, e.Reason)
}

// parser accepts the standard five fields (no seconds) and descriptors.
var parser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// neverFiresProbe is where ParseSpec starts looking for a first firing.
// robfig/cron searches five years ahead, so any date that exists at all
// (29 February included) is found from here.
var neverFiresProbe = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// ParseSpec parses a five-field cron spec ("0 9 * * 1") or a descriptor
// (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly).
// Surrounding white space is ignored.
//
// It fails with a *SpecError when robfig/cron rejects the spec (Reason is
// the parser's text), when the spec starts with CRON_TZ= or TZ= (the zone
// is a separate setting), when it is @every (its slots have no fixed wall
// time, so they cannot be keyed), or when it matches no date at all
// ("0 0 30 2 *").
//
// The schedule is in no zone of its own: the functions in this package
// evaluate it in the zone they are given.
func ParseSpec(spec string) (cron.Schedule, error) {
	trimmed := strings.TrimSpace(spec)
	if strings.HasPrefix(trimmed, "CRON_TZ=") || strings.HasPrefix(trimmed, "TZ=") {
		return nil, &SpecError{Spec: spec, Reason: ReasonZonePrefix}
	}
	sched, err := parser.Parse(trimmed)
	if err != nil {
		return nil, &SpecError{Spec: spec, Reason: err.Error()}
	}
	if _, ok := sched.(*cron.SpecSchedule); !ok {
		return nil, &SpecError{Spec: spec, Reason: ReasonEvery}
	}
	if sched.Next(neverFiresProbe).IsZero() {
		return nil, &SpecError{Spec: spec, Reason: ReasonNeverFires}
	}
	return sched, nil
}

// LoadZone loads an IANA time zone such as "Europe/Berlin" or "UTC".
//
// It fails with a *ZoneError when the name is empty or "Local" (both of
// which time.LoadLocation would accept, meaning UTC and the host's zone) or
// when the time package does not know the name.
func LoadZone(name string) (*time.Location, error) {
	switch name {
	case "":
		return nil, &ZoneError{Name: name, Reason: ReasonNoZone}
	case "Local":
		return nil, &ZoneError{Name: name, Reason: ReasonLocalZone}
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, &ZoneError{Name: name, Reason: err.Error()}
	}
	return loc, nil
}
