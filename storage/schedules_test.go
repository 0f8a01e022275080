package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestSchedulesRunsAndWorkspaces(t *testing.T) {
	s := storagetest.Open(t)
	ctx := context.Background()
	at := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	a, err := s.Team("T1").AddSchedule(ctx, storage.Schedule{Spec: "@daily", Kind: storage.ScheduleNetworkReview, Timezone: "UTC", CreatedAt: at})
	if err != nil {
		t.Fatal(err)
	}
	if a.Window != storage.DefaultScheduleWindow || a.Deadline != storage.DefaultScheduleDeadline || !a.LastSlot.Equal(at) || a.Status != storage.ScheduleActive {
		t.Fatalf("defaults: %+v", a)
	}
	b, _ := s.Team("T2").AddSchedule(ctx, storage.Schedule{Spec: "@weekly", Kind: storage.ScheduleCommitmentDigest, Timezone: "UTC", CreatedAt: at})
	_ = s.Team("T2").SetScheduleStatus(ctx, b.ID, storage.SchedulePaused, at)

	all, err := s.SchedulesOfAllTeams(ctx, storage.ScheduleActive)
	if err != nil || len(all) != 1 || all[0].TeamID != "T1" || all[0].ID != a.ID {
		t.Fatalf("active of all teams: %+v %v", all, err)
	}
	if _, err := s.Team("T2").Schedule(ctx, a.ID); !storage.IsNotFound(err) {
		t.Fatalf("T2 sees T1's schedule: %v", err)
	}
	if err := s.Team("T2").SetScheduleStatus(ctx, a.ID, storage.ScheduleRemoved, at); !storage.IsNotFound(err) {
		t.Fatalf("T2 changed T1's schedule: %v", err)
	}

	// LastSlot only moves forward.
	t1 := s.Team("T1")
	_ = t1.AdvanceSchedule(ctx, a.ID, at.Add(time.Hour))
	_ = t1.AdvanceSchedule(ctx, a.ID, at.Add(time.Minute))
	_ = s.Team("T2").AdvanceSchedule(ctx, a.ID, at.Add(5*time.Hour))
	if got, _ := t1.Schedule(ctx, a.ID); !got.LastSlot.Equal(at.Add(time.Hour)) {
		t.Fatalf("last slot %v", got.LastSlot)
	}

	// A slot is claimed once, missed or not, and only in its workspace.
	run := storage.Run{ScheduleID: a.ID, Slot: "2027-01-16T00:00", SlotAt: at, State: storage.RunStarted, By: "A", At: at}
	if ok, err := t1.ClaimRun(ctx, run); !ok || err != nil {
		t.Fatal(ok, err)
	}
	run.State, run.By = storage.RunMissed, "B"
	if ok, err := t1.ClaimRun(ctx, run); ok || err != nil {
		t.Fatalf("second claim: %v %v", ok, err)
	}
	if ok, _ := s.Team("T2").ClaimRun(ctx, run); !ok {
		t.Fatal("another workspace's claim of the same key failed")
	}
	got, err := t1.Run(ctx, run.ID())
	if err != nil || got.By != "A" || got.State != storage.RunStarted {
		t.Fatalf("run %+v %v", got, err)
	}
	if err := t1.FinishRun(ctx, run.ID(), storage.RunDone, ""); err != nil {
		t.Fatal(err)
	}
	if n, _ := t1.CountRuns(ctx, a.ID, storage.RunDone); n != 1 {
		t.Fatalf("%d done runs", n)
	}
}
