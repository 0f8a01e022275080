package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

var berlinZone = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return loc
}()

// reviewClock is a harness with the review engine whose clock the test
// moves, in Berlin wall time.
type reviewClock struct {
	*harness
	now time.Time
}

func newReviewClock(t *testing.T, start string) *reviewClock {
	t.Helper()
	h := &reviewClock{harness: newHarness(t)}
	h.set(start)
	clock := func() time.Time { return h.now }
	h.core = bot.New(bot.Options{Store: h.store, Now: clock, Log: zerolog.Nop(), Admins: []string{admin}, Language: i18n.German, Timezone: berlinZone})
	h.core.SetReviews(review.NewEngine(review.EngineOptions{Store: h.store, Composer: h.core, Now: clock, Zone: berlinZone, Log: zerolog.Nop()}))
	h.grant(coord, storage.RoleCoordinator)
	return h
}

// set moves the clock to the Berlin wall time "2006-01-02 15:04".
func (h *reviewClock) set(wall string) {
	t, err := time.ParseInLocation("2006-01-02 15:04", wall, berlinZone)
	if err != nil {
		panic(err)
	}
	h.now = t.UTC()
}

// ok runs line as user and fails unless the reply contains want.
func (h *reviewClock) ok(user, line, want string) {
	h.t.Helper()
	h.expect(user, line, want)
}

// commitmentOf returns the id of owner's commitment with text.
func (h *reviewClock) commitmentOf(owner, text string) string {
	h.t.Helper()
	list, err := h.team().Commitments(context.Background(), storage.CommitmentFilter{Owners: []string{owner}})
	if err != nil {
		h.t.Fatal(err)
	}
	for _, c := range list {
		if c.Text == text {
			return c.ID
		}
	}
	h.t.Fatalf("no commitment %q of %s", text, owner)
	return ""
}

