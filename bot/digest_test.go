package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// digestFixture is a commitment harness with a digest firer over its core
// and a few commitments stored directly (due days in the past included).
type digestFixture struct {
	*commitmentHarness
	digest *review.Digest
	c      map[string]storage.Commitment // by a name the test gives
}

func newDigestFixture(t *testing.T) *digestFixture {
	t.Helper()
	h := newCommitmentHarness(t)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	f := &digestFixture{commitmentHarness: h, c: map[string]storage.Commitment{},
		digest: review.NewDigest(review.DigestOptions{Composer: h.core.DigestComposer(), Timezone: berlin})}
	carla, err := h.store.Team(team).AddStakeholder(context.Background(), storage.Stakeholder{
		Name: "Carla Alt", SlackUser: "U0CARLA", Status: storage.StatusArchived, CreatedAt: now})
	if err != nil {
		t.Fatal(err)
	}
	h.ids["Carla"] = carla.ID
	return f
}

// commit stores an open commitment of the stakeholder named owner.
func (f *digestFixture) commit(name, owner, text, due string) storage.Commitment {
	f.t.Helper()
	c, err := f.store.Team(team).AddCommitment(context.Background(), storage.Commitment{
		Owner: f.ids[owner], Text: text, Due: due, CreatedBy: admin, CreatedAt: now})
	if err != nil {
		f.t.Fatal(err)
	}
	f.c[name] = c
	return c
}

// fire fires the digest schedule spec (in Berlin) for the slot at the UTC
// instant slotAt and returns the run.
func (f *digestFixture) fire(spec, slotAt string) storage.Run {
	f.t.Helper()
	at, err := time.Parse(time.RFC3339, slotAt)
	if err != nil {
		f.t.Fatal(err)
	}
	sched := storage.Schedule{ID: "p1", Kind: storage.ScheduleCommitmentDigest, Spec: spec, Timezone: "Europe/Berlin"}
	run := storage.Run{ScheduleID: "p1", Slot: at.Format("2006-01-02T15:04Z"), SlotAt: at, State: storage.RunStarted, At: at}
	if err := f.digest.Fire(context.Background(), f.store.Team(team), sched, run); err != nil {
		f.t.Fatal(err)
	}
	return run
}

// outbox returns the workspace's queued messages by key.
func (f *digestFixture) outbox() map[string]storage.OutboxMessage {
	f.t.Helper()
	list, err := f.store.Team(team).OutboxMessages(context.Background(), "")
	if err != nil {
		f.t.Fatal(err)
	}
	out := map[string]storage.OutboxMessage{}
	for _, m := range list {
		out[m.Key] = m
	}
	return out
}

func keysOf(m map[string]storage.OutboxMessage) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func contains(t *testing.T, what, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s:\n%s\nwant it to contain %q", what, text, w)
		}
	}
}

func lacks(t *testing.T, what, text string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(text, w) {
			t.Errorf("%s:\n%s\nwant it not to contain %q", what, text, w)
		}
	}
}

// Friday 15.01.2027, 09:00 in Berlin.
const friday = "2027-01-15T08:00:00Z"

