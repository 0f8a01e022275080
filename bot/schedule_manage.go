package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"

	"fmt"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/schedule"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// missedShown is how many missed slots schedule list names per schedule.
const missedShown = 3

// scheduleList: schedule list shows every schedule that is not removed,
// with its next three runs, its last run and its missed slots.
func scheduleList(cl *call) (Reply, error) {
	if _, _, err := cl.splitArgs(nil); err != nil {
		return Reply{}, err
	}
	list, err := cl.team.Schedules(cl.ctx, storage.ScheduleActive, storage.SchedulePaused)
	if err != nil {
		return Reply{}, err
	}
	if len(list) == 0 {
		return Say(cl.lang.T("schedule.none")), nil
	}
	blocks := []Block{Header{cl.lang.T("schedule.list_title", len(list))}}
	for _, s := range list {
		b, err := cl.scheduleEntry(s)
		if err != nil {
			return Reply{}, err
		}
		blocks = append(blocks, b...)
	}
	return Reply{Blocks: blocks}, nil
}

// scheduleEntry is one schedule's part of the list.
func (cl *call) scheduleEntry(s storage.Schedule) ([]Block, error) {
	title := fmt.Sprintf("%s · %s · %s", s.ID, cl.lang.T("schedule.kind."+s.Kind), cl.lang.T("schedule.status."+s.Status))
	fields := scheduleFields(cl.lang, s)
	if s.Status == storage.ScheduleActive {
		fields = append(fields, Field{cl.lang.T("field.schedule_next"), strings.Join(cl.nextRuns(s, 3), "; ")})
	}
	loc, err := schedule.LoadZone(s.Timezone)
	if err != nil {
		loc = time.UTC
	}
	last, err := cl.team.Runs(cl.ctx, s.ID, 1, storage.RunStarted, storage.RunDone, storage.RunFailed)
	if err != nil {
		return nil, err
	}
	lastText := cl.lang.T("schedule.never")
	if len(last) == 1 {
		lastText = formatWhen(cl.lang, last[0].SlotAt.In(loc)) + " – " + cl.lang.T("run.state."+last[0].State)
		if last[0].Manual {
			lastText += " (" + cl.lang.T("run.manual") + ")"
		}
	}
	fields = append(fields, Field{cl.lang.T("field.schedule_last"), lastText})
	missed, err := cl.team.Runs(cl.ctx, s.ID, missedShown, storage.RunMissed)
	if err != nil {
		return nil, err
	}
	if len(missed) > 0 {
		total, err := cl.team.CountRuns(cl.ctx, s.ID, storage.RunMissed)
		if err != nil {
			return nil, err
		}
		var when []string
		for _, r := range missed {
			when = append(when, formatWhen(cl.lang, r.SlotAt.In(loc)))
		}
		fields = append(fields, Field{cl.lang.T("field.schedule_missed"), cl.lang.T("schedule.missed", total, strings.Join(when, "; "))})
	}
	return []Block{Paragraph{title}, Fields{fields}}, nil
}

// findSchedule resolves the schedule named by the bare arguments; removed
// schedules count as gone.
func (cl *call) findSchedule() (storage.Schedule, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return storage.Schedule{}, err
	}
	id := cmdline.JoinText(bare)
	if id == "" {
		return storage.Schedule{}, fail(storage.KindInvalid, "err.schedule_ref_missing")
	}
	s, err := cl.team.Schedule(cl.ctx, id)
	if storage.IsNotFound(err) || err == nil && s.Status == storage.ScheduleRemoved {
		return s, fail(storage.KindNotFound, "err.schedule_not_found", id)
	}
	return s, err
}

// schedulePause: schedule pause <id>.
func schedulePause(cl *call) (Reply, error) {
	return cl.setScheduleStatus(storage.SchedulePaused, "schedule.pause", "schedule.paused")
}

// scheduleRemove: schedule remove <id>. The schedule and its runs are kept
// for the record; it no longer fires or shows in the list.
func scheduleRemove(cl *call) (Reply, error) {
	return cl.setScheduleStatus(storage.ScheduleRemoved, "schedule.remove", "schedule.removed")
}

// scheduleResume: schedule resume <id>. Slots that passed while the
// schedule was paused are skipped, neither run nor reported as missed.
func scheduleResume(cl *call) (Reply, error) {
	return cl.setScheduleStatus(storage.ScheduleActive, "schedule.resume", "schedule.resumed")
}

// setScheduleStatus changes a schedule's status, audits it as action and
// answers with the sentence key; an unchanged status is answered and not written.
func (cl *call) setScheduleStatus(status, action, key string) (Reply, error) {
	s, err := cl.findSchedule()
	if err != nil {
		return Reply{}, err
	}
	if s.Status == status {
		return Say(cl.lang.T("schedule.unchanged", s.ID, cl.lang.T("schedule.status."+status))), nil
	}
	if status == storage.ScheduleActive {
		if err := cl.team.AdvanceSchedule(cl.ctx, s.ID, cl.now); err != nil {
			return Reply{}, err
		}
	}
	change := storage.Change{Field: "status", Before: s.Status, After: status}
	if err := cl.audited(action, "schedule", s.ID, []storage.Change{change}).SetScheduleStatus(cl.ctx, s.ID, status, cl.now); err != nil {
		return Reply{}, err
	}
	return Say(cl.lang.T(key, s.ID)), nil
}

// scheduleRun: schedule run <id> asks the firing loop to run the schedule
// now, as a manual run keyed by the current minute in the schedule's zone.
// A second request in the same minute is refused.
func scheduleRun(cl *call) (Reply, error) {
	s, err := cl.findSchedule()
	if err != nil {
		return Reply{}, err
	}
	loc, err := schedule.LoadZone(s.Timezone)
	if err != nil {
		return Reply{}, err
	}
	minute := cl.now.Truncate(time.Minute)
	req := storage.RunRequest{
		ScheduleID: s.ID, Slot: minute.In(loc).Format(schedule.KeyLayout), SlotAt: minute, By: cl.req.UserID, At: cl.now,
	}
	change := storage.Change{Field: "run", After: req.Slot}
	ok, err := cl.audited("schedule.run", "schedule", s.ID, []storage.Change{change}).RequestRun(cl.ctx, req)
	if err != nil {
		return Reply{}, err
	}
	if !ok {
		return Reply{}, fail(storage.KindConflict, "err.schedule_run_twice", s.ID)
	}
	return Say(cl.lang.T("schedule.run_requested", cl.lang.T("schedule.kind."+s.Kind), s.ID, int(schedule.MaxTick/time.Second))), nil
}
