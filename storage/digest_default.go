package storage

import (
	"context"
	"time"
)

// The default commitment digest: daily at 09:00 in the workspace's zone,
// for workspaces that have none.
const (
	DefaultDigestID   = "p-digest-default"
	DefaultDigestSpec = "0 9 * * *"
	DefaultDigestBy   = "netzwerkbot"
)

// EnsureDefaultDigest creates the default commitment digest schedule
// (DefaultDigestSpec in zone, created by DefaultDigestBy, firing from now
// on) when the workspace has no commitment-digest schedule in any status,
// and reports whether it created it.
//
// Exactly once: the schedule is inserted under the deterministic id
// DefaultDigestID, so of concurrent callers one wins and the others (and
// every later call) add nothing. A default an admin paused or removed is
// still stored under that id, so it stays as the admin left it and is
// never recreated. It fails only when the store does.
func (t *Team) EnsureDefaultDigest(ctx context.Context, zone string, now time.Time) (bool, error) {
	list, err := t.Schedules(ctx)
	if err != nil {
		return false, err
	}
	for _, s := range list {
		if s.Kind == ScheduleCommitmentDigest || s.ID == DefaultDigestID {
			return false, nil
		}
	}
	now = now.UTC()
	s := Schedule{
		DocID: t.docID(DefaultDigestID), ID: DefaultDigestID, Spec: DefaultDigestSpec,
		Kind: ScheduleCommitmentDigest, Timezone: zone, Window: DefaultScheduleWindow,
		Committees: []string{}, Deadline: DefaultScheduleDeadline, Status: ScheduleActive,
		CreatedBy: DefaultDigestBy, CreatedAt: now, UpdatedAt: now, LastSlot: now,
	}
	err = t.insert(ctx, schedules, &s)
	if IsConflict(err) {
		return false, nil
	}
	return err == nil, err
}
