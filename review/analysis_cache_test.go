package review_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// The analysis served from the embedded caches equals the one computed
// from plain finds on the same seeded small network, also after writes
// that the caches record (a meeting, a membership added and removed, a
// committee changed, an audit entry).
func TestAnalysisFromCachesEqualsPlainFinds(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	store := storagetest.Open(t)
	team := store.Team("T1")
	if _, err := seed.Run(ctx, team, seed.Options{Size: seed.Small, Seed: 1, Now: now, Loc: berlin}); err != nil {
		t.Fatal(err)
	}
	p := review.Period{From: now.AddDate(0, -3, 0), To: now}
	opts := review.Options{Today: "2027-03-01", Zone: berlin, LateFrom: now.AddDate(0, -6, 0)}
	compare := func(when string) {
		t.Helper()
		fast, err := review.Analyze(ctx, team, p, opts)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := review.Analyze(ctx, store.Uncached().Team("T1"), p, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(fast.Committees) == 0 || len(fast.Stakeholders) == 0 {
			t.Fatalf("%s: empty analysis: %d committees, %d stakeholders", when, len(fast.Committees), len(fast.Stakeholders))
		}
		if !reflect.DeepEqual(fast, plain) {
			t.Errorf("%s: the cached analysis differs from the plain one:\n%+v\n%+v", when, fast, plain)
		}
	}
	compare("after the seed")

	committees, err := team.Committees(ctx)
	if err != nil || len(committees) < 2 {
		t.Fatalf("%d committees: %v", len(committees), err)
	}
	people, err := team.Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil || len(people) < 3 {
		t.Fatalf("%d stakeholders: %v", len(people), err)
	}
	g, s := committees[0].ID, people[0].ID
	if _, err := team.AddMember(ctx, g, s, "U1", now.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := team.RemoveMember(ctx, committees[1].ID, people[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := team.AddMeeting(ctx, storage.Meeting{CommitteeID: g, Date: "2027-02-15", Present: []string{s}, Members: []string{s}, LoggedAt: now}); err != nil {
		t.Fatal(err)
	}
	archived := storage.CommitteeArchived
	if err := team.SetCommittee(ctx, committees[1].ID, storage.CommitteePatch{Status: &archived}, now); err != nil {
		t.Fatal(err)
	}
	if err := team.Audit(ctx, storage.AuditEntry{At: now.Add(-2 * time.Hour), Actor: "U1", Action: "stakeholder.edit", TargetKind: "stakeholder", TargetID: s}); err != nil {
		t.Fatal(err)
	}
	compare("after the writes")
}