func TestDigestOneMessagePerOwner(t *testing.T) {
	f := newDigestFixture(t)
	soon := f.commit("soon", "Eva", "Elternbrief entwerfen", "2027-01-16")
	late := f.commit("late", "Eva", "Raum buchen", "2027-01-10")
	edge := f.commit("edge", "Eva", "Protokoll versenden", "2027-01-18")
	far := f.commit("far", "Eva", "Fachtag planen", "2027-02-01")
	f.commit("bernd", "Bernd", "Haushalt klären", "2027-03-01")
	anna := f.commit("anna", "Anna", "Schulamt anfragen", "2027-01-05")
	f.commit("carla", "Carla", "Archiviert", "2027-01-05")
	done := f.commit("done", "Bernd", "Schon erledigt", "2027-01-05")
	if _, err := f.store.Team(team).RecordCommitmentEvent(context.Background(), storage.CommitmentEvent{
		Commitment: done.ID, At: now, Actor: admin, Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentDone,
	}); err != nil {
		t.Fatal(err)
	}

	run := f.fire("0 9 * * *", friday)
	box := f.outbox()
	want := []string{run.ID() + "/digest/" + eva}
	if got := keysOf(box); !slices.Equal(got, want) {
		t.Fatalf("outbox keys %v, want %v (no one but Eva; no overview on a Friday)", got, want)
	}
	msg := box[want[0]]
	if msg.Channel != eva || msg.RunID != run.ID() {
		t.Errorf("message to %q in run %q, want %q in %q", msg.Channel, msg.RunID, eva, run.ID())
	}
	contains(t, "Eva's digest", msg.Text,
		"Guten Tag, Eva Muster", "Überfällig (1)", "In den nächsten drei Tagen fällig (2)",
		late.ID, "10.01.2027", soon.ID, "16.01.2027", edge.ID, "18.01.2027",
		"[Erledigt: zusage erledigt "+late.ID+"]",
		"[Beginnen: zusage beginnen "+soon.ID+"]",
		// overdue: a week from today; due soon: a week after the due day
		"[Frist +7 Tage: zusage frist "+late.ID+" 2027-01-22]",
		"[Frist +7 Tage: zusage frist "+soon.ID+" 2027-01-23]")
	lacks(t, "Eva's digest", msg.Text, far.ID, anna.ID, done.ID)
	if strings.Index(msg.Text, late.ID) > strings.Index(msg.Text, soon.ID) {
		t.Errorf("overdue should come first:\n%s", msg.Text)
	}

	// The same run again queues nothing new, and Eva's message stays as
	// first queued even when her commitments changed meanwhile.
	added := f.commit("new", "Eva", "Neu und fällig", "2027-01-16")
	f.fire("0 9 * * *", friday)
	again := f.outbox()
	if got := keysOf(again); !slices.Equal(got, want) {
		t.Errorf("second fire of the run: outbox keys %v, want %v", got, want)
	}
	if again[want[0]].Text != msg.Text {
		t.Errorf("second fire changed the message (new commitment %s):\n%s", added.ID, again[want[0]].Text)
	}
}

func TestDigestOverviewOnMondaysAndWeekly(t *testing.T) {
	f := newDigestFixture(t)
	late := f.commit("late", "Eva", "Raum buchen", "2027-01-10")
	anna := f.commit("anna", "Anna", "Schulamt anfragen", "2027-01-05")
	soon := f.commit("soon", "Bernd", "Haushalt klären", "2027-01-19")
	if err := f.store.Team(team).SetRole(context.Background(), "U0ADMIN2", storage.RoleAdmin, admin, now); err != nil {
		t.Fatal(err)
	}

	run := f.fire("0 9 * * *", "2027-01-18T08:00:00Z") // Monday
	box := f.outbox()
	id := run.ID()
	want := []string{id + "/digest/" + bernd, id + "/digest/" + eva, id + "/overview/" + coord, id + "/overview/U0ADMIN2"}
	slices.Sort(want)
	if got := keysOf(box); !slices.Equal(got, want) {
		t.Fatalf("outbox keys %v, want %v", got, want)
	}
	text := box[id+"/overview/"+coord].Text
	contains(t, "overview", text, "Wochenübersicht der Zusagen", "Überfällig: 2 · In den nächsten drei Tagen fällig: 1",
		"Anna Muster (1 überfällig)", anna.ID, "Eva Muster (1 überfällig)", late.ID)
	lacks(t, "overview", text, soon.ID)
	if strings.Index(text, "Anna Muster") > strings.Index(text, "Eva Muster") {
		t.Errorf("owners should be sorted by name:\n%s", text)
	}

	// A daily digest on Tuesday has no overview; a weekly one on Friday has.
	run = f.fire("0 9 * * *", "2027-01-19T08:00:00Z")
	for k := range f.outbox() {
		if strings.HasPrefix(k, run.ID()+"/overview/") {
			t.Errorf("overview on a Tuesday: %s", k)
		}
	}
	run = f.fire("0 9 * * 5", "2027-01-22T08:00:00Z")
	if _, ok := f.outbox()[run.ID()+"/overview/"+coord]; !ok {
		t.Errorf("weekly digest on a Friday has no overview: %v", keysOf(f.outbox()))
	}
}

