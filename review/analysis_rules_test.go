package review_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// A review limited to some committees counts only their meetings, lists
// only their members (and those expected at their meetings) and raises no
// sector flag.
func TestLimitedReviewCountsOnlyItsCommittees(t *testing.T) {
	team := storagetest.Open(t).Team("T1")
	n := buildSmall(t, team)
	a, err := review.Analyze(context.Background(), team, quarter, review.Options{Today: "2026-04-01", Zone: berlin, Committees: []string{n.transitions.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Whole {
		t.Error("a limited review counts as the whole network")
	}
	var names []string
	for _, p := range a.Stakeholders {
		names = append(names, p.Name)
	}
	// Dora sits only in the steering group and the archived AG; Emil in
	// no committee.
	if !slices.Equal(names, []string{"Anna Schulz", "Ben Kaufmann", "Cleo Jugend"}) {
		t.Fatalf("listed %v", names)
	}
	// Only the working group's meeting of 20 February: Anna present, Ben
	// not (Cleo joined later). The steering group's meetings do not count.
	want := map[string]review.Attendance{"Anna Schulz": {Present: 1, Expected: 1}, "Ben Kaufmann": {Expected: 1}, "Cleo Jugend": {}}
	for _, p := range a.Stakeholders {
		if p.Attendance != want[p.Name] || !reflect.DeepEqual(p.Committees, []review.Ref{ref(n.transitions.ID, "AG Übergänge")}) {
			t.Errorf("%s: attendance %+v in %+v; want %+v in AG Übergänge", p.Name, p.Attendance, p.Committees, want[p.Name])
		}
	}
	// Ben's last presence was at a steering meeting on 15 March: not
	// counted here, so his last activity is the note on c2 (12 March), and
	// he missed the one meeting he was expected at.
	if p := a.Stakeholders[1]; !p.LastActivity.Equal(at("2026-03-12 09:00")) || p.Class != review.ClassFading {
		t.Errorf("Ben: last active %v, %s", p.LastActivity, p.Class)
	}
	for _, f := range a.Flags {
		if f.Kind == review.FlagSteeringSectorMissing {
			t.Errorf("sector flag in a limited review: %+v", f)
		}
	}
}

// The decision-maker flag is raised only for a confirmed stakeholder who
// sits in a committee; the sector flags never name "other".
func TestFlagRulesForDecisionMakersAndSectors(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	add := func(name, sector, status string) storage.Stakeholder {
		t.Helper()
		s, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: name, Sector: sector, DecisionMaker: true, Status: status, CreatedAt: at("2025-01-01 10:00")})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	member := add("Maria Mitglied", "school", storage.StatusConfirmed)
	proposed := add("Paul Vorschlag", "school", storage.StatusProposed)
	add("Olga Ohne", "business", storage.StatusConfirmed) // in no committee
	add("Otto Sonstige", "other", storage.StatusConfirmed)
	c, err := team.AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering, Purpose: storage.PurposeNetworking, CreatedAt: at("2025-01-01 10:00")})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []storage.Stakeholder{member, proposed} {
		if _, err := team.AddMember(ctx, c.ID, s.ID, "UC", at("2025-01-01 10:00")); err != nil {
			t.Fatal(err)
		}
	}
	a, err := review.Analyze(ctx, team, quarter, review.Options{Today: "2026-04-01", Zone: berlin})
	if err != nil {
		t.Fatal(err)
	}
	var inactive, sectors []string
	for _, f := range a.Flags {
		switch f.Kind {
		case review.FlagInactiveDecisionMaker:
			inactive = append(inactive, f.Stakeholders[0].Name)
		case review.FlagSteeringSectorMissing:
			sectors = append(sectors, f.Sector)
		}
	}
	if !slices.Equal(inactive, []string{"Maria Mitglied"}) {
		t.Errorf("inactive decision makers flagged: %v, want only Maria Mitglied", inactive)
	}
	if !slices.Equal(sectors, []string{"business"}) {
		t.Errorf("sectors missing from the steering group: %v, want business only (never other)", sectors)
	}
	if slices.Contains(a.Committees[0].SectorsMissing, "other") {
		t.Errorf("missing sectors %v hold other", a.Committees[0].SectorsMissing)
	}
}

