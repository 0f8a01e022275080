package bot

import (
	"slices"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/netzwerkbot/netzwerkbot/review/schedule"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// overlapRuns is how many coming runs checkNewSchedule compares with a
// review's answer window: enough to see a year of monthly runs.
const overlapRuns = 13

// checkNewSchedule refuses a schedule s (with its parsed spec, in loc)
// that would do what another one does: the same spec, kind and channel as
// a schedule that is active or paused (err.schedule_duplicate), or
// network reviews that start more often than their answer window lasts,
// so that one would open while the last is still running
// (err.schedule_too_often). It reads the schedules and changes nothing.
func (cl *call) checkNewSchedule(s storage.Schedule, sched cron.Schedule, loc *time.Location) error {
	existing, err := cl.team.Schedules(cl.ctx, storage.ScheduleActive, storage.SchedulePaused)
	if err != nil {
		return err
	}
	spec := strings.Join(strings.Fields(s.Spec), " ")
	if i := slices.IndexFunc(existing, func(o storage.Schedule) bool {
		return o.Kind == s.Kind && o.Channel == s.Channel && strings.Join(strings.Fields(o.Spec), " ") == spec
	}); i >= 0 {
		return fail(storage.KindConflict, "err.schedule_duplicate", existing[i].ID)
	}
	if s.Kind != storage.ScheduleNetworkReview {
		return nil
	}
	// An hour's slack: a weekly run is 6d23h apart when the clocks change.
	if gap := shortestGap(schedule.NextRuns(sched, loc, cl.now, overlapRuns)); gap > 0 && gap < s.Window-time.Hour {
		return fail(storage.KindInvalid, "err.schedule_too_often", durationText(cl.lang, roughly(gap)), durationText(cl.lang, s.Window))
	}
	return nil
}

// roughly rounds d to whole days when it is within an hour of them (a
// clock change makes a week 6d23h), to whole hours otherwise.
func roughly(d time.Duration) time.Duration {
	if days := d.Round(24 * time.Hour); days > 0 && (d-days).Abs() <= time.Hour {
		return days
	}
	return d.Round(time.Hour)
}

// shortestGap is the shortest time between two consecutive runs, or 0 for
// fewer than two.
func shortestGap(runs []time.Time) time.Duration {
	var gap time.Duration
	for i := 1; i < len(runs); i++ {
		if d := runs[i].Sub(runs[i-1]); gap == 0 || d < gap {
			gap = d
		}
	}
	return gap
}