func TestDigestOverviewCapped(t *testing.T) {
	f := newDigestFixture(t)
	for i := range 35 {
		f.commit("", "Anna", "Aufgabe", time.Date(2027, 1, 1+i%10, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	}
	run := f.fire("0 9 * * *", "2027-01-18T08:00:00Z")
	text := f.outbox()[run.ID()+"/overview/"+coord].Text
	contains(t, "overview", text, "Anna Muster (35 überfällig)", "… und 5 weitere – geben Sie „zusagen überfällig“ ein.",
		"[Alle überfälligen Zusagen: zusagen überfällig]")
}

func TestDigestBerlinMidnight(t *testing.T) {
	f := newDigestFixture(t)
	c := f.commit("c", "Eva", "Bericht abgeben", "2027-01-14")
	// 23:30 on 14 January in Berlin: due today, not overdue.
	run := f.fire("30 23 * * *", "2027-01-14T22:30:00Z")
	text := f.outbox()[run.ID()+"/digest/"+eva].Text
	contains(t, "before midnight", text, "In den nächsten drei Tagen fällig (1)", c.ID)
	lacks(t, "before midnight", text, "Überfällig")
	// 00:30 on 15 January in Berlin (still the 14th in UTC): overdue.
	run = f.fire("30 0 * * *", "2027-01-14T23:30:00Z")
	text = f.outbox()[run.ID()+"/digest/"+eva].Text
	contains(t, "after midnight", text, "Überfällig (1)", c.ID)
}

func TestDigestIgnoresOtherKinds(t *testing.T) {
	f := newDigestFixture(t)
	f.commit("late", "Eva", "Raum buchen", "2027-01-10")
	sched := storage.Schedule{ID: "p2", Kind: storage.ScheduleNetworkReview, Spec: "0 9 * * *", Timezone: "Europe/Berlin"}
	at, _ := time.Parse(time.RFC3339, friday)
	if err := f.digest.Fire(context.Background(), f.store.Team(team), sched, storage.Run{ScheduleID: "p2", Slot: "x", SlotAt: at}); err != nil {
		t.Fatal(err)
	}
	if got := f.outbox(); len(got) != 0 {
		t.Errorf("a network review queued digest messages: %v", keysOf(got))
	}
}

func TestDefaultDigestSchedule(t *testing.T) {
	h := newCommitmentHarness(t)
	ctx := context.Background()
	digests := func() []storage.Schedule {
		t.Helper()
		list, err := h.store.Team(team).Schedules(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return slices.DeleteFunc(list, func(s storage.Schedule) bool { return s.Kind != storage.ScheduleCommitmentDigest })
	}
	h.expect(admin, `commit "Eva Muster" Raum buchen due:2027-01-20`, "erfasst", "täglich um 9:00 Uhr", storage.DefaultDigestID)
	list := digests()
	if len(list) != 1 {
		t.Fatalf("schedules after the first commit: %+v", list)
	}
	s := list[0]
	if s.ID != storage.DefaultDigestID || s.Spec != "0 9 * * *" || s.Timezone != "Europe/Berlin" ||
		s.CreatedBy != "netzwerkbot" || s.Status != storage.ScheduleActive || !s.LastSlot.Equal(now) {
		t.Errorf("default digest: %+v", s)
	}
	got := h.expect(admin, `commit "Eva Muster" Flyer drucken due:2027-01-21`, "erfasst")
	lacks(t, "second commit", got, storage.DefaultDigestID)
	h.expect(admin, "schedule list", storage.DefaultDigestID, "0 9 * * *")

	h.expect(admin, "schedule remove "+storage.DefaultDigestID)
	got = h.expect(admin, `commit "Eva Muster" Saal reservieren due:2027-01-22`, "erfasst")
	lacks(t, "commit after removal", got, storage.DefaultDigestID)
	if list := digests(); len(list) != 1 || list[0].Status != storage.ScheduleRemoved {
		t.Errorf("after removal: %+v", list)
	}
	if created, err := h.store.Team(team).EnsureDefaultDigest(ctx, "Europe/Berlin", now); created || err != nil {
		t.Errorf("EnsureDefaultDigest after removal = %v, %v; want false, nil", created, err)
	}
	h.expect(admin, "schedule list", "keine Zeitpläne")
}

func TestNoDefaultDigestBesideOwn(t *testing.T) {
	h := newCommitmentHarness(t)
	h.expect(admin, `schedule add "0 8 * * 1" kind:digest`, "p")
	got := h.expect(admin, `commit "Eva Muster" Raum buchen due:2027-01-20`, "erfasst")
	lacks(t, "commit", got, storage.DefaultDigestID)
	if _, err := h.store.Team(team).Schedule(context.Background(), storage.DefaultDigestID); !storage.IsNotFound(err) {
		t.Errorf("default digest beside the workspace's own: %v", err)
	}
}
