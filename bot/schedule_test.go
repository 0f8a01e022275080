package bot_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func (h *harness) schedules() []storage.Schedule {
	h.t.Helper()
	list, err := h.store.Team(team).Schedules(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return list
}

// refusedSchedule runs line, checks the reply contains want and that no
// schedule was added or changed.
func (h *harness) refusedSchedule(user, line, want string) {
	h.t.Helper()
	before := h.schedules()
	h.expect(user, line, want)
	after := h.schedules()
	if len(before) != len(after) {
		h.t.Fatalf("%q changed the schedules: %d → %d", line, len(before), len(after))
	}
	for i := range before {
		if before[i].Status != after[i].Status || !before[i].UpdatedAt.Equal(after[i].UpdatedAt) {
			h.t.Fatalf("%q changed %s", line, before[i].ID)
		}
	}
}

func TestScheduleAddListPreview(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, `zeitplan neu "0 9 * * 1" art:network-review kanal:<#C0NETZ|netzwerk> frist:3h zeitraum:7d`,
		"Der Zeitplan für die Netzwerküberprüfung wurde angelegt", "Zeitraum: 7 Tage", "Frist für Nachholen: 3 Stunden",
		"Nächste Termine: 18.01.2027, 09:00 Uhr MEZ; 25.01.2027, 09:00 Uhr MEZ; 01.02.2027, 09:00 Uhr MEZ")
	list := h.schedules()
	if len(list) != 1 {
		t.Fatalf("%d schedules", len(list))
	}
	s := list[0]
	if !strings.HasPrefix(s.ID, "p") || s.Spec != "0 9 * * 1" || s.Kind != storage.ScheduleNetworkReview || s.Timezone != "Europe/Berlin" ||
		s.Window != 7*24*time.Hour || s.Deadline != 3*time.Hour || s.Channel != "C0NETZ" || s.Status != storage.ScheduleActive ||
		s.CreatedBy != admin || !s.LastSlot.Equal(now) {
		t.Fatalf("stored %+v", s)
	}
	h.expect(admin, `schedule add @monthly kind:commitment-digest tz:America/New_York window:36h`,
		"Zusagen-Übersicht wurde angelegt") // English command words; the workspace answers in German
	h.expect(admin, "zeitplan liste", "2 Zeitpläne", s.ID+" · Netzwerküberprüfung · aktiv", "Letzter Lauf: noch nie",
		"Zeitraum: 1 Tag 12 Stunden", "Zeitzone: America/New_York", "01.02.2027, 00:00 Uhr EST")

	entries, _ := h.store.Team(team).AuditFor(context.Background(), "schedule", s.ID)
	if len(entries) != 1 || entries[0].Action != "schedule.add" || entries[0].Actor != admin {
		t.Fatalf("audit %+v", entries)
	}

	// Preview: any role, nothing stored; DST gap shown at 03:00.
	h.expect("UMEMBER", `zeitplan vorschau "30 2 28 3 *"`, "30 2 28 3 *", "28.03.2027, 03:00 Uhr MESZ", "28.03.2028, 02:30 Uhr MESZ")
	h.expect("UMEMBER", `schedule preview "0 9 * * *" tz:UTC`, "16.01.2027, 09:00 Uhr UTC", "20.01.2027, 09:00 Uhr UTC")
	if len(h.schedules()) != 2 {
		t.Fatal("preview stored a schedule")
	}
}

