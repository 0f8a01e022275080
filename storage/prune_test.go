package storage_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// Prune deletes sent and failed messages, attempt claims, finished runs
// and takeover claims older than the cutoff, in every workspace, and keeps
// pending messages, started runs and everything newer; a second prune
// deletes nothing.
func TestPruneDeletesWhatIsOldAndDone(t *testing.T) {
	s := storagetest.Open(t)
	ctx := context.Background()
	old := time.Date(2027, 1, 1, 9, 0, 0, 0, time.UTC)
	cutoff := old.Add(24 * time.Hour)
	fresh := cutoff.Add(time.Hour)
	for _, team := range []string{"T1", "T2"} {
		tm := s.Team(team)
		for _, m := range []struct {
			key   string
			at    time.Time
			state string
		}{{"old-sent", old, storage.OutboxSent}, {"old-failed", old, storage.OutboxFailed}, {"old-pending", old, storage.OutboxPending}, {"new-sent", fresh, storage.OutboxSent}} {
			if _, err := tm.QueueMessage(ctx, storage.OutboxMessage{Key: m.key, Channel: "C1", Text: "x", CreatedAt: m.at}); err != nil {
				t.Fatal(err)
			}
			if _, _, err := tm.ClaimAttempt(ctx, m.key, 0, "P", m.at); err != nil {
				t.Fatal(err)
			}
			switch m.state {
			case storage.OutboxSent:
				must(t, tm.MarkSent(ctx, m.key, 0, "1.1", m.at))
			case storage.OutboxFailed:
				must(t, tm.MarkFailed(ctx, m.key, 0, "no"))
			}
		}
		for _, r := range []storage.Run{
			{ScheduleID: "s1", Slot: "2027-01-01T09:00", State: storage.RunStarted, At: old},
			{ScheduleID: "s1", Slot: "2027-01-01T10:00", State: storage.RunStarted, At: old},
			{ScheduleID: "s1", Slot: "2027-01-01T11:00", State: storage.RunMissed, At: old},
			{ScheduleID: "s1", Slot: "2027-01-02T11:00", State: storage.RunStarted, At: fresh},
		} {
			if _, err := tm.ClaimRun(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		must(t, tm.FinishRun(ctx, "s1@2027-01-01T10:00", storage.RunDone, ""))
		run, err := tm.Run(ctx, "s1@2027-01-01T09:00")
		must(t, err)
		if _, won, err := tm.TakeOverRun(ctx, run, "P2", old, old.Add(time.Minute), time.Minute); err != nil || !won {
			t.Fatalf("takeover: %v, %v", won, err)
		}
	}
	p, err := s.Prune(ctx, cutoff)
	must(t, err)
	if want := (storage.Pruned{Messages: 4, Attempts: 6, Runs: 4, Takeovers: 2}); p != want {
		t.Errorf("pruned %+v, want %+v", p, want)
	}
	for _, team := range []string{"T1", "T2"} {
		msgs, err := s.Team(team).OutboxMessages(ctx, "")
		must(t, err)
		if len(msgs) != 2 || msgs[0].Key != "old-pending" || msgs[1].Key != "new-sent" {
			t.Errorf("%s kept %+v, want old-pending and new-sent", team, msgs)
		}
		runs, err := s.Team(team).Runs(ctx, "s1", 0)
		must(t, err)
		if len(runs) != 2 || runs[0].Slot != "2027-01-02T11:00" || runs[1].Slot != "2027-01-01T09:00" {
			t.Errorf("%s kept runs %+v, want the two started ones", team, runs)
		}
	}
	if again, err := s.Prune(ctx, cutoff); err != nil || again.Total() != 0 {
		t.Errorf("second prune: %+v, %v; want nothing", again, err)
	}
}

// The sender's read returns the due pending messages only, longest waiting
// first, and follows every change of state: queued, retried later, sent,
// failed.
func TestDueMessagesFollowTheOutbox(t *testing.T) {
	dir := t.TempDir()
	s := storagetest.OpenIn(t, dir)
	ctx := context.Background()
	at := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	tm := s.Team("T1")
	for i, key := range []string{"a", "b", "c", "d"} {
		if _, err := tm.QueueMessage(ctx, storage.OutboxMessage{Key: key, Channel: "C1", Text: key, CreatedAt: at.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
	}
	due := func(now time.Time, want ...string) {
		t.Helper()
		list, err := s.DueMessages(ctx, now, 10)
		must(t, err)
		var got []string
		for _, m := range list {
			got = append(got, m.Key)
		}
		if !slices.Equal(got, want) {
			t.Errorf("due at %s: %v, want %v", now.Format(time.TimeOnly), got, want)
		}
	}
	due(at.Add(time.Second), "a", "b")
	due(at.Add(time.Minute), "a", "b", "c", "d")
	must(t, tm.MarkSent(ctx, "a", 0, "1.1", at))
	must(t, tm.MarkRetry(ctx, "b", 0, at.Add(time.Hour), "busy"))
	must(t, tm.MarkFailed(ctx, "c", 0, "gone"))
	due(at.Add(time.Minute), "d")
	due(at.Add(2*time.Hour), "d", "b")
	// A new process (after a restart) reads the same from the stored outbox.
	must(t, s.Close(ctx))
	s = storagetest.OpenIn(t, dir)
	due(at.Add(2*time.Hour), "d", "b")
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