// A small network built by commands, two reviews with a moving clock: the
// named participation groups, the changed priorities and the figures per
// committee, each against values computed by hand.
func TestTwoReviewsOfANetworkBuiltByCommands(t *testing.T) {
	h := newReviewClock(t, "2026-01-05 09:00")
	anna := h.add(coord, `akteur neu "Anna Schulz" org:"Grundschule Talheim" sektor:Schule entscheidung:ja nutzer:<@UANNA> themen:Ganztag`)
	ben := h.add(coord, `akteur neu "Ben Kaufmann" sektor:Wirtschaft multiplikator:ja nutzer:<@UBEN> themen:Ganztag`)
	cleo := h.add(coord, `akteur neu "Cleo Jugend" sektor:Jugendhilfe nutzer:<@UCLEO>`)
	dora := h.add(coord, `akteur neu "Dora Rat" sektor:Politik entscheidung:ja nutzer:<@UDORA>`)
	emil := h.add(coord, `akteur neu "Emil Amt" sektor:Verwaltung nutzer:<@UEMIL>`)
	h.add(coord, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:vernetzung")
	h.add(coord, `gremium neu "AG Übergänge" art:arbeitsgruppe zweck:kooperation`)
	h.do(coord, "gremium mitglieder hinzufügen Lenkungsgruppe "+anna+" "+ben+" "+dora)
	h.do(coord, `gremium mitglieder hinzufügen "AG Übergänge" `+anna+" "+ben+" "+cleo+" "+emil)

	h.set("2026-01-20 18:00")
	h.ok(coord, "sitzung erfassen Lenkungsgruppe anwesend:"+anna+","+ben, "2 von 3 Mitgliedern")
	h.set("2026-01-21 10:00")
	h.ok(coord, `zusage `+anna+` "Konzept Ganztag" frist:28.02.2026 gremium:"AG Übergänge"`, "erfasst")
	h.ok(coord, `zusage `+ben+` Praktikumsbörse frist:15.02.2026 gremium:"AG Übergänge"`, "erfasst")
	h.set("2026-02-10 17:00")
	h.ok(coord, `sitzung erfassen "AG Übergänge" anwesend:`+anna, "1 von 4 Mitgliedern")
	h.set("2026-02-20 12:00")
	h.ok(coord, "zusage erledigt "+h.commitmentOf(anna, "Konzept Ganztag"), "erledigt")
	h.set("2026-02-24 18:00")
	h.ok(coord, "sitzung erfassen Lenkungsgruppe anwesend:"+anna+","+ben+","+dora, "3 von 3 Mitgliedern")

	// Review 1 opens on 2 March: the 90 days from 2 December to 1 March.
	h.set("2026-03-02 09:00")
	h.ok(coord, "überprüfung starten zeitraum:7d", "ist gestartet")
	r1 := h.openReviewID()
	h.set("2026-03-02 12:00")
	h.ok("UANNA", "überprüfung antworten "+r1+` Lenkungsgruppe 4 4 4 4 mandat:ja ressourcen:teilweise änderung:"Mehr Zeit für Austausch"`, "Vielen Dank")
	h.ok("UBEN", "überprüfung antworten "+r1+" Lenkungsgruppe 3 3 3 3 mandat:ja", "Vielen Dank")
	h.ok("UDORA", "überprüfung antworten "+r1+" Lenkungsgruppe 5 5 5 5 mandat:nein ressourcen:nein entscheider:ja", "Vielen Dank")
	h.ok("UANNA", "überprüfung antworten "+r1+` "AG Übergänge" 2 2 2 2`, "Vielen Dank")
	h.ok("UCLEO", "überprüfung antworten "+r1+` "AG Übergänge" 3 3 3 3 änderung:"Termine früher ankündigen"`, "Vielen Dank")
	h.set("2026-03-05 09:00")
	h.ok(coord, "überprüfung abschließen "+r1, "Ergebnis der Netzwerküberprüfung "+r1)

	show1 := h.expect(coord, "überprüfung zeigen "+r1,
		"Betrachteter Zeitraum: 02.12.2025 – 01.03.2026",
		"Beteiligung – aktiv: 3, nachlassend: 0, inaktiv: 2.",
		"Inaktiv, bitte ansprechen (Akteure: 2):\n"+
			"• Cleo Jugend · AG Übergänge · Sitzungen besucht: 0 von 1 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: –\n"+
			"• Emil Amt · AG Übergänge · Sitzungen besucht: 0 von 1 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: –",
		"Aktiv (Akteure: 3):\n"+
			"• Anna Schulz [Entscheidungsträger/in] · AG Übergänge, Lenkungsgruppe · Sitzungen besucht: 3 von 3 · Zusagen erfasst: 1, erledigt: 1, überfällig: 0 · zuletzt aktiv: 24.02.2026\n"+
			"• Dora Rat [Entscheidungsträger/in] · Lenkungsgruppe · Sitzungen besucht: 1 von 2 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: 24.02.2026\n"+
			"• Ben Kaufmann [Multiplikator/in] · AG Übergänge, Lenkungsgruppe · Sitzungen besucht: 2 von 3 · Zusagen erfasst: 1, erledigt: 0, überfällig: 1 · zuletzt aktiv: 24.02.2026",
		"Lenkungsgruppe (Lenkungsgruppe, Vernetzung)\nMitglieder: 3\nSitzungen im Zeitraum: 2\nAnwesenheit: 83 % (5 von 6)\n"+
			"Mit Entscheidungsbefugnis: Anna Schulz, Dora Rat\nMultiplikator/innen: Ben Kaufmann\nVertretene Bildungsbereiche: Schule, Politik, Wirtschaft",
		"Zusagen: pünktlich erledigt: 0 · verspätet erledigt: 0 · überfällig: 0\nIns Tun kommen (pünktlich erledigt): –\nRücklauf: 3 von 3 (100 %)",
		"Strategische Ausrichtung: 4,00 (neu)",
		"Verankert durch einen Auftrag – ja: 2, teilweise: 0, nein: 1",
		"Verankert durch Ressourcen – zu wenige Antworten für eine anonyme Auswertung (Antworten: 2)",
		"• Mehr Zeit für Austausch",
		"AG Übergänge (Arbeitsgruppe, Kooperation)\nMitglieder: 4\nSitzungen im Zeitraum: 1\nAnwesenheit: 25 % (1 von 4)",
		"Zusagen: pünktlich erledigt: 1 · verspätet erledigt: 0 · überfällig: 1\nIns Tun kommen (pünktlich erledigt): 50 %\nRücklauf: 2 von 4 (50 %)\n"+
			"Zu wenige Antworten für eine anonyme Auswertung (Antworten: 2; nötig sind mindestens 3).",
		"• AG Übergänge: Geringe Anwesenheit in den Sitzungen (25 %).",
		"Neu erfasste Akteure: Anna Schulz, Ben Kaufmann, Cleo Jugend, Dora Rat, Emil Amt",
		"Neue Gremien: AG Übergänge, Lenkungsgruppe",
		"Neue Themen: ganztag",
		"Der Bildungsbereich „Jugendhilfe“ ist im Netzwerk vertreten (Akteure: 1), aber nicht in der Lenkungsgruppe.",
		"Überfällige Zusagen im Netzwerk: 1.",
		"Nicht geantwortet:\n• Emil Amt",
	)
	lacks(t, "review 1", show1, "Termine früher ankündigen", "2,00", "2,50")

	// Between the reviews: a meeting of 27 February logged late, a new
	// member of the steering group, one member leaving the working group,
	// a topic added, the overdue commitment done late.
	h.set("2026-03-05 10:00")
	h.ok(coord, `sitzung erfassen "AG Übergänge" datum:27.02.2026 anwesend:`+anna+","+cleo, "2 von 4 Mitgliedern")
	h.set("2026-03-10 10:00")
	fritz := h.add(coord, `akteur neu "Fritz Verein" sektor:Zivilgesellschaft nutzer:<@UFRITZ>`)
	h.do(coord, "gremium mitglieder hinzufügen Lenkungsgruppe "+fritz)
	h.do(coord, `gremium mitglieder entfernen "AG Übergänge" `+emil)
	h.ok(coord, "akteur ändern "+ben+" themen:Ganztag,Berufsorientierung", "geändert")
	h.set("2026-03-16 18:00")
	h.ok(coord, "sitzung erfassen Lenkungsgruppe anwesend:"+anna+","+dora+","+fritz, "3 von 4 Mitgliedern")
	h.ok(coord, "zusage erledigt "+h.commitmentOf(ben, "Praktikumsbörse"), "erledigt")

	// Review 2 opens on 1 April: 2 to 31 March, and the late meeting.
	h.set("2026-04-01 09:00")
	h.ok(coord, "überprüfung starten zeitraum:7d", "ist gestartet")
	r2 := h.openReviewID()
	h.ok("UANNA", "überprüfung antworten "+r2+" Lenkungsgruppe 5 5 5 5", "Vielen Dank")
	h.ok("UBEN", "überprüfung antworten "+r2+" Lenkungsgruppe 4 4 4 4", "Vielen Dank")
	h.ok("UFRITZ", "überprüfung antworten "+r2+" Lenkungsgruppe 3 3 3 3", "Vielen Dank")
	h.ok("UANNA", "überprüfung antworten "+r2+` "AG Übergänge" 3 3 3 3`, "Vielen Dank")
	h.ok("UCLEO", "überprüfung antworten "+r2+` "AG Übergänge" 4 4 4 4`, "Vielen Dank")
	h.ok("UBEN", "überprüfung antworten "+r2+` "AG Übergänge" 2 2 2 2`, "Vielen Dank")
	h.set("2026-04-08 09:00")
	h.ok(coord, "überprüfung abschließen "+r2, "Ergebnis der Netzwerküberprüfung "+r2)

	show2 := h.expect(coord, "überprüfung zeigen "+r2,
		"Betrachteter Zeitraum: 02.03.2026 – 31.03.2026",
		"Rücklauf: 4 von 5 (80 %)",
		"Gesamtbewertung: 3,50 →", // 5, 4, 3 and 3, 4, 2 in each of four dimensions
		"Vergleich mit der vorigen Überprüfung: 4,00 gegenüber zuvor 4,00 (gleiche Gremien: 1)",
		"Inaktiv, bitte ansprechen (Akteure: 1):\n"+
			"• Emil Amt · Sitzungen besucht: 0 von 1 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: –",
		"Nachlassend (Akteure: 1):\n"+
			"• Ben Kaufmann [Multiplikator/in] · AG Übergänge, Lenkungsgruppe · Sitzungen besucht: 0 von 2 · Zusagen erfasst: 0, erledigt: 1, überfällig: 0 · zuletzt aktiv: 16.03.2026",
		"Aktiv (Akteure: 4):\n"+
			"• Anna Schulz [Entscheidungsträger/in] · AG Übergänge, Lenkungsgruppe · Sitzungen besucht: 2 von 2 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: 16.03.2026\n"+
			"• Dora Rat [Entscheidungsträger/in] · Lenkungsgruppe · Sitzungen besucht: 1 von 1 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: 16.03.2026\n"+
			"• Cleo Jugend · AG Übergänge · Sitzungen besucht: 1 von 1 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: 27.02.2026\n"+
			"• Fritz Verein · Lenkungsgruppe · Sitzungen besucht: 1 von 1 · Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: 16.03.2026",
		"Lenkungsgruppe (Lenkungsgruppe, Vernetzung)\nMitglieder: 4\nSitzungen im Zeitraum: 1\nAnwesenheit: 75 % (3 von 4)",
		"Strategische Ausrichtung: 4,00 → (zuvor 4,00)",
		"AG Übergänge (Arbeitsgruppe, Kooperation)\nMitglieder: 3\nSitzungen im Zeitraum: 1\nAnwesenheit: 50 % (2 von 4)",
		"Zusagen: pünktlich erledigt: 0 · verspätet erledigt: 1 · überfällig: 0\nIns Tun kommen (pünktlich erledigt): 0 %\nRücklauf: 3 von 3 (100 %)",
		"Strategische Ausrichtung: 3,00 (kein Vergleich möglich)",
		"Veränderte Schwerpunkte seit 02.03.2026",
		"Neu erfasste Akteure: Fritz Verein\nBestätigte Akteure: –\nArchivierte Akteure: –\nNeue Gremien: –\nArchivierte Gremien: –\nNeue Themen: berufsorientierung\nWeggefallene Themen: –",
		"Veränderte Mitgliedschaften:\n• AG Übergänge – hinzugekommen: –; ausgeschieden: Emil Amt\n• Lenkungsgruppe – hinzugekommen: Fritz Verein; ausgeschieden: –",
		"• berufsorientierung – Akteure: 0 → 1, Zusagen: 0 → 0\n• ganztag – Akteure: 2 → 2, Zusagen: 2 → 0",
		"Bildungsbereiche im Netzwerk (zuvor → jetzt): Schule: 1 → 1\nJugendhilfe: 1 → 1\nVerwaltung: 1 → 1\nPolitik: 1 → 1\nWirtschaft: 1 → 1\nZivilgesellschaft: 0 → 1",
		"Bildungsbereiche in der Lenkungsgruppe (zuvor → jetzt): Schule: 1 → 1\nPolitik: 1 → 1\nWirtschaft: 1 → 1\nZivilgesellschaft: 0 → 1",
		"Verglichen mit dem Stand der vorigen Netzwerküberprüfung.",
		"Nicht geantwortet:\n• Dora Rat",
	)
	lacks(t, "review 2", show2, "Überfällige Zusagen", "Geringe Anwesenheit")

	// "sitzungen" shows the same attendance figure: present members ÷
	// expected members over the meetings (2 + 3 + 3 of 3 + 3 + 4), not the
	// mean of the meetings' rates (81 %).
	h.ok(coord, "sitzungen Lenkungsgruppe", "Anwesenheit der Mitglieder über alle Sitzungen: 80 % (8 von 10)")
}