func TestScheduleRefusals(t *testing.T) {
	h := newHarness(t)
	h.refusedSchedule("UMEMBER", `zeitplan neu "0 9 * * 1" art:network-review`, "erfordert die Rolle „Admin")
	h.refusedSchedule("UMEMBER", "zeitplan liste", "erfordert die Rolle")
	h.refusedSchedule(admin, `zeitplan neu art:network-review`, "als Cron-Ausdruck")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * *" art:network-review`, "Der Zeitplan „0 9 * *“ ist ungültig: Der Ausdruck braucht genau 5 Felder (Minute, Stunde, Tag, Monat, Wochentag), hat aber 4")
	h.refusedSchedule(admin, `zeitplan neu "0 9" art:zusagen`, "braucht genau 5 Felder (Minute, Stunde, Tag, Monat, Wochentag), hat aber 2")
	h.refusedSchedule(admin, `zeitplan neu "0 25 * * *" art:zusagen`, "außerhalb des erlaubten Bereichs")
	h.refusedSchedule(admin, `zeitplan neu "x 9 * * *" art:zusagen`, "„x“ ist keine Zahl")
	h.refusedSchedule(admin, `zeitplan neu "@fortnightly" art:zusagen`, "Diese Kurzform gibt es nicht")
	h.refusedSchedule(admin, `zeitplan neu "0 0 30 2 *" art:network-review`, "würde nie ausgelöst")
	h.refusedSchedule(admin, `zeitplan neu "@every 1h" art:network-review`, "@every wird nicht unterstützt")
	h.refusedSchedule(admin, `zeitplan neu "CRON_TZ=UTC 0 9 * * *" art:network-review`, "mit zeitzone:… angegeben")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1"`, "mit art:…")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:party`, "Für „Art“ ist „party“ nicht zulässig. Möglich sind: Netzwerküberprüfung, Zusagen-Übersicht.")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review zeitzone:Mars/Olympus`, "Die Zeitzone „Mars/Olympus“ ist ungültig: Diese Zeitzone ist unbekannt")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:überprüfung zeitzone:Nowhere/Land`, "Die Zeitzone „Nowhere/Land“ ist ungültig: Diese Zeitzone ist unbekannt; bitte verwenden Sie einen IANA-Namen wie Europe/Berlin.")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review zeitzone:Local`, "kein Zeitzonenname")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review zeitraum:14x`, "„14x“ ist keine gültige Dauer")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review frist:8d`, "höchstens 7 Tage")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review kanal:#allgemein`, "keinem Slack-Kanal zuordnen")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review gremien:Nirgendwo`, "Nirgendwo")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:network-review farbe:rot`, "farbe")
	h.refusedSchedule("UMEMBER", `zeitplan vorschau "61 * * * *"`, "ist ungültig")
	h.do(admin, "settings language en")
	en := h.do(admin, `schedule add "0 9 * * 1" kind:network-review tz:Nowhere`)
	if !strings.Contains(en, "“Nowhere” is not valid: this time zone is unknown") {
		t.Fatalf("zone refusal: %s", en)
	}
}

func TestSchedulePauseResumeRemoveRun(t *testing.T) {
	h := newHarness(t)
	h.do(admin, `zeitplan neu "0 9 1 * *" art:network-review`)
	id := h.schedules()[0].ID
	team := h.store.Team(team)
	ctx := context.Background()

	h.refusedSchedule("UMEMBER", "zeitplan pausieren "+id, "erfordert die Rolle")
	h.refusedSchedule(admin, "zeitplan pausieren", "ID des Zeitplans")
	h.refusedSchedule(admin, "zeitplan pausieren pzzzz", "Es gibt keinen Zeitplan „pzzzz“")
	h.expect(admin, "zeitplan pausieren "+id, "Zeitplan "+id+" ist angehalten.")
	h.expect(admin, "zeitplan pausieren "+id, "bereits angehalten")
	h.expect(admin, "zeitplan liste", id+" · Netzwerküberprüfung · angehalten")
	h.expect(admin, "schedule resume "+strings.ToUpper(id), "läuft wieder")
	if s := h.schedules()[0]; s.Status != storage.ScheduleActive {
		t.Fatalf("after resume %+v", s)
	}

	h.expect(admin, "zeitplan ausführen "+id, "Die Netzwerküberprüfung für Zeitplan "+id+" wird in den nächsten 15 Sekunden gestartet")
	reqs, _ := team.RunRequests(ctx, id)
	if len(reqs) != 1 || reqs[0].Slot != "2027-01-15T10:30" || !reqs[0].SlotAt.Equal(now) || reqs[0].By != admin {
		t.Fatalf("requests %+v", reqs)
	}
	h.expect(admin, "zeitplan ausführen "+id, "in dieser Minute bereits")
	if reqs, _ := team.RunRequests(ctx, id); len(reqs) != 1 {
		t.Fatalf("second run stored a request: %+v", reqs)
	}

	h.expect(admin, "zeitplan löschen "+id, "wurde gelöscht")
	h.refusedSchedule(admin, "zeitplan ausführen "+id, "Es gibt keinen Zeitplan")
	h.refusedSchedule(admin, "zeitplan fortsetzen "+id, "Es gibt keinen Zeitplan")
	h.expect(admin, "zeitplan liste", "Es gibt noch keine Zeitpläne")

	entries, _ := team.AuditFor(ctx, "schedule", id)
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Action)
	}
	if got := strings.Join(actions, ","); got != "schedule.add,schedule.pause,schedule.resume,schedule.run,schedule.remove" {
		t.Fatalf("audit: %s", got)
	}
}