// Committee changes of the period: confirmed stakeholders, who joined and
// who left a committee that existed before, and the commitments done on
// time, late and overdue.
func TestAnalyzeMembershipsConfirmationsAndCommitments(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	n := buildSmall(t, team)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(team.Audit(ctx, storage.AuditEntry{At: at("2026-03-05 10:00"), Actor: "UCOORD", Action: "committee.member_add", TargetKind: "committee",
		TargetID: n.steering.ID, Changes: []storage.Change{{Field: "member", After: n.cleo.ID + " Cleo Jugend"}}}))
	_, err := team.AddMember(ctx, n.steering.ID, n.cleo.ID, "UCOORD", at("2026-03-05 10:00"))
	must(err)
	must(team.Audit(ctx, storage.AuditEntry{At: at("2026-03-06 10:00"), Actor: "UCOORD", Action: "committee.member_remove", TargetKind: "committee",
		TargetID: n.steering.ID, Changes: []storage.Change{{Field: "member", Before: n.ben.ID + " Ben Kaufmann"}}}))
	_, err = team.RemoveMember(ctx, n.steering.ID, n.ben.ID)
	must(err)
	// Dora joined the existing body and left it again: no change.
	must(team.Audit(ctx, storage.AuditEntry{At: at("2026-03-07 10:00"), Actor: "UCOORD", Action: "committee.member_add", TargetKind: "committee",
		TargetID: n.existing.ID, Changes: []storage.Change{{Field: "member", After: n.dora.ID + " Dora Rat"}}}))
	must(team.Audit(ctx, storage.AuditEntry{At: at("2026-03-08 10:00"), Actor: "UCOORD", Action: "committee.member_remove", TargetKind: "committee",
		TargetID: n.existing.ID, Changes: []storage.Change{{Field: "member", Before: n.dora.ID + " Dora Rat"}}}))
	must(team.Audit(ctx, storage.AuditEntry{At: at("2026-03-11 09:00"), Actor: "UCOORD", Action: "stakeholder.confirm", TargetKind: "stakeholder", TargetID: n.dora.ID}))
	// A steering commitment done late (due 10 March, done 12 March), one
	// overdue (due 15 March).
	late, err := team.AddCommitment(ctx, storage.Commitment{Owner: n.anna.ID, Committee: n.steering.ID, Due: "2026-03-10", CreatedAt: at("2026-02-01 10:00")})
	must(err)
	_, err = team.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: late.ID, At: at("2026-03-12 10:00"), Actor: "UANNA",
		Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentDone})
	must(err)
	_, err = team.AddCommitment(ctx, storage.Commitment{Owner: n.dora.ID, Committee: n.steering.ID, Due: "2026-03-15", CreatedAt: at("2026-02-01 10:00")})
	must(err)

	a, err := review.Analyze(ctx, team, quarter, review.Options{Today: "2026-04-01", Zone: berlin})
	must(err)
	want := []review.MembershipChange{{Committee: ref(n.steering.ID, "Lenkungsgruppe"),
		Joined: []review.Ref{ref(n.cleo.ID, "Cleo Jugend")}, Left: []review.Ref{ref(n.ben.ID, "Ben Kaufmann")}}}
	if !reflect.DeepEqual(a.Changes.Memberships, want) {
		t.Errorf("memberships %+v\nwant %+v", a.Changes.Memberships, want)
	}
	if !reflect.DeepEqual(a.Changes.StakeholdersConfirmed, []review.Ref{ref(n.dora.ID, "Dora Rat")}) {
		t.Errorf("confirmed %+v", a.Changes.StakeholdersConfirmed)
	}
	// Before: the steering group had Anna, Ben and Dora; now Anna, Cleo, Dora.
	sc := func(sector string, n int) review.SectorCount { return review.SectorCount{Sector: sector, Count: n} }
	if got := a.Changes.SectorsBefore.Steering; !reflect.DeepEqual(got, []review.SectorCount{sc("school", 1), sc("politics", 1), sc("business", 1)}) {
		t.Errorf("steering sectors before %+v", got)
	}
	if got := a.Sectors.Steering; !reflect.DeepEqual(got, []review.SectorCount{sc("school", 1), sc("youth-welfare", 1), sc("politics", 1)}) {
		t.Errorf("steering sectors now %+v", got)
	}
	steering := committeeIn(t, a, n.steering.ID)
	if steering.DoneOnTime != 0 || steering.DoneLate != 1 || steering.Overdue != 1 {
		t.Errorf("steering commitments: %d on time, %d late, %d overdue; want 0, 1, 1", steering.DoneOnTime, steering.DoneLate, steering.Overdue)
	}
	if rate, ok := steering.ActionRate(); !ok || rate != 0 {
		t.Errorf("steering action rate %v %v", rate, ok)
	}
}

// CallOrder lists the inactive, then the fading, then the active; in each
// group decision makers, then multipliers, then more overdue commitments,
// then the longest without activity.
func TestCallOrder(t *testing.T) {
	p := func(name, class string, dm, mult bool, overdue int, last string) review.Participation {
		pt := review.Participation{Name: name, Class: class, DecisionMaker: dm, Multiplier: mult, Overdue: overdue}
		if last != "" {
			pt.LastActivity = at(last)
		}
		return pt
	}
	a := review.Analysis{Stakeholders: []review.Participation{ // by name, as stored
		p("Anna", review.ClassActive, false, false, 0, "2026-03-01 10:00"),
		p("Bert", review.ClassFading, false, false, 2, "2026-02-01 10:00"),
		p("Cora", review.ClassFading, false, true, 0, "2026-02-01 10:00"),
		p("Dirk", review.ClassInactive, false, false, 0, ""),
		p("Erna", review.ClassFading, false, false, 2, "2025-12-01 10:00"),
		p("Fritz", review.ClassInactive, true, false, 0, "2025-06-01 10:00"),
		p("Gina", review.ClassFading, true, false, 0, "2026-03-01 10:00"),
	}}
	var got [][]string
	for _, g := range a.CallOrder() {
		var names []string
		for _, s := range g.Stakeholders {
			names = append(names, s.Name)
		}
		got = append(got, append([]string{g.Class}, names...))
	}
	want := [][]string{
		{review.ClassInactive, "Fritz", "Dirk"},
		{review.ClassFading, "Gina", "Cora", "Erna", "Bert"},
		{review.ClassActive, "Anna"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("call order %v\nwant %v", got, want)
	}
}
