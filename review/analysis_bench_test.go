package review_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// The size of the large seeded network.
const (
	largeStakeholders = 2000
	largeCommittees   = 200
	largeMembers      = 10 // per committee
	largeMeetings     = 6  // per committee, in the quarter
	largeCommitments  = 20000
	largeAudit        = 10000
)

// BenchmarkAnalyzeLarge analyses a network of 2,000 stakeholders, 200
// committees (2,000 memberships, 1,200 meetings), 20,000 commitments and
// 10,000 audit entries. The budget on the embedded store is 100 ms and
// 20 MB per analysis served from the caches, 1.5 s for the first one after
// start-up. The first analysis after the seed loads the workspace's caches
// from the database (one scan per collection, concurrently), as the first
// start after a crash does: cold-ms. The loop measures the analyses after
// it. Then the store is closed and opened again, as a restart does, and the
// first analysis after it is restart-ms: on the embedded store it includes
// opening the store, which reads the cache file (see storage.Open).
func BenchmarkAnalyzeLarge(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	s := storagetest.OpenIn(b, dir)
	team := s.Team("T1")
	seedLarge(b, team)
	opts := review.Options{Today: "2026-04-01", Zone: berlin}
	start := time.Now()
	if _, err := review.Analyze(ctx, team, quarter, opts); err != nil {
		b.Fatal(err)
	}
	cold := time.Since(start)
	for b.Loop() {
		a, err := review.Analyze(ctx, team, quarter, opts)
		if err != nil {
			b.Fatal(err)
		}
		if len(a.Committees) != largeCommittees || len(a.Stakeholders) < largeStakeholders*9/10 {
			b.Fatalf("%d committees, %d stakeholders", len(a.Committees), len(a.Stakeholders))
		}
	}
	b.ReportMetric(float64(cold.Milliseconds()), "cold-ms")
	if err := s.Close(ctx); err != nil {
		b.Fatal(err)
	}
	start = time.Now()
	if _, err := review.Analyze(ctx, storagetest.OpenIn(b, dir).Team("T1"), quarter, opts); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds()), "restart-ms")
}

// seedLarge fills team with the large network using the bulk inserts. The
// records are made from their index, so every run seeds the same network.
func seedLarge(b *testing.B, team *storage.Team) {
	b.Helper()
	ctx := context.Background()
	must := func(err error) {
		b.Helper()
		if err != nil {
			b.Fatal(err)
		}
	}
	base := at("2024-01-01 09:00")
	ss := make([]storage.Stakeholder, largeStakeholders)
	for i := range ss {
		status := storage.StatusConfirmed
		switch {
		case i%40 == 0:
			status = storage.StatusArchived
		case i%50 == 0:
			status = storage.StatusProposed
		}
		ss[i] = storage.Stakeholder{
			ID: fmt.Sprintf("s%04d", i), Name: fmt.Sprintf("Person %04d", i), Sector: storage.DefaultSectors[i%len(storage.DefaultSectors)],
			SlackUser: fmt.Sprintf("U%04d", i), DecisionMaker: i%7 == 0, Multiplier: i%5 == 0, Status: status,
			Topics:    []string{fmt.Sprintf("Thema %d", i%40), fmt.Sprintf("Thema %d", (i+13)%40)},
			CreatedAt: base.Add(time.Duration(i) * time.Hour),
		}
	}
	must(team.InsertStakeholders(ctx, ss))
	cs := make([]storage.Committee, largeCommittees)
	var ms []storage.Membership
	var meetings []storage.Meeting
	for i := range cs {
		cs[i] = storage.Committee{
			ID: fmt.Sprintf("g%03d", i), Name: fmt.Sprintf("Gremium %03d", i), Kind: storage.CommitteeKinds[i%4],
			Purpose: storage.CommitteePurposes[i%2], Status: storage.CommitteeActive, CreatedAt: base,
		}
		members := make([]string, largeMembers)
		for k := range members {
			members[k] = ss[(i*largeMembers+k*37)%largeStakeholders].ID
			ms = append(ms, storage.Membership{CommitteeID: cs[i].ID, Stakeholder: members[k], AddedAt: base})
		}
		for k := range largeMeetings {
			meetings = append(meetings, storage.Meeting{
				ID: fmt.Sprintf("m%03d%d", i, k), CommitteeID: cs[i].ID, Date: fmt.Sprintf("2026-%02d-%02d", 1+k/2, 1+(i+k)%28),
				Members: members, Present: members[:3+(i+k)%8], LoggedAt: base,
			})
		}
	}
	must(team.InsertCommittees(ctx, cs))
	must(team.InsertMemberships(ctx, ms))
	must(team.InsertMeetings(ctx, meetings))
	commitments := make([]storage.Commitment, largeCommitments)
	for i := range commitments {
		created := at("2025-01-01 09:00").Add(time.Duration(i) * 37 * time.Minute)
		c := storage.Commitment{
			ID: fmt.Sprintf("c%05d", i), Owner: ss[i%largeStakeholders].ID, Text: "Maßnahme",
			Due:    created.AddDate(0, 2, 0).Format(time.DateOnly),
			Status: storage.CommitmentStatuses[i%4], CreatedBy: ss[(i*7)%largeStakeholders].SlackUser,
			CreatedAt: created, UpdatedAt: created,
		}
		if i%2 == 0 {
			c.Committee = cs[i%largeCommittees].ID
		}
		commitments[i] = c
	}
	must(team.InsertCommitments(ctx, commitments))
	entries := make([]storage.AuditEntry, largeAudit)
	for i := range entries {
		target := ss[(i*11)%largeStakeholders]
		entries[i] = storage.AuditEntry{
			At: at("2025-06-01 09:00").Add(time.Duration(i) * 41 * time.Minute), Actor: ss[(i*3)%largeStakeholders].SlackUser,
			Action: "stakeholder.edit", TargetKind: "stakeholder", TargetID: target.ID,
			Changes: []storage.Change{{Field: "topics", Before: "Thema 1, Thema 2", After: "Thema 1, Thema 3"}},
		}
	}
	for i := 0; i < len(entries); i += 4 { // every fourth: a commitment marked done
		entries[i].Action, entries[i].TargetKind, entries[i].TargetID, entries[i].Changes = "commitment.done", "commitment", commitments[i*2].ID, nil
	}
	must(team.InsertAuditEntries(ctx, entries))
}
