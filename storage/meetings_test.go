package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestMeetingsNewestFirstAndTeamIsolation(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	teamA, teamB := s.Team("TA"), s.Team("TB")
	add := func(team *storage.Team, committee, date string, loggedAt time.Time) storage.Meeting {
		t.Helper()
		m, err := team.AddMeeting(ctx, storage.Meeting{CommitteeID: committee, Date: date, Present: []string{"s1"}, Members: []string{"s1", "s2"}, LoggedBy: "U1", LoggedAt: loggedAt})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	older := add(teamA, "g1", "2026-11-03", t0)
	newer := add(teamA, "g1", "2027-01-12", t0)
	sameDayLater := add(teamA, "g1", "2027-01-12", t0.Add(time.Minute))
	add(teamA, "g2", "2027-01-14", t0)
	add(teamB, "g1", "2027-01-13", t0)

	if len(older.ID) != 5 || older.ID[0] != 'm' {
		t.Fatalf("short id %q: want m + 4 characters", older.ID)
	}
	list, err := teamA.Meetings(ctx, "g1")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range list {
		ids = append(ids, m.ID)
		if m.TeamID != "TA" || m.CommitteeID != "g1" {
			t.Fatalf("listed %+v", m)
		}
	}
	if len(ids) != 3 || ids[0] != sameDayLater.ID || ids[1] != newer.ID || ids[2] != older.ID {
		t.Fatalf("order %v, want %s %s %s", ids, sameDayLater.ID, newer.ID, older.ID)
	}
	if got := list[2]; len(got.Present) != 1 || len(got.Members) != 2 || got.LoggedBy != "U1" || !got.LoggedAt.Equal(t0) {
		t.Fatalf("stored %+v", got)
	}
	if all, _ := teamA.Meetings(ctx, ""); len(all) != 4 {
		t.Fatalf("team A has %d meetings in all, want 4", len(all))
	}
	if b, _ := teamB.Meetings(ctx, "g1"); len(b) != 1 || b[0].Date != "2027-01-13" {
		t.Fatalf("team B sees %+v", b)
	}
	if _, err := s.Team("").AddMeeting(ctx, storage.Meeting{}); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("meeting without team: %v", err)
	}
}

func TestSetAndDeleteMeetingClaimVersions(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("TA")
	entry := func(action string) storage.AuditEntry {
		return storage.AuditEntry{At: t0, Actor: "U1", Action: action, TargetKind: "meeting"}
	}
	m, err := team.WithAudit(entry("meeting.log")).AddMeeting(ctx, storage.Meeting{CommitteeID: "g1", Date: "2027-01-12", Present: []string{"s1"}, Members: []string{"s1", "s2"}, LoggedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	date, present := "2027-01-11", []string{"s1", "s2"}
	if err := team.WithAudit(entry("meeting.edit")).SetMeeting(ctx, m, storage.MeetingPatch{Date: &date, Present: &present}); err != nil {
		t.Fatal(err)
	}
	got, err := team.Meeting(ctx, strings.ToUpper(m.ID))
	if err != nil || got.Date != date || len(got.Present) != 2 || got.Note != "" || got.Version != 2 {
		t.Fatalf("after the correction: %+v, %v", got, err)
	}
	if stored, err := s.Uncached().Team("TA").Meeting(ctx, m.ID); err != nil || stored.Date != date || stored.Version != 2 {
		t.Fatalf("stored after the correction: %+v, %v", stored, err)
	}
	// A second correction made from the first state loses, and so does a
	// deletion from it; nothing of either is stored.
	note := "stale"
	err = team.WithAudit(entry("meeting.edit")).SetMeeting(ctx, m, storage.MeetingPatch{Note: &note})
	if won, ok := storage.ChangedMeanwhile(err); !ok || won.Action != "meeting.edit" {
		t.Fatalf("stale correction: %v", err)
	}
	if err := team.WithAudit(entry("meeting.delete")).DeleteMeeting(ctx, m); !storage.IsConflict(err) {
		t.Fatalf("stale deletion: %v", err)
	}
	if err := team.WithAudit(entry("meeting.delete")).DeleteMeeting(ctx, got); err != nil {
		t.Fatal(err)
	}
	for _, read := range []*storage.Team{team, s.Uncached().Team("TA")} {
		if _, err := read.Meeting(ctx, m.ID); !storage.IsNotFound(err) {
			t.Fatalf("deleted meeting: %v", err)
		}
	}
	if err := team.WithAudit(entry("meeting.delete")).DeleteMeeting(ctx, got); !storage.IsNotFound(err) {
		t.Fatalf("second deletion: %v", err)
	}
	entries, err := team.AuditFor(ctx, "meeting", m.ID)
	if err != nil || len(entries) != 3 {
		t.Fatalf("audit %+v, %v", entries, err)
	}
}
