package review_test

import (
	"testing"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// A scheduled review whose process died after storing the review and
// before claiming the workspace's one open review is finished by the
// resumed fire: the claim is taken, so no second review can open, and the
// opening messages are there once.
func TestResumedReviewFireTakesTheOpenClaim(t *testing.T) {
	f := newReviewFixture(t)
	sched, err := f.team.AddSchedule(f.ctx, storage.Schedule{Spec: "0 9 1 * *", Kind: storage.ScheduleNetworkReview,
		Timezone: "Europe/Berlin", Committees: []string{f.a, f.b}, CreatedBy: "USTARTER", CreatedAt: f.clock.Now()})
	if err != nil {
		t.Fatal(err)
	}
	run := storage.Run{ScheduleID: sched.ID, Slot: "2027-04-01T09:00", SlotAt: f.clock.Now()}
	if err := f.engine.Fire(f.ctx, f.team, sched, run); err != nil {
		t.Fatal(err)
	}
	id := storage.ReviewIDForRun(run.ID())
	before := f.keys(id)
	// As if the process had died before its open claim.
	if err := f.team.ReleaseOpenSlot(f.ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := f.engine.Fire(f.ctx, f.team, sched, run); err != nil {
		t.Fatal(err)
	}
	if _, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD"}); storage.KindOf(err) != storage.KindConflict {
		t.Errorf("another review opened beside the resumed one: %v", err)
	}
	if after := f.keys(id); len(after) != len(before) || len(after) == 0 {
		t.Errorf("messages %v after the resumed fire, %v before", after, before)
	}
}