// schedule list shows the last run and the missed slots.
func TestScheduleListShowsRuns(t *testing.T) {
	h := newHarness(t)
	h.do(admin, `zeitplan neu "0 * * * *" art:commitment-digest`)
	id := h.schedules()[0].ID
	team := h.store.Team(team)
	ctx := context.Background()
	for i, state := range []string{storage.RunMissed, storage.RunMissed, storage.RunDone} {
		at := now.Add(time.Duration(i-3) * time.Hour).Truncate(time.Hour)
		run := storage.Run{ScheduleID: id, Slot: at.Add(time.Hour).Format("2006-01-02T15:04"), SlotAt: at, State: state, By: "x", At: at}
		if ok, err := team.ClaimRun(ctx, run); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	h.expect(admin, "zeitplan liste", "Letzter Lauf: 15.01.2027, 09:00 Uhr MEZ – ausgeführt",
		"Verpasst: 2, zuletzt: 15.01.2027, 08:00 Uhr MEZ; 15.01.2027, 07:00 Uhr MEZ")
}

func TestParseDurationViaCommands(t *testing.T) {
	h := newHarness(t)
	for _, tc := range []struct{ typed, shown string }{
		{"90m", "1 Stunde 30 Minuten"}, {"1d12h", "1 Tag 12 Stunden"}, {"14T", "14 Tage"}, {"1t", "1 Tag"},
		{`"14 Tage"`, "14 Tage"}, {`"1 Tag 12 Stunden"`, "1 Tag 12 Stunden"}, {"2tage", "2 Tage"},
	} {
		minute := strconv.Itoa(len(h.schedules())) // distinct schedules: a copy is refused
		h.expect(admin, `zeitplan neu "`+minute+` 9 1 * *" art:review zeitraum:`+tc.typed, "Zeitraum: "+tc.shown)
	}
	for _, bad := range []string{"0d", "d", "12", "1.5h", "-3h", "99999999d"} {
		h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:review zeitraum:`+bad, "keine gültige Dauer")
	}
}

// A second schedule with the same spec, kind and channel is refused with
// the first one's id; so are review schedules that would start a review
// while the last still runs.
func TestScheduleDuplicatesAndOverlaps(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, `zeitplan neu "0 9 1 * *" art:überprüfung kanal:#C0NETZ`, "angelegt")
	id := h.schedules()[0].ID
	h.refusedSchedule(admin, `zeitplan neu "0  9 1 * *" art:netzwerküberprüfung kanal:#C0NETZ`,
		"Einen Zeitplan mit diesem Ausdruck, dieser Art und diesem Kanal gibt es schon (ID "+id+"). Es wurde nichts angelegt.")
	h.do(admin, "zeitplan pausieren "+id)
	h.refusedSchedule(admin, `zeitplan neu "0 9 1 * *" art:überprüfung kanal:#C0NETZ`, "(ID "+id+")")
	h.expect(admin, `zeitplan neu "0 9 1 * *" art:überprüfung kanal:#C0ANDERS`, "angelegt")
	h.expect(admin, `zeitplan neu "0 9 1 * *" art:zusagen kanal:#C0NETZ`, "angelegt")

	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:überprüfung`,
		"Der Zeitplan würde alle 7 Tage eine Netzwerküberprüfung starten, jede läuft aber 14 Tage lang")
	h.refusedSchedule(admin, `zeitplan neu "0 9 * * 1" art:überprüfung zeitraum:8d`, "alle 7 Tage")
	h.expect(admin, `zeitplan neu "0 9 * * 1" art:überprüfung zeitraum:7d`, "angelegt")
	h.expect(admin, `zeitplan neu "0 9 * * *" art:zusagen`, "angelegt") // a digest has no window

	h.do(admin, "settings language en")
	h.refusedSchedule(admin, `schedule add "0 9 1 * *" kind:review channel:#C0NETZ`, "There already is a schedule with this spec, kind and channel")
	h.refusedSchedule(admin, `schedule add "0 10 * * 1" kind:review`, "every 7 days, but each runs for 14 days")
}
